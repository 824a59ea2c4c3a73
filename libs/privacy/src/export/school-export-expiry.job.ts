import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { SchoolExportService } from './school-export.service.js';

/** Hourly, minute 15: deletes the contents of school exports 24 hours after they were ready. */
@Injectable()
export class SchoolExportExpiryJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly exports: SchoolExportService,
  ) {}

  @Cron('0 15 * * * *', { name: 'school-export-expiry', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('school-export-expiry', 'hourly', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    return { expired: await this.exports.expire() };
  }
}
