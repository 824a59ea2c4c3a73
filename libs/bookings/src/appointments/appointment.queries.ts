import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxService, PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';
import type { EveningFacts } from './booking-rules.js';
import type { NoticeFacts } from './booking-mailer.service.js';

/** The booking rush asks this of every request: prepared once per connection. */
export const eveningFactsOf = new PreparedStatement<EveningFacts>(
  'bookings.evening_facts',
  `select e.status, e.opens_at, e.closes_at, e.gap_minutes, e.cap_per_student, e.year_labels, e.opening_stages,
          et.id is not null as teacher_in_evening, coalesce(et.online, e.online) as online,
          (select bs.video_link_template from booking_settings bs where bs.school_id = e.school_id) as video_link_template,
          s.id as slot_id, s.blocked, s.starts_at, s.ends_at,
          exists(select 1 from appointment a where a.slot_id = s.id and a.status = 'active') as slot_taken,
          (select w.student_id from waiting_entry w where w.offered_slot_id = s.id and w.state = 'offered') as held_for_student,
          exists(select 1 from appointment a where a.evening_id = e.id and a.teacher_id = $1 and a.status = 'active'
                   and (a.student_id = $2 or jsonb_exists(a.joint_student_ids, $2::text))) as already_with_teacher
     from evening e
     left join evening_teacher et on et.evening_id = e.id and et.teacher_id = $1
     left join slot s on s.id = $3 and s.evening_id = e.id and s.teacher_id = $1
    where e.id = $4 and e.school_id = $5`,
  { dates: ['opens_at', 'closes_at', 'starts_at', 'ends_at'] },
);

/**
 * The appointment, its history row and the parent's notice, in one statement (atomic without a
 * transaction). The parent's busy time includes the evening's gap: the exclusion constraint compares it.
 * The student's place on the teacher's waiting list, if any, is settled; a family for whom the slot
 * was held (only the office books over a hold) goes back to waiting at its place.
 */
export const bookAppointment = new PreparedStatement<{ id: string }>(
  'bookings.book',
  `with booked as (
     insert into appointment (id, school_id, evening_id, slot_id, teacher_id, student_id, contact_id, starts_at, ends_at, parent_busy,
                              status, sequence, booked_by, created_at, meeting_link, joint_student_ids)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, tstzrange($8::timestamptz, $9::timestamptz + make_interval(mins => $10)), 'active', 0, $11, $12, $13, $14::jsonb)
     returning id),
   history as (
     insert into appointment_history (school_id, appointment_id, action, actor_user_id, at)
     select $2, id, 'booked', $11, $12 from booked),
   settled as (
     update waiting_entry set state = 'booked', appointment_id = $1, offered_slot_id = null, offer_expires_at = null, updated_at = $12
      where evening_id = $3 and teacher_id = $5 and student_id = $6 and state in ('waiting', 'offered')),
   bumped as (
     update waiting_entry set state = 'waiting', offered_slot_id = null, offer_expires_at = null, updated_at = $12
      where offered_slot_id = $4 and state = 'offered' and student_id <> $6),
   notice as (${OutboxService.enqueueCall(15)})
   select booked.id from booked, notice`,
);

/**
 * The bookings module's statements about appointments, in the current school: the booking rush's
 * two prepared statements, and what booking, moving and the idempotency keys need. Each runs in
 * the caller's transaction when there is one.
 */
@Injectable()
export class AppointmentQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async eveningFacts(eveningId: string, teacherId: string, studentId: string, slotId: string): Promise<EveningFacts | undefined> {
    return (await this.statements.rows(eveningFactsOf, [teacherId, studentId, slotId, eveningId, this.schoolId]))[0];
  }

  /** The appointment, its history row, the waiting list settled and the parent's notice. */
  async insertBooking(appointment: NoticeFacts, slotId: string, gapMinutes: number, bookedBy: string, now: Date, noticeParams: unknown[]): Promise<void> {
    await this.statements.rows(bookAppointment, [
      appointment.id, this.schoolId, appointment.eveningId, slotId, appointment.teacherId, appointment.studentId, appointment.contactId, appointment.startsAt, appointment.endsAt,
      gapMinutes, bookedBy, now, appointment.meetingLink, appointment.jointStudentIds ? JSON.stringify(appointment.jointStudentIds) : null,
      ...noticeParams,
    ]);
  }

  /** Whether this request claimed the key; false when another request (a replay) holds it. A parallel replay waits here until the first one's transaction ends. */
  async claimIdempotencyKey(key: string, userId: string, requestHash: string, now: Date): Promise<boolean> {
    const claimed = await this.em.execute<{ key: string }[]>(
      `insert into booking_idempotency (key, school_id, user_id, request_hash, status, response, created_at)
       values (?, ?, ?, ?, 0, '{}', ?) on conflict (key) do nothing returning key`,
      [key, this.schoolId, userId, requestHash, now],
    );
    return claimed.length === 1;
  }

  /** Bookings involving these students wait for each other until the caller's transaction ends (in one order, so two never deadlock). */
  async waitForStudentsBookings(studentIds: string[]): Promise<void> {
    for (const studentId of [...studentIds].sort()) await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('booking-student:' || ?, 0))`, [studentId]);
  }

  async activeCountOfStudent(eveningId: string, studentId: string): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      "select count(*)::int as n from appointment where school_id = ? and evening_id = ? and student_id = ? and status = 'active'",
      [this.schoolId, eveningId, studentId],
    );
    return n;
  }

  /** Whether any of these students already meets the teacher in the evening, alone or in a joint meeting. */
  async anyMeetsTeacher(eveningId: string, teacherId: string, studentIds: string[]): Promise<boolean> {
    const ids = `{${studentIds.join(',')}}`;
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `select count(*)::int as n from appointment
        where school_id = ? and evening_id = ? and teacher_id = ? and status = 'active' and (student_id in (select unnest(?::uuid[])) or jsonb_exists_any(joint_student_ids, ?::text[]))`,
      [this.schoolId, eveningId, teacherId, ids, ids],
    );
    return n > 0;
  }

  /** To another slot in one statement: the parent's busy time moves with it (the exclusion constraint compares it). */
  async moveTo(appointmentId: string, slot: { id: string; startsAt: Date; endsAt: Date }, gapMinutes: number): Promise<void> {
    await this.em.execute(
      `update appointment set slot_id = ?, starts_at = ?, ends_at = ?, sequence = sequence + 1,
              parent_busy = tstzrange(?::timestamptz, ?::timestamptz + make_interval(mins => ?))
        where school_id = ? and id = ?`,
      [slot.id, slot.startsAt, slot.endsAt, slot.startsAt, slot.endsAt, gapMinutes, this.schoolId, appointmentId],
    );
  }

  /** In every school (the daily sweep): keys older than the cutoff, with the answers they hold. */
  async forgetIdempotencyKeysBefore(cutoff: Date): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      'with deleted as (delete from booking_idempotency where created_at < ? returning 1) select count(*)::int as n from deleted',
      [cutoff],
    );
    return n;
  }
}
