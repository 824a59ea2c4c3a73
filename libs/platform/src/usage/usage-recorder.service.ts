import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { runAcrossSchools, type Principal } from '../context/request-context.js';
import { OutageLog } from '../database/database-outage.js';
import { API_PREFIX } from '../http/api-paths.js';

/** The route template a login is recorded under (the statistics count them). */
const LOGIN_ROUTE = `${API_PREFIX}/auth/login`;

export interface UsageEntry {
  schoolId: string | null;
  userId: string;
  /** A third party's API credential, by the name the school gave it. */
  credentialName?: string | null;
  method: string;
  route: string;
  status: number;
  ip: string | null;
  userAgent: string | null;
  occurredAt: Date;
}

export interface RouteUse {
  method: string;
  route: string;
  userId: string;
  requests: number;
}

/** Client addresses arrive IPv4-mapped on dual-stack sockets; store the plain form. */
export function normaliseIp(ip: string | undefined): string | null {
  if (!ip) return null;
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}

/**
 * Records each authenticated request off the request path: entries are buffered and written in
 * batches by a timer (and on shutdown). Losing the last second of records on a crash is accepted;
 * slowing every request down is not.
 */
@Injectable()
export class UsageRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UsageRecorder');
  private readonly outage = new OutageLog(this.logger, 'writing usage records');
  private buffer: UsageEntry[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `onResponse` hook: notes each authenticated request once its answer has been sent. */
  readonly onResponse = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const principal = (request as FastifyRequest & { user?: Principal }).user;
    if (!principal) return;
    this.add({
      schoolId: principal.schoolId,
      userId: principal.userId,
      credentialName: principal.credential?.name ?? null,
      method: request.method,
      route: request.routeOptions.url ?? '(unmatched)',
      status: reply.statusCode,
      ip: normaliseIp(request.ip),
      userAgent: request.headers['user-agent']?.slice(0, 512) ?? null,
      occurredAt: this.clock.now(),
    });
  };

  add(entry: UsageEntry): void {
    this.buffer.push(entry);
    if (this.buffer.length >= this.config.usage.batchSize) void this.flush();
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.config.usage.flushIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  /** One user's records in one school, oldest first (released only through the privacy module's recorded requests). */
  async *recordsOf(schoolId: string, userId: string): AsyncGenerator<UsageEntry> {
    await this.flush();
    let after = '0';
    for (;;) {
      const rows = await this.em.getConnection().execute<(UsageEntry & { id: string })[]>(
        `select id, school_id as "schoolId", user_id as "userId", method, route, status, ip, user_agent as "userAgent", occurred_at as "occurredAt"
           from usage_record where school_id = ? and user_id = ? and id > ? order by id limit 1000`,
        [schoolId, userId, after],
      );
      for (const { id: _id, ...row } of rows) yield { ...row, occurredAt: new Date(row.occurredAt) };
      if (rows.length < 1000) return;
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Counts per school for one day, for the anonymous statistics: logins and the distinct people
   * behind them, and distinct active users. Counts only; no id leaves this query.
   */
  async dailyActivity(from: Date, to: Date): Promise<{ schoolId: string; logins: number; loginUsers: number; activeUsers: number }[]> {
    await this.flush();
    return this.em.getConnection().execute(
      `select school_id as "schoolId",
              count(*) filter (where route = ?)::int as logins,
              count(distinct user_id) filter (where route = ?)::int as "loginUsers",
              count(distinct user_id)::int as "activeUsers"
         from usage_record where school_id is not null and occurred_at >= ? and occurred_at < ? group by school_id`,
      [LOGIN_ROUTE, LOGIN_ROUTE, from, to],
    );
  }

  /** One school's answered requests (status below 400) in a window, per login, method and route: a breach report's reads. */
  async routeUsesBetween(schoolId: string, from: Date, to: Date): Promise<RouteUse[]> {
    await this.flush();
    return this.em.getConnection().execute<RouteUse[]>(
      `select method, route, user_id as "userId", count(*)::int as requests from usage_record
        where school_id = ? and occurred_at >= ? and occurred_at < ? and status < 400
        group by method, route, user_id order by route, method`,
      [schoolId, from, to],
    );
  }

  /** The schools whose people used PTC in a window (an incident's schools). */
  async schoolsActiveBetween(from: Date, to: Date): Promise<string[]> {
    await this.flush();
    const rows = await this.em.getConnection().execute<{ school_id: string }[]>(
      'select distinct school_id from usage_record where school_id is not null and occurred_at >= ? and occurred_at < ?',
      [from, to],
    );
    return rows.map((r) => r.school_id);
  }

  /** Erasure: every record of these users. */
  async deleteForUsers(userIds: string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    await this.flush();
    // In the caller's transaction: an erasure happens whole or not at all.
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from usage_record where user_id in (${userIds.map(() => '?').join(', ')}) returning 1) select count(*)::int as n from deleted`,
      userIds,
    );
    return n;
  }

  /** Deletes records made before the cutoff, in batches; returns how many went. */
  async deleteBefore(cutoff: Date, batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ n }] = await this.em.getConnection().execute<{ n: number }[]>(
        `with doomed as (select id from usage_record where occurred_at < ? order by id limit ?),
              deleted as (delete from usage_record where id in (select id from doomed) returning 1)
         select count(*)::int as n from deleted`,
        [cutoff, batchSize],
      );
      total += n;
      if (n < batchSize) return total;
    }
  }

  /** Writes everything buffered so far; resolves when it is in the database. */
  flush(): Promise<void> {
    // The buffer holds every school's requests: written as work across schools, whatever request asked.
    this.flushing = this.flushing.then(() => runAcrossSchools('the buffered usage records of every school', () => this.writeBuffered()));
    return this.flushing;
  }

  private async writeBuffered(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const values: unknown[] = [];
    const rows = batch.map((e) => {
      values.push(e.schoolId, e.userId, e.credentialName ?? null, e.method, e.route, e.status, e.ip, e.userAgent, e.occurredAt);
      return '(?, ?, ?, ?, ?, ?, ?, ?, ?)';
    });
    try {
      await this.em
        .getConnection()
        .execute(
          `insert into usage_record (school_id, user_id, credential_name, method, route, status, ip, user_agent, occurred_at) values ${rows.join(', ')}`,
          values,
        );
      this.outage.succeeded();
    } catch (error) {
      this.outage.failed(error);
    }
  }
}
