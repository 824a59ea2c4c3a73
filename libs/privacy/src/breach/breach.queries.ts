import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

export interface RouteUse {
  method: string;
  route: string;
  userId: string;
  requests: number;
}

/** A breach report's statements over the usage records and the erasure ledger. */
@Injectable()
export class BreachQueries {
  constructor(private readonly em: EntityManager) {}

  /** In the current school: who used which route (answered without error) in the window, how often. */
  usesBetween(from: Date, to: Date): Promise<RouteUse[]> {
    return this.em.getConnection().execute<RouteUse[]>(
      `select method, route, user_id as "userId", count(*)::int as requests from usage_record
        where school_id = ? and occurred_at >= ? and occurred_at < ? and status < 400
        group by method, route, user_id order by route, method`,
      [RequestContext.schoolId(), from, to],
    );
  }

  /** In the current school: people erased in the window, by kind (their data is gone; they are counted). */
  async erasuresBetween(from: Date, to: Date): Promise<Record<string, number>> {
    const rows = await this.em.getConnection().execute<{ person_kind: string; n: number }[]>(
      'select person_kind, count(*)::int as n from erasure_ledger where school_id = ? and erased_at >= ? and erased_at < ? group by person_kind',
      [RequestContext.schoolId(), from, to],
    );
    return Object.fromEntries(rows.map((r) => [r.person_kind, r.n]));
  }

  /** Across schools (the operator's incident): the schools whose people used PTC in the window. */
  async schoolsUsedBetween(from: Date, to: Date): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ school_id: string }[]>(
      'select distinct school_id from usage_record where school_id is not null and occurred_at >= ? and occurred_at < ?',
      [from, to],
    );
    return rows.map((r) => r.school_id);
  }
}
