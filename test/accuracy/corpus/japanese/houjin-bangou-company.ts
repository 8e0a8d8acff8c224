import pino from 'pino';

const logger = pino();

interface Torihikisaki {
  houjinBangou: string;
  kaishaMei: string;
  daihyouDenwa: string;
  shozaichi: string;
}

export function registerSupplier(t: Torihikisaki): void {
  logger.info({ houjinBangou: t.houjinBangou, 会社名: t.kaishaMei, shozaichi: t.shozaichi }, '取引先を登録しました');
}
