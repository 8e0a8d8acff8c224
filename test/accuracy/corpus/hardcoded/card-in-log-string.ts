import pino from 'pino';

const log = pino();

export function replayFailedPayment(): void {
  // Hard-coded from an incident report.
  log.info('replaying payment for card 4014 0912 1084 8854'); // expect: pii-guard/no-hardcoded-pii
}
