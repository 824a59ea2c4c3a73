import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, Clock, inSchoolScope, JobRunner } from '@ptc/platform';
import { Appointment } from './appointment.entities.js';
import { BookingMailer } from './booking-mailer.service.js';

const DAY_MS = 24 * 3_600_000;
const BATCH = 500;

/**
 * The day-before reminder: hourly, every active appointment starting within the next 24 hours
 * that has had no reminder gets one. The reminder flag and the outbox message are written in one
 * transaction, and only if the flag was still unset, so each appointment is reminded once, even
 * if two runs overlap. A missed hour is caught up by the next run.
 */
@Injectable()
export class RemindersJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly em: EntityManager,
    private readonly mailer: BookingMailer,
    private readonly clock: Clock,
  ) {}

  @Cron('0 5 * * * *', { name: 'booking-reminders', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('booking-reminders', 'hourly', () => this.sendDueReminders());
  }

  async sendDueReminders(): Promise<Record<string, number>> {
    const now = this.clock.now();
    let reminded = 0;
    for (;;) {
      // Across schools: the job's own query says so; each reminder is then written in its school's scope.
      const due = await this.em.find(
        Appointment,
        { status: 'active', reminderSentAt: null, startsAt: { $gt: now, $lte: new Date(now.getTime() + DAY_MS) } },
        { filters: acrossSchools('the hourly reminders over every school'), orderBy: { startsAt: 'asc' }, limit: BATCH, fields: ['id', 'schoolId'] },
      );
      if (due.length === 0) break;
      for (const { id, schoolId } of due) {
        const sent = await inSchoolScope(this.em, schoolId, () =>
          this.em.transactional(async (em) => {
            const claimed = await em.nativeUpdate(Appointment, { id, reminderSentAt: null, status: 'active' }, { reminderSentAt: now });
            if (claimed !== 1) return false;
            this.mailer.enqueue('reminder', await em.findOneOrFail(Appointment, { id }));
            await em.flush();
            return true;
          }),
        );
        if (sent) reminded += 1;
      }
      this.em.clear();
      if (due.length < BATCH) break;
    }
    return { reminded };
  }
}
