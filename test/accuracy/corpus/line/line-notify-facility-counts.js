const axios = require('axios');

// Facility desk: tomorrow's usage per room, counts only.
async function notifyTomorrow(usage) {
  const lines = usage.map((u) => `${u.施設名}: ${u.件数}件 / ${u.人数}名`);
  await axios.post(
    'https://notify-api.line.me/api/notify',
    new URLSearchParams({ message: `\n明日の施設利用\n${lines.join('\n')}` }),
    { headers: { Authorization: `Bearer ${process.env.LINE_NOTIFY_TOKEN}` } },
  );
}

module.exports = { notifyTomorrow };
