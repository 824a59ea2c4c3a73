import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** The anonymous statistics' statements beyond the ORM's (over every school: they hold no school's data). */
@Injectable()
export class StatisticsQueries {
  constructor(private readonly em: EntityManager) {}

  /** The days from this one on that have figures already (ISO dates). */
  async daysWithFiguresSince(day: string): Promise<string[]> {
    const rows = await this.em.getConnection().execute<{ day: string }[]>('select distinct day::text as day from daily_statistic where day >= ?', [day]);
    return rows.map((r) => r.day);
  }
}
