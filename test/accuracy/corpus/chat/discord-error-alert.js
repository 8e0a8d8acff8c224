const axios = require('axios');
const os = require('node:os');

const ALERT_WEBHOOK = 'https://discord.com/api/webhooks/1176543210987654321/Qw8Er2Ty6Ui0Op4As7Df1Gh5Jk9Lz3';

async function alertError(err, context) {
  await axios.post(ALERT_WEBHOOK, {
    username: 'batch-alert',
    content: `:rotating_light: ${err.name}: ${err.message}\njob=${context.jobName} host=${os.hostname()} pid=${process.pid}`,
  });
}

module.exports = { alertError };
