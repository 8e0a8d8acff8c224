import os from 'node:os';
import winston from 'winston';

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

export function logStartup(baseUrl: string): void {
  const url = new URL(baseUrl);
  logger.info('service starting', {
    hostname: os.hostname(),
    pid: process.pid,
    apiHost: url.hostname,
    apiPath: url.pathname,
    nodeVersion: process.version,
    dirname: import.meta.dirname,
  });
}

export function logNavigation(): void {
  console.log(`navigated to ${window.location.pathname}${window.location.search ? ' (with query)' : ''}`);
}
