import { Logger } from '@nestjs/common';

interface UketsukeDto {
  お客様名: string;
  お客様電話番号: string;
  来店日: string;
}

const logger = new Logger('UketsukeService');

export function uketsuke(dto: UketsukeDto): void {
  logger.log(`来店予約: ${dto.お客様名} 様 ${dto.来店日}`); // expect: pii-guard/no-pii-in-logs
  logger.log(`来店予約を登録しました (${dto.来店日})`);
}
