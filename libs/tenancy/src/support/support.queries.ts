import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** Support cases' statements beyond the ORM's. */
@Injectable()
export class SupportQueries {
  constructor(private readonly em: EntityManager) {}

  /**
   * Across schools (the retention job): closed cases older than the cutoff, with their entries and
   * attachments, in the caller's transaction. How many cases went.
   */
  async deleteClosedCasesBefore(before: Date): Promise<number> {
    const expired = await this.em.execute<{ id: string }[]>(`select id from support_case where status = 'closed' and closed_at < ? for update`, [before]);
    if (expired.length === 0) return 0;
    const ids = `{${expired.map((c) => c.id).join(',')}}`;
    await this.em.execute(`delete from support_attachment where entry_id in (select id from support_entry where case_id in (select unnest(?::uuid[])))`, [ids]);
    await this.em.execute(`delete from support_entry where case_id in (select unnest(?::uuid[]))`, [ids]);
    await this.em.execute(`delete from support_case where id in (select unnest(?::uuid[]))`, [ids]);
    return expired.length;
  }
}
