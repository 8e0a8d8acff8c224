import { hostname } from 'node:os';
import { Controller, Get, Logger } from '@nestjs/common';
import { DiskHealthIndicator, HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

interface Diagnostics {
  component: string;
  message: string;
}

/** terminus のエラーから、落ちているコンポーネント名とメッセージだけを取り出す。 */
function summarize(err: unknown): Diagnostics {
  const response = (err as { response?: { error?: Record<string, { message?: string }> } }).response;
  const [component, detail] = Object.entries(response?.error ?? {})[0] ?? ['unknown', {}];
  return { component, message: detail.message ?? (err instanceof Error ? err.message : String(err)) };
}

@Controller('system')
export class StatusController {
  private readonly logger = new Logger(StatusController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly disk: DiskHealthIndicator,
  ) {}

  @Get('healthz')
  @HealthCheck()
  async healthCheck() {
    try {
      return await this.health.check([
        () => this.db.pingCheck('database'),
        () => this.disk.checkStorage('outbox', { path: '/srv/payroll/outbox', thresholdPercent: 0.9 }),
      ]);
    } catch (err) {
      const diagnostics = summarize(err);
      this.logger.error(`システム障害を検知しました: ${diagnostics.component} ${diagnostics.message}`);
      throw err;
    }
  }

  @Get('version')
  version() {
    const name = process.env.npm_package_name ?? 'jinji-kyuyo-api';
    const version = process.env.npm_package_version ?? '0.0.0';
    this.logger.log(`version requested: ${name}@${version} on ${hostname()}`);
    return { name, version, host: hostname() };
  }
}
