import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '../clock/clock.js';
import { PreparedStatement, PreparedStatements } from '../database/prepared-statements.js';

export interface ThrottleState {
  hits: number;
  resetAt: Date;
}

/** Counted on every rate-limited request (booking writes among them): prepared once per connection. */
const countHit = new PreparedStatement<{ hits: number; reset_at: Date }>(
  'platform.throttle_hit',
  `insert into throttle_bucket (key, hits, reset_at) values ($1, 1, $2)
   on conflict (key) do update set
     hits = case when throttle_bucket.reset_at <= $3 then 1 else throttle_bucket.hits + 1 end,
     reset_at = case when throttle_bucket.reset_at <= $3 then excluded.reset_at else throttle_bucket.reset_at end
   returning hits, reset_at`,
  { dates: ['reset_at'] },
);

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every instance. Keys are hashed:
 * the table never holds a screen name or an IP address.
 */
@Injectable()
export class ThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
    private readonly clock: Clock,
  ) {}

  static key(namespace: string, value: string): string {
    return `${namespace}:${createHash('sha256').update(value).digest('base64url')}`;
  }

  /** The current window's count, or 0 when there is none or it has ended. */
  async peek(key: string): Promise<ThrottleState> {
    const now = this.clock.now();
    const rows = await this.em.getConnection().execute<{ hits: number; reset_at: Date }[]>(
      'select hits, reset_at from throttle_bucket where key = ? and reset_at > ?',
      [key, now],
    );
    return rows[0] ? { hits: rows[0].hits, resetAt: new Date(rows[0].reset_at) } : { hits: 0, resetAt: now };
  }

  /** Counts one hit in the current window (opening a new one if the last has ended). */
  async hit(key: string, windowSeconds: number): Promise<ThrottleState> {
    const now = this.clock.now();
    const resetAt = new Date(now.getTime() + windowSeconds * 1000);
    const [row] = await this.statements.rows(countHit, [key, resetAt, now]);
    return { hits: row.hits, resetAt: row.reset_at };
  }

  async reset(key: string): Promise<void> {
    await this.em.getConnection().execute('delete from throttle_bucket where key = ?', [key]);
  }

  /** Windows that have ended count nothing; the daily sweep job deletes them. */
  async sweepExpired(): Promise<number> {
    const deleted = await this.em.getConnection().execute<{ key: string }[]>('delete from throttle_bucket where reset_at < ? returning key', [this.clock.now()]);
    return deleted.length;
  }
}
