import pino from 'pino';

const logger = pino();

// Opening hours of the phone desk: a schedule, not anybody's phone.
export const denwaUketsuke = {
  heijitsu: { kaishi: '09:00', shuuryou: '18:00' },
  doyou: { kaishi: '10:00', shuuryou: '15:00' },
  kyuujitsu: null,
};

export function isDenwaUketsukeOpen(now: Date): boolean {
  const day = now.getDay();
  const slot = day === 0 ? denwaUketsuke.kyuujitsu : day === 6 ? denwaUketsuke.doyou : denwaUketsuke.heijitsu;
  const hhmm = now.toTimeString().slice(0, 5);
  const open = slot !== null && hhmm >= slot.kaishi && hhmm < slot.shuuryou;
  logger.debug({ denwaUketsuke: slot, open }, '電話受付時間の判定');
  return open;
}
