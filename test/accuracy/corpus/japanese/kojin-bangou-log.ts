import pino from 'pino';

const logger = pino({ name: 'nenmatsu-chousei' });

interface Juugyouin {
  shainBangou: string;
  shimei: string;
  kojinBangou: string;
}

export function registerMyNumber(j: Juugyouin): void {
  logger.info({ shainBangou: j.shainBangou, kojinBangou: j.kojinBangou }, 'マイナンバーを登録'); // expect: pii-guard/no-pii-in-logs
}

export function markCollected(j: Juugyouin): void {
  logger.info({ shainBangou: j.shainBangou, collected: true }, 'マイナンバー収集済み');
}
