import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, Conflict, RequestContext } from '@ptc/platform';
import type { PersonKind } from '@ptc/directory';

const COLUMN: Record<PersonKind, string> = { contact: 'contact_id', student: 'student_id', teacher: 'teacher_id' };

/**
 * The bookings side of a person's data rights. Export: every appointment they took part in,
 * cancelled ones too, with its history. Erasure: those appointments and their history go, leaving
 * only anonymous counts per evening; a teacher's slots and availability go too. Runs in the
 * caller's transaction, in the school's scope.
 */
@Injectable()
export class ParticipantDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async appointmentsOf(kind: PersonKind, personId: string) {
    const appointments = await this.em.execute<Record<string, unknown>[]>(
      `select a.id, a.evening_id as "eveningId", e.name as "evening", a.teacher_id as "teacherId", a.student_id as "studentId", a.contact_id as "contactId",
              a.starts_at as "startsAt", a.ends_at as "endsAt", a.status, a.created_at as "bookedAt", a.cancelled_at as "cancelledAt", a.cancel_reason as "cancelReason",
              a.meeting_link as "meetingLink"
         from appointment a join evening e on e.id = a.evening_id
        where a.school_id = ? and (a.${COLUMN[kind]} = ?${kind === 'student' ? ' or a.joint_student_ids @> jsonb_build_array(?::text)' : ''}) order by a.starts_at, a.id`,
      kind === 'student' ? [RequestContext.schoolId(), personId, personId] : [RequestContext.schoolId(), personId],
    );
    const history = appointments.length
      ? await this.em.execute<{ appointmentId: string; action: string; at: Date; detail: unknown }[]>(
          `select appointment_id as "appointmentId", action, at, detail from appointment_history
            where school_id = ? and appointment_id in (${appointments.map(() => '?').join(', ')}) order by id`,
          [RequestContext.schoolId(), ...appointments.map((a) => a.id)],
        )
      : [];
    const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value === null ? null : new Date(String(value)).toISOString());
    return appointments.map((a) => ({
      ...a,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      bookedAt: iso(a.bookedAt),
      cancelledAt: iso(a.cancelledAt),
      history: history.filter((h) => h.appointmentId === a.id).map((h) => ({ action: h.action, at: iso(h.at), detail: h.detail ?? null })),
    }));
  }

  /** The people of appointments booked, moved or cancelled in a time window, and how many changes (a breach report's "changed through bookings"). */
  async changedBetween(from: Date, to: Date): Promise<{ changes: number; studentIds: string[]; contactIds: string[]; teacherIds: string[] }> {
    const rows = await this.em.execute<{ student_id: string; contact_id: string; teacher_id: string; changes: number }[]>(
      `select a.student_id, a.contact_id, a.teacher_id, count(*)::int as changes
         from appointment_history h join appointment a on a.id = h.appointment_id
        where h.school_id = ? and h.at >= ? and h.at < ? group by a.student_id, a.contact_id, a.teacher_id`,
      [RequestContext.schoolId(), from, to],
    );
    const unique = (key: 'student_id' | 'contact_id' | 'teacher_id') => [...new Set(rows.map((r) => r[key]))];
    return { changes: rows.reduce((sum, r) => sum + r.changes, 0), studentIds: unique('student_id'), contactIds: unique('contact_id'), teacherIds: unique('teacher_id') };
  }

  /** Future active appointments must be cancelled first (with the notices that brings) before an erasure. */
  async refuseIfFutureAppointments(kind: PersonKind, personId: string): Promise<void> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `select count(*)::int as n from appointment where school_id = ? and ${COLUMN[kind]} = ? and status = 'active' and ends_at > ?`,
      [RequestContext.schoolId(), personId, this.clock.now()],
    );
    if (n > 0) {
      throw Conflict('BOOKING.FUTURE_APPOINTMENTS', `The person has ${n} upcoming appointment(s): cancel them first, so the other side is told`, { appointments: n });
    }
  }

  /** These students are no longer named in joint meetings (the meetings stay for the others). Joins the caller's transaction. */
  async forgetJointStudents(studentIds: string[]): Promise<void> {
    for (const id of studentIds) {
      await this.em.execute(
        `update appointment set joint_student_ids = nullif(joint_student_ids - ?::text, '[]'::jsonb) where school_id = ? and joint_student_ids @> jsonb_build_array(?::text)`,
        [id, RequestContext.schoolId(), id],
      );
    }
  }

  async erase(kind: PersonKind, personId: string, userIds: string[]): Promise<Record<string, number>> {
    const schoolId = RequestContext.schoolId()!;
    const where = `school_id = ? and ${COLUMN[kind]} = ?`;
    await this.em.execute(
      `insert into appointment_tally (id, school_id, evening_id, status, appointments)
       select gen_random_uuid(), school_id, evening_id, status, count(*) from appointment where ${where} group by school_id, evening_id, status
       on conflict (evening_id, status) do update set appointments = appointment_tally.appointments + excluded.appointments`,
      [schoolId, personId],
    );
    const [{ n: history }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from appointment_history where appointment_id in (select id from appointment where ${where}) returning 1) select count(*)::int as n from deleted`,
      [schoolId, personId],
    );
    // Joint meetings stay for the other children; the erased one is no longer named in them.
    if (kind === 'student') await this.forgetJointStudents([personId]);
    const [{ n: waitingPlaces }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from waiting_entry where ${where} returning 1) select count(*)::int as n from deleted`,
      [schoolId, personId],
    );
    await this.em.execute(`delete from late_request where ${where}`, [schoolId, personId]);
    const [{ n: appointments }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from appointment where ${where} returning 1) select count(*)::int as n from deleted`,
      [schoolId, personId],
    );
    if (kind === 'contact') {
      await this.em.execute('delete from family_calendar_feed where school_id = ? and contact_id = ?', [schoolId, personId]);
      await this.em.execute('delete from schedule_proposal where school_id = ? and contact_id = ?', [schoolId, personId]);
      await this.em.execute('delete from evening_family_notice where school_id = ? and contact_id = ?', [schoolId, personId]);
    }
    let slots = 0;
    if (kind === 'teacher') {
      [{ n: slots }] = await this.em.execute<{ n: number }[]>(
        `with deleted as (delete from slot where school_id = ? and teacher_id = ? returning 1) select count(*)::int as n from deleted`,
        [schoolId, personId],
      );
      await this.em.execute('delete from evening_teacher where school_id = ? and teacher_id = ?', [schoolId, personId]);
      await this.em.execute('delete from teacher_schedule_notice where school_id = ? and teacher_id = ?', [schoolId, personId]);
    }
    if (userIds.length) {
      // What the erased users did to other people's appointments stays; who did it does not.
      const users = userIds.map(() => '?').join(', ');
      await this.em.execute(`update appointment set cancelled_by = null where school_id = ? and cancelled_by in (${users})`, [schoolId, ...userIds]);
      await this.em.execute(`update appointment_history set actor_user_id = null where school_id = ? and actor_user_id in (${users})`, [schoolId, ...userIds]);
      await this.em.execute(`delete from booking_idempotency where school_id = ? and user_id in (${users})`, [schoolId, ...userIds]);
    }
    return { appointments, appointmentHistory: history, slots, waitingPlaces };
  }
}
