import { createLogger, transports } from 'winston';

const logger = createLogger({ transports: [new transports.Console()] });

interface Shukka {
  chuumonBangou: string;
  denpyouBangou: string;
  shouhinBangou: string;
  toiawaseBangou: string;
  kosuu: number;
}

export function logShipment(s: Shukka): void {
  logger.info('出荷', {
    chuumonBangou: s.chuumonBangou,
    denpyouBangou: s.denpyouBangou,
    shouhinBangou: s.shouhinBangou,
    toiawaseBangou: s.toiawaseBangou,
    kosuu: s.kosuu,
  });
}
