const bunyan = require('bunyan');

const log = bunyan.createLogger({
  name: 'accounts',
  streams: [{ level: 'info', stream: process.stdout }, { level: 'error', path: '/var/log/accounts-error.log' }],
});

function onPasswordChanged(account) {
  log.info({ accountId: account.id, email: account.email }, 'password changed'); // expect: pii-guard/no-pii-in-logs
}

function onLoginThrottled(accountId, attempts) {
  log.warn({ accountId, attempts }, 'login throttled');
}

module.exports = { onPasswordChanged, onLoginThrottled };
