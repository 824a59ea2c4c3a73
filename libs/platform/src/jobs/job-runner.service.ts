import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { runAcrossSchools } from '../context/request-context.js';
import { JobRun } from './job-run.entity.js';

export type JobPeriod = 'hourly' | 'daily';

/** A job run left 'running' this long is taken to have died with its instance and may be claimed again. */
const STALE_AFTER_MS = 60 * 60_000;

export function tickOf(period: JobPeriod, at: Date): string {
  const iso = at.toISOString();
  return period === 'daily' ? iso.slice(0, 10) : iso.slice(0, 13);
}

/**
 * Runs scheduled work exactly once per tick across every instance: each instance's scheduler
 * fires, each tries to claim the (job, tick) row, and only the winner runs. A failed or
 * abandoned run can be claimed again within the same tick. Jobs must be idempotent and handle
 * everything due up to now, so a missed tick is caught up by the next one.
 */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly instance = `${hostname()}:${process.pid}`;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly frequentRunning = new Set<string>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What a @Cron handler calls: nothing happens on an instance whose scheduler is switched off. */
  scheduled(job: string, period: JobPeriod, work: () => Promise<Record<string, number>>): Promise<Record<string, number> | null> {
    if (!this.config.jobs.schedulerEnabled) return Promise.resolve(null);
    return this.run(job, period, work);
  }

  /**
   * Frequent work (every minute) whose own statements make it safe on every instance at once (each
   * item claimed with SKIP LOCKED): no run is claimed or recorded, one at a time per instance, and
   * it is logged when it did something or failed.
   */
  async frequent(job: string, work: () => Promise<Record<string, number>>): Promise<Record<string, number> | null> {
    if (!this.config.jobs.schedulerEnabled || this.frequentRunning.has(job)) return null;
    this.frequentRunning.add(job);
    const running = (async () => {
      try {
        const counts = await runAcrossSchools('a job run every minute: its work is every school (it scopes itself to one school where it works on one)', () => OrmRequestContext.create(this.em, work));
        if (Object.values(counts).some((n) => n > 0)) this.logger.log({ msg: `job ${job} did work`, job, outcome: 'succeeded', counts });
        return counts;
      } catch (error) {
        this.logger.error({ msg: `job ${job} failed: ${(error as Error).stack ?? error}`, job, outcome: 'failed' });
        return null;
      }
    })();
    try {
      return await this.tracked(running);
    } finally {
      this.frequentRunning.delete(job);
    }
  }

  /** Work a stopping instance waits for. */
  private async tracked<T>(running: Promise<T>): Promise<T> {
    this.inFlight.add(running);
    try {
      return await running;
    } finally {
      this.inFlight.delete(running);
    }
  }

  /** Returns the job's counts, or null when this instance did not run it (another has this tick). */
  async run(job: string, period: JobPeriod, work: () => Promise<Record<string, number>>): Promise<Record<string, number> | null> {
    const started = this.clock.now();
    const tick = tickOf(period, started);
    const claimed = await this.em.getConnection().execute<{ id: string }[]>(
      `insert into job_run (job, tick, instance, attempt, started_at, outcome) values (?, ?, ?, 1, ?, 'running')
       on conflict (job, tick) do update set instance = excluded.instance, attempt = job_run.attempt + 1,
              started_at = excluded.started_at, finished_at = null, outcome = 'running', error = null
        where job_run.outcome = 'failed' or (job_run.outcome = 'running' and job_run.started_at < ?)
       returning id`,
      [job, tick, this.instance, started, new Date(started.getTime() - STALE_AFTER_MS)],
    );
    if (claimed.length === 0) return null;
    const id = claimed[0].id;
    const running = (async () => {
      try {
        const counts = await runAcrossSchools('a scheduled job: its work is every school (it scopes itself to one school where it works on one)', () => OrmRequestContext.create(this.em, work));
        await this.finish(id, 'succeeded', counts, null);
        this.logger.log({ msg: `job ${job} (${tick}) succeeded`, job, tick, outcome: 'succeeded', durationMs: this.clock.now().getTime() - started.getTime(), counts });
        return counts;
      } catch (error) {
        this.logger.error({ msg: `job ${job} (${tick}) failed: ${(error as Error).stack ?? error}`, job, tick, outcome: 'failed' });
        await this.finish(id, 'failed', null, (error as Error).message?.slice(0, 1000) ?? String(error));
        return null;
      }
    })();
    return this.tracked(running);
  }

  private async finish(id: string, outcome: 'succeeded' | 'failed', counts: Record<string, number> | null, error: string | null) {
    await this.em.getConnection().execute('update job_run set finished_at = ?, outcome = ?, counts = ?, error = ? where id = ?', [
      this.clock.now(),
      outcome,
      counts ? JSON.stringify(counts) : null,
      error,
      id,
    ]);
  }

  /** Recent runs, newest first, for the operator. */
  async recent(limit = 100) {
    const runs = await OrmRequestContext.create(this.em, () => this.em.find(JobRun, {}, { orderBy: { startedAt: 'desc', id: 'desc' }, limit }));
    return runs.map((r) => ({
      job: r.job,
      tick: r.tick,
      instance: r.instance,
      attempt: r.attempt,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      outcome: r.outcome,
      counts: r.counts,
      error: r.error,
    }));
  }

  /** A stopping instance lets its running jobs finish. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}
