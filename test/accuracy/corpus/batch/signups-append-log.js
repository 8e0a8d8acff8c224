const fs = require('node:fs/promises');

async function recordSignup(user) {
  await fs.appendFile( // expect: pii-guard/no-unprotected-pii-export
    '/var/log/acme/signups.log',
    `${new Date().toISOString()} ${user.id} ${user.email} ${user.phone}\n`,
  );
}

async function recordDeletion(userId) {
  await fs.appendFile('/var/log/acme/deletions.log', `${new Date().toISOString()} ${userId}\n`);
}

module.exports = { recordSignup, recordDeletion };
