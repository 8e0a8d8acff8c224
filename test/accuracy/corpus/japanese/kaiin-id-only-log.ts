import log4js from 'log4js';

const logger = log4js.getLogger('kaiin');

interface Kaiin {
  kaiinBangou: string;
  shimei: string;
  denwaBangou: string;
  ranku: 'gold' | 'silver';
}

export function rankUp(kaiin: Kaiin, next: Kaiin['ranku']): void {
  logger.info(`会員 ${kaiin.kaiinBangou} のランクを ${kaiin.ranku} から ${next} に変更しました`);
}
