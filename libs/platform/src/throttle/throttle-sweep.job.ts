import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '../jobs/job-runner.service.js';
import { ThrottleService } from './throttle.service.js';

/** Daily: windows that have ended are deleted (they count nothing any more). */
@Injectable()
export class ThrottleSweepJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly throttle: ThrottleService,
  ) {}

  @Cron('0 30 3 * * *', { name: 'throttle-sweep', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('throttle-sweep', 'daily', () => this.sweep());
  }

  async sweep(): Promise<Record<string, number>> {
    return { deleted: await this.throttle.sweepExpired() };
  }
}
