import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';

export interface ReminderDueEvening {
  id: string;
  schoolId: string;
  name: string;
  closesAt: Date;
  yearLabels: string[] | null;
}

const noteRemindedFamilies = new PreparedStatement<never>(
  'bookings.note_reminded_families',
  `insert into evening_family_notice (id, school_id, evening_id, contact_id, kind, sent_at)
   select gen_random_uuid(), $1, $2, contact_id, 'not_booked', $4 from unnest($3::uuid[]) as contact_id`,
);

/** The statements behind the "not booked yet" reminder. */
@Injectable()
export class FamilyNoticeQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  /** Across schools (the job's own question): evenings open for booking that close within their school's reminder days. */
  async remindersDue(now: Date, defaultDays: number): Promise<ReminderDueEvening[]> {
    const rows = await this.em.getConnection().execute<{ id: string; school_id: string; name: string; closes_at: Date | string; year_labels: string[] | null }[]>(
      `select e.id, e.school_id, e.name, e.closes_at, e.year_labels
         from evening e left join booking_settings bs on bs.school_id = e.school_id
        where e.status = 'published' and e.opens_at <= ? and e.closes_at > ?
          and coalesce(bs.not_booked_reminder_days, ?) > 0
          and e.closes_at <= ?::timestamptz + make_interval(days => coalesce(bs.not_booked_reminder_days, ?)::int)
        order by e.closes_at, e.id`,
      [now, now, defaultDays, now, defaultDays],
    );
    return rows.map((r) => ({ id: r.id, schoolId: r.school_id, name: r.name, closesAt: new Date(r.closes_at), yearLabels: r.year_labels }));
  }

  /** In the current school: the students of the evening with an active appointment. */
  async studentsWithAppointments(eveningId: string): Promise<Set<string>> {
    const rows = await this.em.execute<{ student_id: string }[]>(
      `select distinct student_id from appointment where school_id = ? and evening_id = ? and status = 'active'`,
      [RequestContext.schoolId(), eveningId],
    );
    return new Set(rows.map((r) => r.student_id));
  }

  async alreadyReminded(eveningId: string): Promise<Set<string>> {
    const rows = await this.em.execute<{ contact_id: string }[]>(
      `select contact_id from evening_family_notice where school_id = ? and evening_id = ? and kind = 'not_booked'`,
      [RequestContext.schoolId(), eveningId],
    );
    return new Set(rows.map((r) => r.contact_id));
  }

  /** In the caller's transaction, one statement for all; a second note for the same family and evening breaks the unique key and rolls the whole run of this evening back. */
  async noteReminded(eveningId: string, contactIds: string[], at: Date): Promise<void> {
    if (contactIds.length) await this.statements.rows(noteRemindedFamilies, [RequestContext.schoolId(), eveningId, contactIds, at]);
  }
}
