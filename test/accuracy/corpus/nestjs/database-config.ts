import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';

@Injectable()
export class DatabaseBootstrap implements OnModuleInit {
  private readonly logger = new Logger(DatabaseBootstrap.name);

  constructor(
    private readonly config: ConfigService,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const host = this.config.get<string>('DB_HOST', 'localhost');
    const port = this.config.get<number>('DB_PORT', 5432);
    const hasPassword = Boolean(this.config.get<string>('DB_PASSWORD'));
    this.logger.log(`connecting to postgres at ${host}:${port} (password set: ${hasPassword})`);
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
    this.logger.log(`connected; ${this.dataSource.entityMetadatas.length} entities`);
  }
}
