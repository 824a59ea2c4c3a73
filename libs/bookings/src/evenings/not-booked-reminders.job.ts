import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, inSchoolScope, JobRunner, mailMoment, mailWords, zoneName } from '@ptc/platform';
import { InvitationsService, PeopleService } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { DEFAULT_NOT_BOOKED_REMINDER_DAYS } from '../settings/booking-settings.service.js';
import { FamilyNoticeQueries } from './family-notices.queries.js';

/**
 * "You have not booked yet": hourly, for each evening whose booking closes within its school's
 * reminder days (a booking setting, default 2), every family of its year groups that has booked
 * nothing and can sign in is emailed — once per family and evening (the note and the emails are
 * written in one transaction).
 */
@Injectable()
export class NotBookedRemindersJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly em: EntityManager,
    private readonly queries: FamilyNoticeQueries,
    private readonly people: PeopleService,
    private readonly invitations: InvitationsService,
    private readonly schools: SchoolsService,
    private readonly clock: Clock,
  ) {}

  @Cron('0 15 * * * *', { name: 'not-booked-reminders', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('not-booked-reminders', 'hourly', () => this.run());
  }

  async run(): Promise<Record<string, number>> {
    const now = this.clock.now();
    let evenings = 0;
    let reminded = 0;
    for (const evening of await this.queries.remindersDue(now, DEFAULT_NOT_BOOKED_REMINDER_DAYS)) {
      evenings += 1;
      reminded += await inSchoolScope(this.em, evening.schoolId, () =>
        this.em.transactional(async () => {
          const [families, booked, reminded, zone, school] = await Promise.all([
            this.people.familiesInYears(evening.yearLabels?.length ? evening.yearLabels : null),
            this.queries.studentsWithAppointments(evening.id),
            this.queries.alreadyReminded(evening.id),
            this.schools.timezone(evening.schoolId),
            this.schools.describe(evening.schoolId),
          ]);
          const due = families.filter((f) => !reminded.has(f.contactId) && !f.studentIds.some((id) => booked.has(id))).map((f) => f.contactId);
          const told = await this.invitations.tellContacts(null, due, (language) => {
            const t = mailWords(language);
            const closes = mailMoment(evening.closesAt, language, zone);
            return {
              subject: t('notBooked.subject', { school: school?.name ?? '', evening: evening.name, when: closes }),
              text: t('notBooked.text', { evening: evening.name, when: closes, zone: zoneName(zone, language, evening.closesAt) }),
            };
          });
          await this.queries.noteReminded(evening.id, told.toldIds, now);
          return told.toldIds.length;
        }),
      );
    }
    return { evenings, reminded };
  }
}
