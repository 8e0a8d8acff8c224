import { createLogger, format, transports } from 'winston';

const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });

interface Incident {
  id: string;
  service: string;
  severity: 'P1' | 'P2' | 'P3';
  startedAt: Date;
}

export function reportOutage(incident: Incident): void {
  logger.error('システム障害が発生しました', {
    障害ID: incident.id,
    サービス: incident.service,
    重要度: incident.severity,
    発生時刻: incident.startedAt.toISOString(),
  });
}

export function resolveOutage(incident: Incident): void {
  logger.info(`障害対応完了: ${incident.id} (${incident.service})`);
}
