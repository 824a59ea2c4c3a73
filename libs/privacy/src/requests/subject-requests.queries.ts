import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/** Statements about privacy requests beyond the ORM's, in the current school and the caller's transaction. */
@Injectable()
export class SubjectRequestQueries {
  constructor(private readonly em: EntityManager) {}

  /** The person's own words go from the requests they filed or that are about them; how many requests. */
  async eraseWordsOf(personId: string, userIds: string[]): Promise<number> {
    const users = userIds.map(() => '?').join(', ');
    const rows = await this.em.execute<{ id: string }[]>(
      `update subject_request set details = '[erased]' where school_id = ? and (subject_id = ?${userIds.length ? ` or requester_user_id in (${users})` : ''}) returning id`,
      [RequestContext.schoolId(), personId, ...userIds],
    );
    return rows.length;
  }

  /** Whether this run may send the reminder for the request's current due date (a conditional update: two runs never both may). */
  async claimReminder(requestId: string, due: 'overdue' | 'due_soon'): Promise<boolean> {
    const column = due === 'overdue' ? 'reminded_overdue_for' : 'reminded_due_soon_for';
    const claimed = await this.em.execute<{ id: string }[]>(
      `update subject_request set ${column} = due_on where school_id = ? and id = ? and ${column} is distinct from due_on returning id`,
      [RequestContext.schoolId(), requestId],
    );
    return claimed.length > 0;
  }
}
