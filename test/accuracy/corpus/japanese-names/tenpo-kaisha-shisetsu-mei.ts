import pino from 'pino';

const logger = pino({ name: 'tenpo-sync' });

interface Tenpo {
  店舗コード: string;
  店舗名: string;
  会社名: string;
  施設名: string;
  席数: number;
}

export function logSync(list: Tenpo[]): void {
  for (const t of list) {
    logger.info({ 店舗コード: t.店舗コード, 店舗名: t.店舗名, 会社名: t.会社名, 施設名: t.施設名, 席数: t.席数 }, '店舗マスタ同期');
  }
  logger.info(`店舗マスタ ${list.length}件を同期しました`);
}
