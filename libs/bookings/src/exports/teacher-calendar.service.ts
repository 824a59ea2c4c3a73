import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, inSchoolScope, LinkSigner, RequestContext, type AppConfig } from '@ptc/platform';
import { BookingErrors } from '../bookings.errors.js';
import { EveningSession } from '../evenings/evening.entities.js';
import { EveningsService } from '../evenings/evenings.service.js';
import { scheduleCalendar } from '../mail/icalendar.js';
import { ScheduleRowsService } from './schedule-rows.service.js';
import { TeacherFeedKey } from './teacher-feed-key.entity.js';
import { PeopleService } from '@ptc/directory';
import { UsersService } from '@ptc/tenancy';

const FEED = 'teacher-feed';
const FEED_LIFETIME_AFTER_EVENING_MS = 30 * 24 * 3_600_000;

/** A teacher's schedule of one evening as a calendar: downloaded with a login, or subscribed to by a signed URL. */
@Injectable()
export class TeacherCalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly evenings: EveningsService,
    private readonly rows: ScheduleRowsService,
    private readonly links: LinkSigner,
    private readonly clock: Clock,
    private readonly people: PeopleService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async teacherCalendar(eveningId: string, teacherId: string): Promise<string> {
    const evening = await this.evenings.load(eveningId);
    const rows = new Map((await this.rows.teacherSchedule(eveningId, teacherId)).map((r) => [r.appointmentId, r]));
    const appointments = await this.evenings.appointmentsForFeed(eveningId, teacherId);
    return scheduleCalendar(
      evening.name,
      appointments.map((a) => {
        const row = rows.get(a.id);
        return {
          uid: `${a.id}@ptc`,
          sequence: a.sequence,
          startsAt: a.startsAt,
          endsAt: a.endsAt,
          summary: `${row?.studentFirstName ?? ''} ${row?.studentLastName ?? ''}`.trim(),
          description: `${evening.name}: ${row?.contactFirstName ?? ''} ${row?.contactLastName ?? ''} (${row?.relationship ?? 'contact'})`,
          location: a.location,
          url: a.url,
          stamp: this.clock.now(),
        };
      }),
    );
  }

  async feedUrl(eveningId: string, teacherId: string): Promise<string> {
    const evening = await this.evenings.load(eveningId);
    const [last] = await this.em.find(EveningSession, { evening }, { orderBy: { endsAt: 'desc' }, limit: 1 });
    const expires = new Date((last?.endsAt ?? evening.closesAt).getTime() + FEED_LIFETIME_AFTER_EVENING_MS);
    const key = (await this.em.findOne(TeacherFeedKey, { teacherId }))?.currentKey;
    const token = this.links.sign(FEED, { e: eveningId, t: teacherId, s: RequestContext.schoolId()!, ...(key ? { k: key } : {}) }, expires);
    return `${this.config.publicBaseUrl}/calendar/teacher/${token}/schedule.ics`;
  }

  /** A new feed address; every earlier one (for any evening) stops working. */
  async rotateFeed(eveningId: string, teacherId: string): Promise<string> {
    await this.evenings.assertExists(eveningId);
    await this.em.upsert(
      TeacherFeedKey,
      { id: randomUUID(), schoolId: RequestContext.schoolId()!, teacherId, currentKey: randomUUID(), rotatedAt: this.clock.now() },
      { onConflictFields: ['teacherId'], onConflictMergeFields: ['currentKey', 'rotatedAt'] },
    );
    return this.feedUrl(eveningId, teacherId);
  }

  async calendarByFeedToken(token: string): Promise<string> {
    const payload = this.links.verify(FEED, token);
    if (!payload?.e || !payload.t || !payload.s) throw BookingErrors.linkInvalid();
    return inSchoolScope(this.em, payload.s, async () => {
      const key = (await this.em.findOne(TeacherFeedKey, { teacherId: payload.t }))?.currentKey;
      if (key !== payload.k) throw BookingErrors.linkInvalid();
      // The address dies with the teacher's place in the directory and while their login is disabled.
      const [teachers, logins] = await Promise.all([this.people.adultsByIds('teacher', [payload.t]), this.users.loginStatusOfPeople([payload.t])]);
      if (!teachers.has(payload.t) || logins.get(payload.t) === 'disabled') throw BookingErrors.linkInvalid();
      return this.teacherCalendar(payload.e, payload.t);
    });
  }
}
