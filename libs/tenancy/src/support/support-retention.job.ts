import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { SupportService } from './support.service.js';

/** Daily: closed support cases older than SUPPORT_CASE_RETENTION_DAYS are deleted with their calls, emails and attachments. */
@Injectable()
export class SupportRetentionJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly support: SupportService,
  ) {}

  @Cron('0 40 3 * * *', { name: 'support-retention', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('support-retention', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    return { casesDeleted: await this.support.deleteExpiredClosedCases() };
  }
}
