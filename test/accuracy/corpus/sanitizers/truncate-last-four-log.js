const log = require('loglevel');

function describeAccount(account) {
  const tail = String(account.bankAccountNumber).slice(-4);
  return `bank ${account.bankCode} branch ${account.branchCode} acct ****${tail}`;
}

function logPayout(account, amount) {
  log.info(`payout ${amount} JPY to ${describeAccount(account)}`);
}

module.exports = { logPayout };
