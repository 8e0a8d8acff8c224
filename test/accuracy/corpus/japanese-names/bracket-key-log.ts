import pino from 'pino';

const logger = pino({ name: 'import-meibo' });

type Row = Record<string, string>;

export function importRow(data: Row, line: number): void {
  if (!/^0\d{9,10}$/.test(data['電話番号'].replace(/-/g, ''))) {
    logger.warn(`${line}行目: 電話番号が不正 (${data['氏名']} ${data['電話番号']})`); // expect: pii-guard/no-pii-in-logs
    return;
  }
  logger.debug({ line }, 'row ok');
}
