import pino from 'pino';

const logger = pino();

interface Kyoten {
  店舗名: string;
  店舗住所: string;
  本社所在地: string;
  代表電話: string;
}

export function logBranchMoved(k: Kyoten, oldAddress: string): void {
  logger.info({ 店舗名: k.店舗名, 旧住所: oldAddress, 店舗住所: k.店舗住所, 代表電話: k.代表電話 }, '店舗移転');
  logger.info({ 本社所在地: k.本社所在地 }, '本社所在地');
}
