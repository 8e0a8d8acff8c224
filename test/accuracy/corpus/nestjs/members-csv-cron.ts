import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MembersRepository } from './members.repository';

@Injectable()
export class MembersExportJob {
  private readonly logger = new Logger(MembersExportJob.name);

  constructor(private readonly members: MembersRepository) {}

  @Cron(CronExpression.EVERY_DAY_AT_2AM)
  async run(): Promise<void> {
    const rows = await this.members.findActive();
    const csv = [
      'member_id,name,email,phone',
      ...rows.map((m) => [m.id, m.name, m.email, m.phone].join(',')),
    ].join('\n');

    const target = join('/srv/exports', `members-${new Date().toISOString().slice(0, 10)}.csv`);
    await writeFile(target, csv, 'utf8'); // expect: pii-guard/no-unprotected-pii-export
    this.logger.log(`exported ${rows.length} members to ${target}`);
  }
}
