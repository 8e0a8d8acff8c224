import pino from 'pino';

const logger = pino();

interface Kokyaku {
  kokyakuBangou: string;
  kaiinBangou: string;
  shimei: string;
  denwaBangou: string;
}

export function onMerge(kept: Kokyaku, merged: Kokyaku[]): void {
  logger.info({ kokyakuBangou: kept.kokyakuBangou, mergedIds: merged.map((m) => m.kokyakuBangou) }, '顧客を統合しました');
  logger.info({ kaiinBangou: kept.kaiinBangou, count: merged.length }, `${merged.length}件を統合`);
}
