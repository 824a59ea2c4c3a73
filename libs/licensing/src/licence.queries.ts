import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Licensing's statements beyond the ORM's. The lifecycle job and the activity note work across
 * schools (a request's school, or each school in turn): each names the school it writes.
 */
@Injectable()
export class LicenceQueries {
  constructor(private readonly em: EntityManager) {}

  /** The school was used today (at most one write per school and day moves the date). */
  async noteActivity(schoolId: string, today: string): Promise<void> {
    await this.em.getConnection().execute('update licence set last_activity_on = ? where school_id = ? and last_activity_on < ?', [today, schoolId, today]);
  }

  /** Whether this run may send the notice (once per school, kind and date, whichever instance asks first). */
  async claimNotice(schoolId: string, kind: string, about: string, at: Date): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into licence_notice (id, school_id, kind, about, sent_at) values (gen_random_uuid(), ?, ?, ?, ?)
       on conflict (school_id, kind, about) do nothing returning id`,
      [schoolId, kind, about, at],
    );
    return rows.length === 1;
  }
}
