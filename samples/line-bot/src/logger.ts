import pino from 'pino';

/** Cloud Run の標準出力 → Cloud Logging に JSON で出る。 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  messageKey: 'message',
  formatters: { level: (label) => ({ severity: label.toUpperCase() }) },
});
