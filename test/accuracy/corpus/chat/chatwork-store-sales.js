const axios = require('axios');

// Nightly sales per store to the managers' Chatwork room.
async function postSales(rows) {
  const lines = rows.map((r) => `${r.店舗名}: ¥${r.売上.toLocaleString()} / 客数 ${r.客数}名 / ${r.件数}件`);
  await axios.post(
    'https://api.chatwork.com/v2/rooms/188776655/messages',
    new URLSearchParams({ body: `[info][title]店舗別売上[/title]${lines.join('\n')}[/info]` }),
    { headers: { 'X-ChatWorkToken': process.env.CHATWORK_TOKEN } },
  );
}

module.exports = { postSales };
