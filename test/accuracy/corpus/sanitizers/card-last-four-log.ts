import { createLogger, transports } from 'winston';

const logger = createLogger({ transports: [new transports.Console()] });

interface Card {
  number: string;
  brand: string;
  expMonth: number;
  expYear: number;
}

export function logAuthorization(card: Card, amount: number, approved: boolean): void {
  const last4 = card.number.slice(-4);
  logger.info(`card ${card.brand} ****${last4} amount=${amount} approved=${approved}`);
}
