import pino from 'pino';

const logger = pino();

interface Torihikisaki {
  会社名: string;
  担当者名: string;
  担当者携帯: string;
  部署: string;
}

export function logNewSupplier(t: Torihikisaki): void {
  logger.info({ 会社名: t.会社名, 担当者名: t.担当者名, 携帯: t.担当者携帯 }, '取引先を登録しました'); // expect: pii-guard/no-pii-in-logs
  logger.info({ 会社名: t.会社名, 部署: t.部署 }, '取引先マスタ更新');
}
