import pino from 'pino';

const logger = pino();

interface TelemetryConfig {
  enabled: boolean;
  endpoint: string;
  sampleRate: number;
  telnetDebugPort?: number;
}

export function configureTelemetry(config: TelemetryConfig): void {
  logger.info({ telemetry: config.enabled, sampleRate: config.sampleRate, telnetDebugPort: config.telnetDebugPort }, 'telemetry configured');
  if (config.enabled) {
    void fetch(config.endpoint, { method: 'POST', body: JSON.stringify({ event: 'telemetry_enabled', sampleRate: config.sampleRate }) });
  }
}
