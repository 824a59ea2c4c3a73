import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { StatisticsService } from './statistics.service.js';

/** Daily, 00:30 UTC: yesterday's anonymous figures, and any day of the last 30 a downtime left out. */
@Injectable()
export class StatisticsJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly statistics: StatisticsService,
  ) {}

  @Cron('0 30 0 * * *', { name: 'statistics', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('statistics', 'daily', () => this.run());
  }

  run(): Promise<Record<string, number>> {
    return this.statistics.computeMissingDays();
  }
}
