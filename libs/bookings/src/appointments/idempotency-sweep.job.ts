import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, JobRunner } from '@ptc/platform';

/** A client retries a booking within minutes; a day is ample. Older keys (and the answers they hold) go. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Daily, 04:30 UTC: forgets Idempotency-Keys and schedule proposals older than 24 hours, in every school. */
@Injectable()
export class IdempotencySweepJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  @Cron('0 30 4 * * *', { name: 'idempotency-sweep', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('idempotency-sweep', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const cutoff = new Date(this.clock.now().getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000);
    const [{ n }] = await this.em.getConnection().execute<{ n: number }[]>(
      'with deleted as (delete from booking_idempotency where created_at < ? returning 1) select count(*)::int as n from deleted',
      [cutoff],
    );
    const [{ n: proposals }] = await this.em.getConnection().execute<{ n: number }[]>(
      'with deleted as (delete from schedule_proposal where created_at < ? returning 1) select count(*)::int as n from deleted',
      [cutoff],
    );
    return { forgotten: n, proposalsForgotten: proposals };
  }
}
