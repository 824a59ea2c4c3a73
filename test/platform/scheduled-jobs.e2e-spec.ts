import request from 'supertest';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { JobRunner } from '@ptc/platform';
import { createOperator, startTestApp, type TestApp } from '../support/test-app.js';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({ JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
  for (const t of [first, second]) t.clock.set(new Date('2026-11-28T10:15:00Z'));
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** Where @nestjs/schedule keeps a @Cron's options (its constant is not exported). */
const SCHEDULE_CRON_OPTIONS = 'SCHEDULE_CRON_OPTIONS';

describe('the scheduled-job runner', () => {
  it('declares every scheduled job in UTC, whatever zone the server runs in', () => {
    const scanner = new MetadataScanner();
    const jobs = first.app
      .get(DiscoveryService)
      .getProviders()
      .flatMap((wrapper) => {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object') return [];
        return scanner.getAllMethodNames(Object.getPrototypeOf(instance)).flatMap((method) => {
          const options = Reflect.getMetadata(SCHEDULE_CRON_OPTIONS, (instance as Record<string, object>)[method]) as { name?: string; timeZone?: string } | undefined;
          return options ? [options] : [];
        });
      });
    expect(jobs.length).toBeGreaterThanOrEqual(12);
    expect(jobs.filter((job) => job.timeZone !== 'UTC').map((job) => job.name)).toEqual([]);
  });

  it('runs a job once per tick when two instances fire at the same moment', async () => {
    let executions = 0;
    const work = async () => {
      executions += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { handled: 3 };
    };
    const results = await Promise.all([
      first.app.get(JobRunner).run('demo-job', 'hourly', work),
      second.app.get(JobRunner).run('demo-job', 'hourly', work),
    ]);
    expect(executions).toBe(1);
    expect(results.filter((r) => r !== null)).toEqual([{ handled: 3 }]);
    // Later in the same hour: nothing more.
    first.clock.advance(20 * 60_000);
    expect(await first.app.get(JobRunner).run('demo-job', 'hourly', work)).toBeNull();
    // The next hour is a new tick.
    first.clock.advance(60 * 60_000);
    expect(await first.app.get(JobRunner).run('demo-job', 'hourly', work)).toEqual({ handled: 3 });
    expect(executions).toBe(2);
  });

  it('records a failure and lets the same tick be retried, on any instance', async () => {
    const runner = first.app.get(JobRunner);
    expect(await runner.run('flaky-job', 'daily', async () => Promise.reject(new Error('SMTP unreachable')))).toBeNull();
    const { rows } = await first.db.query("select outcome, error, attempt from job_run where job = 'flaky-job'");
    expect(rows).toEqual([{ outcome: 'failed', error: 'SMTP unreachable', attempt: 1 }]);
    expect(await second.app.get(JobRunner).run('flaky-job', 'daily', async () => ({ sent: 1 }))).toEqual({ sent: 1 });
    const after = await first.db.query("select outcome, attempt, counts from job_run where job = 'flaky-job'");
    expect(after.rows).toEqual([{ outcome: 'succeeded', attempt: 2, counts: { sent: 1 } }]);
  });

  it('does nothing on an instance whose scheduler is switched off', async () => {
    // Both test instances run with SCHEDULER_ENABLED=false: a @Cron firing there is a no-op.
    let ran = false;
    expect(await first.app.get(JobRunner).scheduled('cron-job', 'hourly', async () => ((ran = true), {}))).toBeNull();
    expect(ran).toBe(false);
  });

  it('lists recent runs to the operator only', async () => {
    const operator = await createOperator(first);
    const res = await request(first.http).get('/api/v1/operator/jobs').set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(res.body.map((r: { job: string; tick: string }) => `${r.job}@${r.tick}`)).toEqual(
      expect.arrayContaining(['demo-job@2026-11-28T10', 'demo-job@2026-11-28T11', 'flaky-job@2026-11-28']),
    );
    expect(res.body.find((r: { job: string }) => r.job === 'flaky-job')).toMatchObject({ outcome: 'succeeded', attempt: 2, counts: { sent: 1 } });
  });
});
