import { Injectable } from '@nestjs/common';
import { PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';
import type { AppointmentFacts } from '../appointments/appointment-view.js';
import type { OpeningStage } from './opening-stages.js';

/*
 * The pages people open in a rush, read with few statements that fetch only what the page shows,
 * as plain rows (no entities). Plans checked with EXPLAIN (ANALYZE, BUFFERS) on bench:pages' data
 * (4,500 slots this evening, 2,700 booked, 4,500 last term):
 *
 * - the evening and its free slots: see EveningBoard (the whole evening's, read at most once a
 *   second per instance and shared by every family's page).
 *   `BENCH_EXPLAIN=1 npm run bench:pages` prints the plans on the bench's data.
 * - a family's appointments: appointment's student_id index (a family has a handful of rows), and
 *   the partial index of joint meetings for those where a child is a brother or sister named in one.
 */

/** An evening as its summary shows it (the entity has the same fields), with the school's cut-off. */
export interface EveningRow {
  id: string;
  name: string;
  status: string;
  slotMinutes: number;
  gapMinutes: number;
  opensAt: Date;
  closesAt: Date;
  location: string | null;
  online: boolean;
  yearLabels: string[] | null;
  openingStages: OpeningStage[] | null;
  capPerStudent: number | null;
  parentCancelCutoffHours: number | null;
}

/** An evening's own columns, as EveningRow names them (without the school's cancellation cut-off). */
const EVENING_COLUMNS = `e.id, e.name, e.status, e.slot_minutes as "slotMinutes", e.gap_minutes as "gapMinutes", e.opens_at as "opensAt", e.closes_at as "closesAt",
          e.location, e.online, e.year_labels as "yearLabels", e.opening_stages as "openingStages", e.cap_per_student as "capPerStudent"`;

/** A row of a page of evenings, with how many the listing holds in all. */
export type EveningListRow = Omit<EveningRow, 'parentCancelCutoffHours'> & { total: string };

/** One page of the school's evenings, latest opening first: the office's list. */
export const eveningsPageOf = new PreparedStatement<EveningListRow>(
  'bookings.evenings_page',
  `select ${EVENING_COLUMNS}, count(*) over () as total
     from evening e
    where e.school_id = $1
    order by e.opens_at desc, e.id
    limit $2 offset $3`,
  { dates: ['opensAt', 'closesAt'] },
);

/** One page of the published evenings, soonest opening first: what parents may book. */
export const publishedEveningsPageOf = new PreparedStatement<EveningListRow>(
  'bookings.published_evenings_page',
  `select ${EVENING_COLUMNS}, count(*) over () as total
     from evening e
    where e.school_id = $1 and e.status = 'published'
    order by e.opens_at, e.id
    limit $2 offset $3`,
  { dates: ['opensAt', 'closesAt'] },
);

/** The evening as parents' pages read it: with whether the school lets siblings meet a teacher together. */
export type ParentEveningRow = EveningRow & { jointMeetings: boolean };

/** A published or closed evening with the school's cancellation cut-off. */
export const parentEveningOf = new PreparedStatement<ParentEveningRow>(
  'bookings.parent_evening',
  `select ${EVENING_COLUMNS}, bs.parent_cancel_cutoff_hours as "parentCancelCutoffHours",
          coalesce(bs.joint_sibling_meetings, false) as "jointMeetings"
     from evening e left join booking_settings bs on bs.school_id = e.school_id
    where e.id = $1 and e.school_id = $2 and e.status <> 'draft'`,
  { dates: ['opensAt', 'closesAt'] },
);

export type AppointmentRow = AppointmentFacts;

const APPOINTMENT_COLUMNS = `a.id, a.evening_id as "eveningId", a.slot_id as "slotId", a.teacher_id as "teacherId", a.student_id as "studentId",
  a.contact_id as "contactId", a.starts_at as "startsAt", a.ends_at as "endsAt", a.status, a.sequence, a.cancel_reason as "cancelReason",
  a.meeting_link as "meetingLink", a.joint_student_ids as "jointStudentIds"`;

/** The active appointments of these students in one evening. */
export const studentsAppointmentsOf = new PreparedStatement<AppointmentRow>(
  'bookings.students_appointments',
  `select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and a.student_id = any($3::uuid[]) and a.status = 'active'
   union all
   select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and a.joint_student_ids is not null and a.status = 'active'
      and jsonb_exists_any(a.joint_student_ids, $3::text[]) and not a.student_id = any($3::uuid[])
    order by "startsAt"`,
  { dates: ['startsAt', 'endsAt'] },
);

/** The active appointments of these students that have not ended, in evenings parents can see, with each evening's name and cut-off facts. */
export const upcomingAppointmentsOf = new PreparedStatement<AppointmentRow & { eveningName: string; closesAt: Date; parentCancelCutoffHours: number | null }>(
  'bookings.upcoming_appointments',
  `with mine as (
     select a.* from appointment a where a.school_id = $1 and a.student_id = any($2::uuid[]) and a.status = 'active' and a.ends_at > $3
     union all
     select a.* from appointment a
      where a.school_id = $1 and a.joint_student_ids is not null and a.status = 'active' and a.ends_at > $3
        and jsonb_exists_any(a.joint_student_ids, $2::text[]) and not a.student_id = any($2::uuid[]))
   select ${APPOINTMENT_COLUMNS}, e.name as "eveningName", e.closes_at as "closesAt", bs.parent_cancel_cutoff_hours as "parentCancelCutoffHours"
     from mine a
     join evening e on e.id = a.evening_id and e.status <> 'draft'
     left join booking_settings bs on bs.school_id = a.school_id
    order by a.starts_at`,
  { dates: ['startsAt', 'endsAt', 'closesAt'] },
);

export interface GridRow {
  id: string;
  teacherId: string;
  startsAt: Date;
  endsAt: Date;
  blocked: boolean;
  appointmentId: string | null;
  studentId: string | null;
  contactId: string | null;
}

/** Every slot of the evening with its active appointment, teacher by teacher in time order. */
export const eveningGridOf = new PreparedStatement<GridRow>(
  'bookings.evening_grid',
  `select s.id, s.teacher_id as "teacherId", s.starts_at as "startsAt", s.ends_at as "endsAt", s.blocked,
          a.id as "appointmentId", a.student_id as "studentId", a.contact_id as "contactId"
     from slot s left join appointment a on a.slot_id = s.id and a.status = 'active'
    where s.evening_id = $1 and s.school_id = $2
    order by s.teacher_id, s.starts_at`,
  { dates: ['startsAt', 'endsAt'] },
);

/** Whether the evening exists in the school, whatever its status. */
export const eveningExistsOf = new PreparedStatement<{ id: string }>('bookings.evening_exists', `select id from evening where id = $1 and school_id = $2`);

/** A teacher's active appointments in one evening, in time order: the teacher's schedule. */
export const teacherAppointmentsOf = new PreparedStatement<AppointmentRow>(
  'bookings.teacher_appointments',
  `select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and a.teacher_id = $3 and a.status = 'active'
    order by a.starts_at, a.id`,
  { dates: ['startsAt', 'endsAt'] },
);

/** Where the next batch of an evening's appointments starts: after this (startsAt, teacherId, id). */
export interface AppointmentCursor {
  startsAt: Date;
  teacherId: string;
  id: string;
}

/** One batch of every appointment of the evening, cancelled ones included, after a cursor. */
export const eveningAppointmentsAfter = new PreparedStatement<AppointmentRow>(
  'bookings.evening_appointments_after',
  `select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and (a.starts_at, a.teacher_id, a.id) > ($3::timestamptz, $4::uuid, $5::uuid)
    order by a.starts_at, a.teacher_id, a.id
    limit $6`,
  { dates: ['startsAt', 'endsAt'] },
);

/** A slot of a listing with its active appointment (the grid's row without who booked it). */
export interface SlotRow extends Omit<GridRow, 'studentId' | 'contactId'> {
  /** Slots of the listing in all, on every row of a page. */
  total: string;
}

const SLOT_LISTING = `select s.id, s.teacher_id as "teacherId", s.starts_at as "startsAt", s.ends_at as "endsAt", s.blocked, a.id as "appointmentId", count(*) over () as total
     from slot s left join appointment a on a.slot_id = s.id and a.status = 'active'
    where s.evening_id = $1 and s.school_id = $2`;

/** One page of a teacher's slots with their active appointment. */
export const teacherSlotsOf = new PreparedStatement<SlotRow>(
  'bookings.teacher_slots',
  `${SLOT_LISTING} and s.teacher_id = $3
    order by s.starts_at, s.id
    limit $4 offset $5`,
  { dates: ['startsAt', 'endsAt'] },
);

/** One page of every slot of the evening, teacher by teacher. */
export const eveningSlotsOf = new PreparedStatement<SlotRow>(
  'bookings.evening_slots',
  `${SLOT_LISTING}
    order by s.teacher_id, s.starts_at, s.id
    limit $3 offset $4`,
  { dates: ['startsAt', 'endsAt'] },
);

export interface TeacherEveningRow extends Omit<EveningRow, 'parentCancelCutoffHours'> {
  slots: number;
  booked: number;
  blocked: number;
  /** Evenings of the listing in all, on every row of a page. */
  total: string;
}

const TEACHER_EVENINGS = `select ${EVENING_COLUMNS},
          (select count(*) from slot s where s.evening_id = e.id and s.school_id = $1 and s.teacher_id = $2)::int as slots,
          (select count(*) from appointment a where a.evening_id = e.id and a.school_id = $1 and a.teacher_id = $2 and a.status = 'active')::int as booked,
          (select count(*) from slot s where s.evening_id = e.id and s.school_id = $1 and s.teacher_id = $2 and s.blocked)::int as blocked,
          count(*) over () as total
     from evening e join evening_teacher et on et.evening_id = e.id and et.school_id = $1 and et.teacher_id = $2
    where e.school_id = $1`;

/** The evenings a teacher takes part in, latest opening first, with their own slot counts. */
export const teacherEveningsOf = new PreparedStatement<TeacherEveningRow>(
  'bookings.teacher_evenings',
  `${TEACHER_EVENINGS}
    order by e.opens_at desc, e.id
    limit $3 offset $4`,
  { dates: ['opensAt', 'closesAt'] },
);

/** One evening a teacher takes part in, with their own slot counts. */
export const teacherEveningOf = new PreparedStatement<TeacherEveningRow>('bookings.teacher_evening', `${TEACHER_EVENINGS} and e.id = $3`, { dates: ['opensAt', 'closesAt'] });

/**
 * Every teacher of the evening with their free (unbooked, unblocked, not held for a waiting family) slots; a teacher with none
 * has one row without a slot. The booked slots come from one scan of appointment's
 * (evening_id, teacher_id) index and are hashed: on bench:pages' evening (4,500 slots, 2,700
 * booked) this reads all 1,800 free slots in about 3 ms, once per second per instance.
 */
export const eveningFreeSlotsOf = new PreparedStatement<{ teacherId: string; location: string | null; online: boolean | null; slotId: string | null; startsAt: Date | null; endsAt: Date | null }>(
  'bookings.evening_free_slots',
  `with free as (
     select s.id, s.teacher_id, s.starts_at, s.ends_at
       from slot s
      where s.evening_id = $1 and s.school_id = $2 and not s.blocked
        and s.id not in (select a.slot_id from appointment a where a.evening_id = $1 and a.school_id = $2 and a.status = 'active')
        and s.id not in (select w.offered_slot_id from waiting_entry w where w.evening_id = $1 and w.school_id = $2 and w.state = 'offered' and w.offered_slot_id is not null))
   select et.teacher_id as "teacherId", et.location, et.online, f.id as "slotId", f.starts_at as "startsAt", f.ends_at as "endsAt"
     from evening_teacher et left join free f on f.teacher_id = et.teacher_id
    where et.evening_id = $1 and et.school_id = $2
    order by et.teacher_id, f.starts_at`,
  { dates: ['startsAt', 'endsAt'] },
);

/** How many slots each teacher has in the evening. */
export const slotCountsOf = new PreparedStatement<{ teacherId: string; n: number }>(
  'bookings.slot_counts',
  'select teacher_id as "teacherId", count(*)::int as n from slot where evening_id = $1 and school_id = $2 group by teacher_id',
);

const FIRST_CURSOR: AppointmentCursor = { startsAt: new Date(0), teacherId: '00000000-0000-0000-0000-000000000000', id: '00000000-0000-0000-0000-000000000000' };

/** The bookings module's reads for pages, in the current school. */
@Injectable()
export class EveningReads {
  constructor(private readonly statements: PreparedStatements) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async appointmentsOfStudents(eveningId: string, studentIds: string[]): Promise<AppointmentRow[]> {
    return studentIds.length ? this.statements.rows(studentsAppointmentsOf, [eveningId, this.schoolId, studentIds]) : [];
  }

  async upcomingOfStudents(studentIds: string[], now: Date) {
    return studentIds.length ? this.statements.rows(upcomingAppointmentsOf, [this.schoolId, studentIds, now]) : [];
  }

  grid(eveningId: string): Promise<GridRow[]> {
    return this.statements.rows(eveningGridOf, [eveningId, this.schoolId]);
  }

  async eveningExists(eveningId: string): Promise<boolean> {
    return (await this.statements.rows(eveningExistsOf, [eveningId, this.schoolId])).length > 0;
  }

  teacherAppointments(eveningId: string, teacherId: string): Promise<AppointmentRow[]> {
    return this.statements.rows(teacherAppointmentsOf, [eveningId, this.schoolId, teacherId]);
  }

  /** The next batch of the evening's appointments; the first batch without a cursor. */
  eveningAppointments(eveningId: string, after: AppointmentCursor | null, limit: number): Promise<AppointmentRow[]> {
    const cursor = after ?? FIRST_CURSOR;
    return this.statements.rows(eveningAppointmentsAfter, [eveningId, this.schoolId, cursor.startsAt, cursor.teacherId, cursor.id, limit]);
  }

  slots(eveningId: string, teacherId: string | undefined, page: { limit: number; offset: number }): Promise<SlotRow[]> {
    return teacherId
      ? this.statements.rows(teacherSlotsOf, [eveningId, this.schoolId, teacherId, page.limit, page.offset])
      : this.statements.rows(eveningSlotsOf, [eveningId, this.schoolId, page.limit, page.offset]);
  }

  /** A page of the school's evenings (the office's), or of the published ones (parents'). */
  evenings(which: 'all' | 'published', page: { limit: number; offset: number }): Promise<EveningListRow[]> {
    return this.statements.rows(which === 'all' ? eveningsPageOf : publishedEveningsPageOf, [this.schoolId, page.limit, page.offset]);
  }

  teacherEvenings(teacherId: string, page: { limit: number; offset: number }): Promise<TeacherEveningRow[]> {
    return this.statements.rows(teacherEveningsOf, [this.schoolId, teacherId, page.limit, page.offset]);
  }

  async teacherEvening(teacherId: string, eveningId: string): Promise<TeacherEveningRow | undefined> {
    return (await this.statements.rows(teacherEveningOf, [this.schoolId, teacherId, eveningId]))[0];
  }

  /** A published or closed evening as parents see it; undefined for a draft or another school's. */
  async parentEvening(eveningId: string): Promise<ParentEveningRow | undefined> {
    return (await this.statements.rows(parentEveningOf, [eveningId, this.schoolId]))[0];
  }

  freeSlots(eveningId: string) {
    return this.statements.rows(eveningFreeSlotsOf, [eveningId, this.schoolId]);
  }

  async slotCounts(eveningId: string): Promise<Map<string, number>> {
    return new Map((await this.statements.rows(slotCountsOf, [eveningId, this.schoolId])).map((r) => [r.teacherId, r.n]));
  }
}
