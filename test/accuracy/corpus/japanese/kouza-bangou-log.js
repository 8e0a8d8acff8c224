const winston = require('winston');

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

function furikomiIrai(irai) {
  logger.info('振込依頼を受け付けました', { // expect: pii-guard/no-pii-in-logs
    iraiId: irai.id,
    ginkouCode: irai.ginkouCode,
    shitenBangou: irai.shitenBangou,
    kouzaBangou: irai.kouzaBangou,
    kouzaMeigi: irai.kouzaMeigi,
  });
}

function furikomiKanryou(irai, kingaku) {
  logger.info('振込が完了しました', { iraiId: irai.id, kingaku });
}

module.exports = { furikomiIrai, furikomiKanryou };
