import pino from 'pino';

const root = pino({ name: 'payments' });
const log = root.child({ module: 'checkout' });

export async function charge(cardNumber: string, cvc: string, amount: number): Promise<void> {
  log.debug({ cardNumber, amount }, 'charging card'); // expect: pii-guard/no-pii-in-logs
  if (cvc.length < 3) {
    log.warn({ amount }, 'invalid cvc length');
  }
}
