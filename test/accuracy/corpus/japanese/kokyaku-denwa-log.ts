import { Logger } from '@nestjs/common';

interface Kokyaku {
  kokyakuBangou: string;
  shimei: string;
  denwaBangou: string;
  juusho: string;
}

const logger = new Logger('KokyakuService');

export function touroku(kokyaku: Kokyaku): void {
  logger.log(`顧客を登録しました: ${kokyaku.shimei} / ${kokyaku.denwaBangou}`); // expect: pii-guard/no-pii-in-logs
  logger.log(`顧客番号 ${kokyaku.kokyakuBangou} を登録しました`);
}
