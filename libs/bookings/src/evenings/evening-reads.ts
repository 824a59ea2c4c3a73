import { Injectable } from '@nestjs/common';
import { PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';

/*
 * The pages people open in a rush, read with few statements that fetch only what the page shows,
 * as plain rows (no entities). Plans checked with EXPLAIN (ANALYZE, BUFFERS) on bench:pages' data
 * (4,500 slots this evening, 2,700 booked, 4,500 last term):
 *
 * - free slots of a family's teachers (3 children, 14 teachers): probing
 *   appointment_slot_active_unique once per slot (420 probes, 894 buffers) took 0.70 ms; the booked
 *   slot ids of those teachers from one scan of appointment's (evening_id, teacher_id) index,
 *   hashed, with slot's (evening_id, teacher_id, starts_at) index: 0.39 ms, 80 buffers.
 *   `BENCH_EXPLAIN=1 npm run bench:pages` prints the plans on the bench's data.
 * - a family's appointments: appointment's student_id index (a family has a handful of rows).
 */

export interface EveningRow {
  id: string;
  name: string;
  status: string;
  slot_minutes: number;
  gap_minutes: number;
  opens_at: Date;
  closes_at: Date;
  location: string | null;
  year_labels: string[] | null;
  cap_per_student: number | null;
  parent_cancel_cutoff_hours: number | null;
}

/** A published or closed evening with the school's cancellation cut-off. */
export const parentEveningOf = new PreparedStatement<EveningRow>(
  'bookings.parent_evening',
  `select e.id, e.name, e.status, e.slot_minutes, e.gap_minutes, e.opens_at, e.closes_at, e.location, e.year_labels, e.cap_per_student,
          bs.parent_cancel_cutoff_hours
     from evening e left join booking_settings bs on bs.school_id = e.school_id
    where e.id = $1 and e.school_id = $2 and e.status <> 'draft'`,
);

export interface TeacherFreeSlotRow {
  teacher_id: string;
  location: string | null;
  slot_id: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
}

/**
 * Each of these teachers who takes part in the evening, with their free (unbooked, unblocked)
 * slots; a teacher with none has one row without a slot. The booked slots of those teachers come
 * from one scan of appointment's (evening_id, teacher_id) index and are hashed, instead of one
 * probe per slot.
 */
export const freeSlotsOf = new PreparedStatement<TeacherFreeSlotRow>(
  'bookings.free_slots',
  `with free as (
     select s.id, s.teacher_id, s.starts_at, s.ends_at
       from slot s
      where s.evening_id = $1 and s.school_id = $2 and s.teacher_id = any($3::uuid[]) and not s.blocked
        and s.id not in (select a.slot_id from appointment a
                          where a.evening_id = $1 and a.school_id = $2 and a.teacher_id = any($3::uuid[]) and a.status = 'active'))
   select et.teacher_id, et.location, f.id as slot_id, f.starts_at, f.ends_at
     from evening_teacher et left join free f on f.teacher_id = et.teacher_id
    where et.evening_id = $1 and et.school_id = $2 and et.teacher_id = any($3::uuid[])
    order by et.teacher_id, f.starts_at`,
);

export interface AppointmentRow {
  id: string;
  evening_id: string;
  slot_id: string;
  teacher_id: string;
  student_id: string;
  contact_id: string;
  starts_at: Date;
  ends_at: Date;
  status: 'active' | 'cancelled';
  sequence: number;
  cancel_reason: string | null;
}

const APPOINTMENT_COLUMNS = 'a.id, a.evening_id, a.slot_id, a.teacher_id, a.student_id, a.contact_id, a.starts_at, a.ends_at, a.status, a.sequence, a.cancel_reason';

/** The active appointments of these students in one evening. */
export const studentsAppointmentsOf = new PreparedStatement<AppointmentRow>(
  'bookings.students_appointments',
  `select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and a.student_id = any($3::uuid[]) and a.status = 'active'
    order by a.starts_at`,
);

/** The active appointments of these students that have not ended, in evenings parents can see, with each evening's name and cut-off facts. */
export const upcomingAppointmentsOf = new PreparedStatement<AppointmentRow & { evening_name: string; closes_at: Date; parent_cancel_cutoff_hours: number | null }>(
  'bookings.upcoming_appointments',
  `select ${APPOINTMENT_COLUMNS}, e.name as evening_name, e.closes_at, bs.parent_cancel_cutoff_hours
     from appointment a
     join evening e on e.id = a.evening_id and e.status <> 'draft'
     left join booking_settings bs on bs.school_id = a.school_id
    where a.school_id = $1 and a.student_id = any($2::uuid[]) and a.status = 'active' and a.ends_at > $3
    order by a.starts_at`,
);

export interface GridRow {
  id: string;
  teacher_id: string;
  starts_at: Date;
  ends_at: Date;
  blocked: boolean;
  appointment_id: string | null;
  student_id: string | null;
  contact_id: string | null;
}

/** Every slot of the evening with its active appointment, teacher by teacher in time order. */
export const eveningGridOf = new PreparedStatement<GridRow>(
  'bookings.evening_grid',
  `select s.id, s.teacher_id, s.starts_at, s.ends_at, s.blocked, a.id as appointment_id, a.student_id, a.contact_id
     from slot s left join appointment a on a.slot_id = s.id and a.status = 'active'
    where s.evening_id = $1 and s.school_id = $2
    order by s.teacher_id, s.starts_at`,
);

/** Prepared statements answer timestamps as PostgreSQL's text: these fields become Dates. */
function withDates<Row extends object>(rows: Row[], fields: (keyof Row)[]): Row[] {
  for (const row of rows) {
    for (const field of fields) {
      const value = row[field];
      if (value !== null && value !== undefined && !(value instanceof Date)) (row as Record<keyof Row, unknown>)[field] = new Date(value as string);
    }
  }
  return rows;
}

/** The bookings module's reads for pages, in the current school. */
@Injectable()
export class EveningReads {
  constructor(private readonly statements: PreparedStatements) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async parentEvening(eveningId: string): Promise<EveningRow | undefined> {
    return withDates(await this.statements.rows(parentEveningOf, [eveningId, this.schoolId]), ['opens_at', 'closes_at'])[0];
  }

  async freeSlots(eveningId: string, teacherIds: string[]): Promise<TeacherFreeSlotRow[]> {
    return teacherIds.length ? withDates(await this.statements.rows(freeSlotsOf, [eveningId, this.schoolId, teacherIds]), ['starts_at', 'ends_at']) : [];
  }

  async appointmentsOfStudents(eveningId: string, studentIds: string[]): Promise<AppointmentRow[]> {
    return studentIds.length ? withDates(await this.statements.rows(studentsAppointmentsOf, [eveningId, this.schoolId, studentIds]), ['starts_at', 'ends_at']) : [];
  }

  async upcomingOfStudents(studentIds: string[], now: Date) {
    return studentIds.length ? withDates(await this.statements.rows(upcomingAppointmentsOf, [this.schoolId, studentIds, now]), ['starts_at', 'ends_at', 'closes_at']) : [];
  }

  async grid(eveningId: string): Promise<GridRow[]> {
    return withDates(await this.statements.rows(eveningGridOf, [eveningId, this.schoolId]), ['starts_at', 'ends_at']);
  }
}
