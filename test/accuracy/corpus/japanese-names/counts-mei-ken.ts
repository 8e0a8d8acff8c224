import { createLogger, transports } from 'winston';

const logger = createLogger({ transports: [new transports.Console()] });

interface Summary {
  uketsukeKensuu: number;
  sankaNinzuu: number;
  kyanseruKensuu: number;
}

export function logSummary(s: Summary): void {
  logger.info(`本日の受付 ${s.uketsukeKensuu}件 / 参加 ${s.sankaNinzuu}名 / キャンセル ${s.kyanseruKensuu}件`);
  logger.info('定員まで残り', { 残り: 40 - s.sankaNinzuu, 単位: '名' });
}
