import pino from 'pino';

const logger = pino();

function describeGuest(guest) {
  return `${guest.lastName} ${guest.firstName} (${guest.phone})`;
}

export function checkIn(guest, roomNo) {
  const who = describeGuest(guest);
  logger.info('check-in: %s room %s', who, roomNo); // expect: pii-guard/no-pii-in-logs
  logger.info({ guestId: guest.id, roomNo }, 'check-in recorded');
}
