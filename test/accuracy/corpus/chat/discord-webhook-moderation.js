const axios = require('axios');

const MOD_WEBHOOK = 'https://discord.com/api/webhooks/1187654321098765432/Xk9pQ2vLm7Rt4Wz8Bn3Cy6Ds1Fg5Hj0';

// Age check for an event: the member's real name and age go to the moderators' channel.
async function reportAgeCheck(member, answer) {
  await axios.post(MOD_WEBHOOK, { // expect: pii-guard/no-unprotected-pii-transmission
    username: 'age-check',
    content: `年齢確認: ニックネーム ${member.nickname} / 本名 ${answer.honmyou} / 年齢 ${answer.nenrei}歳`,
  });
}

module.exports = { reportAgeCheck };
