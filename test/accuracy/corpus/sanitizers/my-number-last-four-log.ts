import { Logger } from '@nestjs/common';

const logger = new Logger('MyNumberService');

// Showing the last four digits is not enough for a My Number: only full masking counts.
export function logMyNumberChecked(employeeNo: string, myNumber: string): void {
  logger.log(`マイナンバー確認済み: 社員番号 ${employeeNo}, 末尾 ${myNumber.slice(-4)}`); // expect: pii-guard/no-pii-in-logs
}
