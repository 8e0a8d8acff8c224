import pino from 'pino';

const log = pino();

export async function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  try {
    const raceCondition = 'first settled wins';
    log.debug({ label, ms, raceCondition }, 'Promise.race');
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
