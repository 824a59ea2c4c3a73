import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

/** A breach report's statements over the privacy module's own erasure ledger. */
@Injectable()
export class BreachQueries {
  constructor(private readonly em: EntityManager) {}

  /** In the current school: people erased in the window, by kind (their data is gone; they are counted). */
  async erasuresBetween(from: Date, to: Date): Promise<Record<string, number>> {
    const rows = await this.em.getConnection().execute<{ person_kind: string; n: number }[]>(
      'select person_kind, count(*)::int as n from erasure_ledger where school_id = ? and erased_at >= ? and erased_at < ? group by person_kind',
      [RequestContext.schoolId(), from, to],
    );
    return Object.fromEntries(rows.map((r) => [r.person_kind, r.n]));
  }
}
