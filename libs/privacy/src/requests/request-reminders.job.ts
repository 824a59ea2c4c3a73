import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRunner } from '@ptc/platform';
import { SubjectRequestsService } from './subject-requests.service.js';

/** Daily, 06:00 UTC: reminders of privacy requests due within 7 days and of overdue ones. */
@Injectable()
export class RequestRemindersJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly requests: SubjectRequestsService,
    private readonly clock: Clock,
  ) {}

  @Cron('0 0 6 * * *', { name: 'privacy-request-reminders', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('privacy-request-reminders', 'daily', () => this.run());
  }

  run(): Promise<Record<string, number>> {
    return this.requests.sendReminders(this.clock.now().toISOString().slice(0, 10));
  }
}
