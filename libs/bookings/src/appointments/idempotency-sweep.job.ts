import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock, JobRunner } from '@ptc/platform';
import { AppointmentQueries } from './appointment.queries.js';
import { ScheduleProposalQueries } from '../proposals/schedule-proposals.queries.js';

/** A client retries a booking within minutes; a day is ample. Older keys (and the answers they hold) go. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Daily, 04:30 UTC: forgets Idempotency-Keys and schedule proposals older than 24 hours, in every school. */
@Injectable()
export class IdempotencySweepJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly appointments: AppointmentQueries,
    private readonly proposals: ScheduleProposalQueries,
    private readonly clock: Clock,
  ) {}

  @Cron('0 30 4 * * *', { name: 'idempotency-sweep', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('idempotency-sweep', 'daily', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const cutoff = new Date(this.clock.now().getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000);
    const n = await this.appointments.forgetIdempotencyKeysBefore(cutoff);
    const proposals = await this.proposals.forgetBefore(cutoff);
    return { forgotten: n, proposalsForgotten: proposals };
  }
}
