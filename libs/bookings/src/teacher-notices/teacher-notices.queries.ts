import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/** A change to a teacher's schedule since they were last told. */
export interface ScheduleChange {
  historyId: string;
  action: 'booked' | 'moved' | 'changed' | 'cancelled';
  appointmentId: string;
  teacherId: string;
  studentId: string;
  contactId: string;
  startsAt: Date;
}

/** The statements behind teachers' schedule emails. */
@Injectable()
export class TeacherNoticeQueries {
  constructor(private readonly em: EntityManager) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  /** Across schools (the job's own question): published evenings starting within a day with a teacher not yet sent their schedule. */
  async eveningsDue(now: Date): Promise<{ id: string; schoolId: string }[]> {
    const rows = await this.em.getConnection().execute<{ id: string; school_id: string }[]>(
      `select e.id, e.school_id from evening e
        where e.status = 'published'
          and (select min(s.starts_at) from evening_session s where s.evening_id = e.id) between ?::timestamptz and ?::timestamptz
          and exists(select 1 from evening_teacher et where et.evening_id = e.id
                      and not exists(select 1 from teacher_schedule_notice n where n.evening_id = e.id and n.teacher_id = et.teacher_id))
        order by e.id`,
      [now, new Date(now.getTime() + 24 * 3_600_000)],
    );
    return rows.map((r) => ({ id: r.id, schoolId: r.school_id }));
  }

  /**
   * Notes, in the caller's transaction, that each of the evening's teachers not yet sent their
   * schedule is being sent it now, with the changes so far counted as told; the teachers this
   * call noted (another instance noting the same teacher at once gets none of them).
   */
  async noteSchedulesSent(eveningId: string, now: Date): Promise<string[]> {
    const rows = await this.em.execute<{ teacher_id: string }[]>(
      `insert into teacher_schedule_notice (id, school_id, evening_id, teacher_id, sent_at, told_up_to)
       select gen_random_uuid(), et.school_id, et.evening_id, et.teacher_id, ?,
              coalesce((select max(h.id) from appointment_history h join appointment a on a.id = h.appointment_id
                         where a.evening_id = et.evening_id and a.teacher_id = et.teacher_id), 0)
         from evening_teacher et where et.evening_id = ? and et.school_id = ?
       on conflict (evening_id, teacher_id) do nothing
       returning teacher_id`,
      [now, eveningId, this.schoolId],
    );
    return rows.map((r) => r.teacher_id);
  }

  /** Across schools: teachers already sent their schedule of an evening not yet over, whose schedule changed since. */
  async schedulesChanged(now: Date): Promise<{ id: string; schoolId: string }[]> {
    const rows = await this.em.getConnection().execute<{ id: string; school_id: string }[]>(
      `select n.id, n.school_id from teacher_schedule_notice n
        where exists(select 1 from evening_session s where s.evening_id = n.evening_id and s.ends_at > ?)
          and exists(select 1 from appointment a join appointment_history h on h.appointment_id = a.id
                      where a.evening_id = n.evening_id and a.teacher_id = n.teacher_id and h.id > n.told_up_to)
        order by n.id`,
      [now],
    );
    return rows.map((r) => ({ id: r.id, schoolId: r.school_id }));
  }

  /**
   * Claims one teacher's notice (skipping one another instance holds) and reads the changes since it
   * was last told, in history order; the caller's transaction then moves `toldUpTo` on.
   */
  async claimChanges(noticeId: string): Promise<{ eveningId: string; teacherId: string; changes: ScheduleChange[] } | null> {
    const [notice] = await this.em.execute<{ evening_id: string; teacher_id: string; told_up_to: string }[]>(
      `select evening_id, teacher_id, told_up_to from teacher_schedule_notice where id = ? and school_id = ? for update skip locked`,
      [noticeId, this.schoolId],
    );
    if (!notice) return null;
    const changes = await this.em.execute<Record<string, unknown>[]>(
      `select h.id as history_id, h.action, a.id as appointment_id, a.teacher_id, a.student_id, a.contact_id, a.starts_at
         from appointment a join appointment_history h on h.appointment_id = a.id
        where a.school_id = ? and a.evening_id = ? and a.teacher_id = ? and h.id > ?
        order by h.id`,
      [this.schoolId, notice.evening_id, notice.teacher_id, notice.told_up_to],
    );
    return {
      eveningId: notice.evening_id,
      teacherId: notice.teacher_id,
      changes: changes.map((c) => ({
        historyId: String(c.history_id),
        action: c.action as ScheduleChange['action'],
        appointmentId: c.appointment_id as string,
        teacherId: c.teacher_id as string,
        studentId: c.student_id as string,
        contactId: c.contact_id as string,
        startsAt: new Date(c.starts_at as string),
      })),
    };
  }

  async toldUpTo(noticeId: string, historyId: string): Promise<void> {
    await this.em.execute(`update teacher_schedule_notice set told_up_to = ? where id = ? and school_id = ?`, [historyId, noticeId, this.schoolId]);
  }
}
