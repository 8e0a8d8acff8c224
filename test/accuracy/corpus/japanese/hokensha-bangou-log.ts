import pino from 'pino';

const logger = pino({ name: 'receipt-batch' });

interface Hokensha {
  hokenshaBangou: string;
  hokenshaMei: string;
  prefecture: string;
}

// 保険者 (the insurer) is an organisation; its number identifies no person.
export function logInsurerLoaded(h: Hokensha, claims: number): void {
  logger.info({ hokenshaBangou: h.hokenshaBangou, hokenshaMei: h.hokenshaMei, claims }, '保険者マスタ読込');
}
