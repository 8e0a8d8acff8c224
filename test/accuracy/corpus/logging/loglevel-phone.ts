import log from 'loglevel';

log.setLevel(import.meta.env.DEV ? 'debug' : 'warn');

export interface Reservation {
  id: string;
  guestName: string;
  phone: string;
  partySize: number;
}

export function confirmReservation(r: Reservation): void {
  log.info(`confirming reservation ${r.id} for ${r.guestName} (${r.phone})`); // expect: pii-guard/no-pii-in-logs
  log.debug('party size', r.partySize);
}
