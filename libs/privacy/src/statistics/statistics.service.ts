import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { Clock, Invalid, isCalendarDate, UsageRecorder } from '@ptc/platform';
import { BookingStatisticsService } from '@ptc/bookings';
import { SchoolsService } from '@ptc/tenancy';
import { DailyStatistic } from './daily-statistic.entity.js';
import { StatisticsQueries } from './statistics.queries.js';

/** Below this many people a cell could point at someone: it is never shown. */
export const K_ANONYMITY = 10;
export const METRICS = ['bookings', 'logins', 'active_users', 'events', 'active_schools'] as const;
/** A missed day is computed later; days further back than this are left as they are. */
const CATCH_UP_DAYS = 30;

/**
 * PTC's own anonymous statistics (PTC is their controller): daily counts per region, computed
 * from counts the modules give (no personal data is copied), kept without school ids, and shown
 * to the operator with every cell below k = 10 people suppressed.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: StatisticsQueries,
    private readonly schools: SchoolsService,
    private readonly bookings: BookingStatisticsService,
    private readonly usage: UsageRecorder,
    private readonly clock: Clock,
  ) {}

  /** Computes every finished day of the last 30 that has no figures yet (and always yesterday). */
  async computeMissingDays(): Promise<{ days: number }> {
    const today = DateTime.fromJSDate(this.clock.now(), { zone: 'utc' }).startOf('day');
    const done = new Set(
      await this.queries.daysWithFiguresSince(today.minus({ days: CATCH_UP_DAYS }).toISODate()!),
    );
    let days = 0;
    for (let back = CATCH_UP_DAYS; back >= 1; back--) {
      const day = today.minus({ days: back }).toISODate()!;
      if (back > 1 && done.has(day)) continue;
      await this.computeDay(day);
      days += 1;
    }
    return { days };
  }

  /** Idempotent: recomputing a day replaces its figures. */
  async computeDay(day: string): Promise<void> {
    const from = DateTime.fromISO(day, { zone: 'utc' }).toJSDate();
    const to = DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toJSDate();
    const [schools, bookingCounts, activity] = await Promise.all([this.schools.list(), this.bookings.dailyCounts(from, to), this.usage.dailyActivity(from, to)]);
    const regionOf = new Map(schools.map((s) => [s.id, s.timezone]));
    const cells = new Map<string, { region: string; metric: string; value: number; people: number }>();
    const add = (schoolId: string, metric: string, value: number, people: number) => {
      const region = regionOf.get(schoolId);
      if (!region || value === 0) return;
      const key = `${region}\n${metric}`;
      const cell = cells.get(key) ?? { region, metric, value: 0, people: 0 };
      cell.value += value;
      cell.people += people;
      cells.set(key, cell);
    };
    for (const c of bookingCounts) {
      add(c.schoolId, 'bookings', c.bookings, c.bookingParents);
      add(c.schoolId, 'events', c.events, c.eventTeachers);
    }
    for (const a of activity) {
      add(a.schoolId, 'logins', a.logins, a.loginUsers);
      add(a.schoolId, 'active_users', a.activeUsers, a.activeUsers);
    }
    for (const s of schools) if (s.licenceActive) add(s.id, 'active_schools', 1, 1);

    await this.em.fork().transactional(async (em) => {
      await em.nativeDelete(DailyStatistic, { day });
      for (const cell of cells.values()) em.persist(em.create(DailyStatistic, { day, ...cell }));
    });
  }

  /** The operator's view: per day, region and metric; a cell under k people shows no value. */
  async query(from: string, to: string, metric?: string) {
    if (metric && !(METRICS as readonly string[]).includes(metric)) throw Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'metric', problems: [`metric must be one of ${METRICS.join(', ')}`] }]);
    if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) {
      throw Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'from', problems: ['from and to must be YYYY-MM-DD, from ≤ to'] }]);
    }
    const rows = await this.em.fork().find(DailyStatistic, { day: { $gte: from, $lte: to }, ...(metric ? { metric } : {}) }, { orderBy: { day: 'asc', region: 'asc', metric: 'asc' } });
    return {
      k: K_ANONYMITY,
      cells: rows.map((r) => (r.people >= K_ANONYMITY ? { day: r.day, region: r.region, metric: r.metric, value: r.value } : { day: r.day, region: r.region, metric: r.metric, value: null, suppressed: true })),
    };
  }
}
