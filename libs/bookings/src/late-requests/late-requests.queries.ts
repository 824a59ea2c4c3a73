import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/** The late requests' statements, in the current school. */
@Injectable()
export class LateRequestQueries {
  constructor(private readonly em: EntityManager) {}

  /** A new open request; null when the student already has one open to this teacher. */
  async open(request: { eveningId: string; teacherId: string; studentId: string; contactId: string; note: string | null; at: Date }): Promise<string | null> {
    const inserted = await this.em.execute<{ id: string }[]>(
      `insert into late_request (id, school_id, evening_id, teacher_id, student_id, contact_id, note, state, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, 'open', ?)
       on conflict (evening_id, teacher_id, student_id) where state = 'open' do nothing returning id`,
      [RequestContext.schoolId(), request.eveningId, request.teacherId, request.studentId, request.contactId, request.note, request.at],
    );
    return inserted[0]?.id ?? null;
  }

  /** Erasure: a person's requests go with them. Joins the caller's transaction. */
  async deleteFor(column: 'student_id' | 'contact_id' | 'teacher_id', personIds: string[]): Promise<void> {
    if (personIds.length === 0) return;
    await this.em.execute(`delete from late_request where school_id = ? and ${column} in (select unnest(?::uuid[]))`, [RequestContext.schoolId(), `{${personIds.join(',')}}`]);
  }
}
