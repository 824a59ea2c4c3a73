import { Injectable } from '@nestjs/common';
import { PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';
import type { AppointmentFacts } from '../appointments/appointment-view.js';

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
  yearLabels: string[] | null;
  capPerStudent: number | null;
  parentCancelCutoffHours: number | null;
}

/** A published or closed evening with the school's cancellation cut-off. */
export const parentEveningOf = new PreparedStatement<EveningRow>(
  'bookings.parent_evening',
  `select e.id, e.name, e.status, e.slot_minutes as "slotMinutes", e.gap_minutes as "gapMinutes", e.opens_at as "opensAt", e.closes_at as "closesAt",
          e.location, e.year_labels as "yearLabels", e.cap_per_student as "capPerStudent", bs.parent_cancel_cutoff_hours as "parentCancelCutoffHours"
     from evening e left join booking_settings bs on bs.school_id = e.school_id
    where e.id = $1 and e.school_id = $2 and e.status <> 'draft'`,
  { dates: ['opensAt', 'closesAt'] },
);

export interface TeacherFreeSlotRow {
  teacherId: string;
  location: string | null;
  slotId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
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
   select et.teacher_id as "teacherId", et.location, f.id as "slotId", f.starts_at as "startsAt", f.ends_at as "endsAt"
     from evening_teacher et left join free f on f.teacher_id = et.teacher_id
    where et.evening_id = $1 and et.school_id = $2 and et.teacher_id = any($3::uuid[])
    order by et.teacher_id, f.starts_at`,
  { dates: ['startsAt', 'endsAt'] },
);

export type AppointmentRow = AppointmentFacts;

const APPOINTMENT_COLUMNS = `a.id, a.evening_id as "eveningId", a.slot_id as "slotId", a.teacher_id as "teacherId", a.student_id as "studentId",
  a.contact_id as "contactId", a.starts_at as "startsAt", a.ends_at as "endsAt", a.status, a.sequence, a.cancel_reason as "cancelReason"`;

/** The active appointments of these students in one evening. */
export const studentsAppointmentsOf = new PreparedStatement<AppointmentRow>(
  'bookings.students_appointments',
  `select ${APPOINTMENT_COLUMNS}
     from appointment a
    where a.evening_id = $1 and a.school_id = $2 and a.student_id = any($3::uuid[]) and a.status = 'active'
    order by a.starts_at`,
  { dates: ['startsAt', 'endsAt'] },
);

/** The active appointments of these students that have not ended, in evenings parents can see, with each evening's name and cut-off facts. */
export const upcomingAppointmentsOf = new PreparedStatement<AppointmentRow & { eveningName: string; closesAt: Date; parentCancelCutoffHours: number | null }>(
  'bookings.upcoming_appointments',
  `select ${APPOINTMENT_COLUMNS}, e.name as "eveningName", e.closes_at as "closesAt", bs.parent_cancel_cutoff_hours as "parentCancelCutoffHours"
     from appointment a
     join evening e on e.id = a.evening_id and e.status <> 'draft'
     left join booking_settings bs on bs.school_id = a.school_id
    where a.school_id = $1 and a.student_id = any($2::uuid[]) and a.status = 'active' and a.ends_at > $3
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

/** The bookings module's reads for pages, in the current school. */
@Injectable()
export class EveningReads {
  constructor(private readonly statements: PreparedStatements) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async parentEvening(eveningId: string): Promise<EveningRow | undefined> {
    return (await this.statements.rows(parentEveningOf, [eveningId, this.schoolId]))[0];
  }

  async freeSlots(eveningId: string, teacherIds: string[]): Promise<TeacherFreeSlotRow[]> {
    return teacherIds.length ? this.statements.rows(freeSlotsOf, [eveningId, this.schoolId, teacherIds]) : [];
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
}
