const log4js = require('log4js');

const logger = log4js.getLogger('receipt');

function checkClaim(claim) {
  if (!claim.hihokenshaBangou || !claim.jukyuushaBangou) {
    logger.warn('記号番号または受給者番号が不足', { // expect: pii-guard/no-pii-in-logs
      hokenshaBangou: claim.hokenshaBangou,
      hihokenshaKigou: claim.hihokenshaKigou,
      hihokenshaBangou: claim.hihokenshaBangou,
      jukyuushaBangou: claim.jukyuushaBangou,
    });
    return false;
  }
  logger.info('claim ok', { claimId: claim.id, hokenshaBangou: claim.hokenshaBangou });
  return true;
}

module.exports = { checkClaim };
