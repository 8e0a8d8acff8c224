import { Logger } from '@nestjs/common';

const logger = new Logger('MyNumberService');

// Fully masked: no digit of the number reaches the log.
function fullyMask(myNumber: string): string {
  return myNumber.replace(/\d/g, '*');
}

export function logMyNumberRegistered(employeeNo: string, myNumber: string): void {
  logger.log(`個人番号を登録しました: 社員番号 ${employeeNo}, 個人番号 ${fullyMask(myNumber)}`);
}
