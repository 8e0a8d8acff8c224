import { createLogger, transports } from 'winston';

const logger = createLogger({ transports: [new transports.Console()] });

interface Furikae {
  keiyakuNo: string;
  kozaMeigi: string;
  koza_bango: string;
  shitenCode: string;
}

export function registerFurikae(f: Furikae): void {
  logger.info(`口座振替登録 ${f.keiyakuNo}: ${f.shitenCode}-${f.koza_bango} ${f.kozaMeigi}`); // expect: pii-guard/no-pii-in-logs
  logger.info(`口座振替登録完了 ${f.keiyakuNo}`);
}
