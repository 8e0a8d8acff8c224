import pino from 'pino';

const log = pino();

function maskPan(pan: string): string {
  return pan.replace(/\d(?=\d{4})/g, '*');
}

export function logDecline(cardNumber: string, code: string): void {
  log.warn({ card: maskPan(cardNumber), code }, 'card declined');
}
