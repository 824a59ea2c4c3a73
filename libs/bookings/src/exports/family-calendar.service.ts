import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, digestOfSecretToken, inSchoolScope, newSecretToken, type AppConfig, type Principal } from '@ptc/platform';
import { PeopleService, fullName } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { Appointment } from '../appointments/appointment.entities.js';
import { BookingErrors } from '../bookings.errors.js';
import { Evening, EveningTeacher } from '../evenings/evening.entities.js';
import { scheduleCalendar } from '../mail/icalendar.js';
import { FamilyCalendarFeed } from './family-calendar.entity.js';


/**
 * A parent's appointments, for all their children and every evening, as one calendar that apps
 * subscribe to by a private address (no login); the parent can replace or revoke it.
 */
@Injectable()
export class FamilyCalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(principal: Principal): Promise<{ active: boolean; createdAt: string | null }> {
    const feed = await this.em.findOne(FamilyCalendarFeed, { contactId: this.contactOf(principal) });
    return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** A new address, replacing (and so revoking) any earlier one; shown this once. */
  async create(principal: Principal): Promise<{ url: string; createdAt: string }> {
    const contactId = this.contactOf(principal);
    const token = newSecretToken();
    const createdAt = this.clock.now();
    await this.em.transactional(async (em) => {
      await em.nativeDelete(FamilyCalendarFeed, { contactId });
      em.create(FamilyCalendarFeed, { schoolId: principal.schoolId!, contactId, tokenHash: digestOfSecretToken(token), createdAt });
      await em.flush();
    });
    return { url: `${this.config.publicBaseUrl}/calendar/family/${token}/appointments.ics`, createdAt: createdAt.toISOString() };
  }

  async revoke(principal: Principal): Promise<void> {
    await this.em.nativeDelete(FamilyCalendarFeed, { contactId: this.contactOf(principal) });
  }

  /** The calendar behind an address; an unknown or revoked address is 404 BOOKING.LINK_INVALID. */
  async calendarByToken(token: string): Promise<string> {
    const feed = await this.em.findOne(FamilyCalendarFeed, { tokenHash: digestOfSecretToken(token) }, { filters: acrossSchools('a calendar feed names its school only through its token') });
    if (!feed) throw BookingErrors.linkInvalid();
    return inSchoolScope(this.em, feed.schoolId, () => this.calendarOf(feed.schoolId, feed.contactId));
  }

  private async calendarOf(schoolId: string, contactId: string): Promise<string> {
    const studentIds = await this.people.studentIdsOfContact(contactId);
    const appointments = studentIds.length ? await this.em.find(Appointment, { studentId: { $in: studentIds }, status: 'active' }, { orderBy: { startsAt: 'asc' } }) : [];
    const eveningIds = [...new Set(appointments.map((a) => a.eveningId))];
    const [evenings, participants, teachers, students, school] = await Promise.all([
      this.em.find(Evening, { id: { $in: eveningIds } }),
      this.em.find(EveningTeacher, { evening: { $in: eveningIds } }),
      this.people.adultsByIds('teacher', [...new Set(appointments.map((a) => a.teacherId))]),
      this.people.studentsByIds(studentIds),
      this.schools.describe(schoolId),
    ]);
    const eveningOf = new Map(evenings.map((e) => [e.id, e]));
    const roomOf = new Map(participants.map((p) => [`${p.evening.id}:${p.teacherId}`, p.location]));
    return scheduleCalendar(
      `${school?.name ?? 'PTC'}: parents' evenings`,
      appointments.map((a) => {
        const evening = eveningOf.get(a.eveningId);
        const teacher = teachers.get(a.teacherId);
        const student = students.get(a.studentId);
        return {
          uid: `${a.id}@ptc`,
          sequence: a.sequence,
          startsAt: a.startsAt,
          endsAt: a.endsAt,
          summary: `${student ? student.firstName : ''} with ${teacher ? fullName(teacher) : 'a teacher'}`.trim(),
          description: evening?.name ?? '',
          location: a.meetingLink ?? roomOf.get(`${a.eveningId}:${a.teacherId}`) ?? evening?.location ?? null,
          url: a.meetingLink,
          stamp: this.clock.now(),
        };
      }),
    );
  }

  /** Erasure: the person's subscription goes with them. Joins the caller's transaction. */
  async deleteForContact(contactId: string): Promise<number> {
    return this.em.nativeDelete(FamilyCalendarFeed, { contactId });
  }

  private contactOf(principal: Principal): string {
    if (!principal.personId) throw BookingErrors.notAParent();
    return principal.personId;
  }
}
