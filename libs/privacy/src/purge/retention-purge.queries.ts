import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { parentsFirst } from '@ptc/platform';

/**
 * The retention purge's statements. Cross-school by nature (a job over schools whose licence
 * ended): each names the school it works on.
 */
@Injectable()
export class RetentionPurgeQueries {
  constructor(private readonly em: EntityManager) {}

  /** Whether this call asked for the purge (false: it was asked for already). In the caller's transaction. */
  async claim(schoolId: string, reason: string, dueOn: string, requestedAt: Date): Promise<boolean> {
    const claimed = await this.em.execute<{ school_id: string }[]>(
      `insert into school_purge (school_id, reason, due_on, requested_at, counts) values (?, ?, ?, ?, '{}') on conflict (school_id) do nothing returning school_id`,
      [schoolId, reason, dueOn, requestedAt],
    );
    return claimed.length > 0;
  }

  async markStarted(schoolId: string, at: Date): Promise<void> {
    await this.em.fork().execute('update school_purge set started_at = coalesce(started_at, ?) where school_id = ?', [at, schoolId]);
  }

  /** One statement per batch: the rows go and their count is added to the certificate together. */
  async deleteBatch(schoolId: string, table: string, schoolColumn: string, limit: number): Promise<number> {
    const [{ n }] = await this.em.fork().execute<{ n: number }[]>(
      `with doomed as (select ctid from "${table}" where "${schoolColumn}" = ? limit ?),
            deleted as (delete from "${table}" where ctid in (select ctid from doomed) returning 1),
            counted as (select count(*)::int as n from deleted),
            noted as (update school_purge set counts = jsonb_set(counts, array[?], to_jsonb(coalesce((counts->>?)::int, 0) + (select n from counted)))
                       where school_id = ?)
       select n from counted`,
      [schoolId, limit, table, table, schoolId],
    );
    return n;
  }

  /** These tables ordered by their foreign keys, parents first. */
  parentsFirst(tables: string[]): Promise<string[]> {
    return parentsFirst((sql) => this.em.fork().execute(sql), tables);
  }
}
