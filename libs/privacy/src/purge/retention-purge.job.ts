import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { RetentionPurgeService } from './retention-purge.service.js';

/** Daily, 03:00 UTC (after the licence job has announced the day's deletions): carries every pending purge to its end. */
@Injectable()
export class RetentionPurgeJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly purges: RetentionPurgeService,
  ) {}

  @Cron('0 0 3 * * *', { name: 'retention-purge', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('retention-purge', 'daily', () => this.run());
  }

  run(): Promise<Record<string, number>> {
    return this.purges.runPending() as Promise<Record<string, number>>;
  }
}
