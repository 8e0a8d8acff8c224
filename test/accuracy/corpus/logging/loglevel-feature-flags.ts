import log from 'loglevel';

const logger = log.getLogger('flags');
logger.setLevel('info');

export function applyFlags(flags: Record<string, boolean>, userId: string): void {
  const enabled = Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => name);
  logger.info(`flags for ${userId}: ${enabled.join(', ') || 'none'}`);
}
