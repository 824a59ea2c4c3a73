import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { DateTime } from 'luxon';
import { APP_CONFIG, Clock, JobRunner, OutboxService, UsageRecorder, type AppConfig } from '@ptc/platform';

/** Delivered email is kept this long for support questions ("did the confirmation go out?"), then deleted. */
export const SENT_MAIL_RETENTION_DAYS = 30;

/**
 * Daily, 04:00 UTC: usage records older than USAGE_RETENTION_MONTHS (default 13) and outbox
 * messages finished more than 30 days ago are deleted. A missed day is caught up by the next run.
 */
@Injectable()
export class DataRetentionJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly usage: UsageRecorder,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron('0 0 4 * * *', { name: 'data-retention', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('data-retention', 'daily', () => this.run());
  }

  /** The first moment still kept: records made before it are deleted. */
  usageCutoff(): Date {
    return DateTime.fromJSDate(this.clock.now(), { zone: 'utc' }).minus({ months: this.config.privacy.usageRetentionMonths }).toJSDate();
  }

  async run(): Promise<Record<string, number>> {
    const usageRecords = await this.usage.deleteBefore(this.usageCutoff());
    const sentMail = await this.outbox.deleteFinishedBefore(new Date(this.clock.now().getTime() - SENT_MAIL_RETENTION_DAYS * 86_400_000));
    return { usageRecords, sentMail };
  }
}
