import { spawn } from 'node:child_process';
import http from 'node:http';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { JobRunner, OutboxService } from '@ptc/platform';
import { generateDirectory } from '../support/directory-factory.js';
import { createOperator, createSchool, freePort, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('on SIGTERM stops taking connections, finishes the request in flight, then exits 0', async () => {
  const operator = await createOperator(t);
  const school = await createSchool(t, operator.token, 'shutdown');
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl!, JWT_SECRET: t.config.jwt.secret, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', OUTBOX_WORKER_ENABLED: 'false', SCHEDULER_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; !(await fetch(`${url}/health/live`).then((r) => r.ok, () => false)); tries++) {
    if (tries > 300) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  // A request in flight: its headers and part of its body are sent, the rest comes after the signal.
  const body = Buffer.from(JSON.stringify(generateDirectory(500, 30, 2)));
  const req = http.request({
    host: '127.0.0.1', port, path: '/api/v1/admin/sync/json', method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${school.adminToken}` },
  });
  const answered = new Promise<{ status: number; at: number }>((done, fail) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode!, at: Date.now() }));
    });
    req.on('error', fail);
  });
  req.write(body.subarray(0, 1000));
  await once(req, 'socket').then(([socket]) => (socket.connecting ? once(socket, 'connect') : undefined));
  await new Promise((r) => setTimeout(r, 200)); // the idle server has accepted the connection and read the headers

  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const killedAt = Date.now();
  await new Promise((r) => setTimeout(r, 300));
  await expect(fetch(`${url}/health/live`)).rejects.toThrow(); // no new connections
  req.end(body.subarray(1000));

  const answer = await answered;
  expect(answer.status).toBe(201);
  expect(answer.at).toBeGreaterThan(killedAt);
  const [code] = await exited;
  expect(code).toBe(0);
  expect(output).toContain('SIGTERM: closing');
  const students = await t.db.query('select count(*)::int as n from student where school_id = $1', [school.id]);
  expect(students.rows[0].n).toBe(500);
}, 60_000);

it('lets a scheduled job it is running finish before the application closes', async () => {
  const instance = await startTestApp({}, { databaseUrl: t.config.databaseUrl! });
  let finished = false;
  const running = instance.app.get(JobRunner).run('slow-job', 'hourly', async () => {
    await new Promise((r) => setTimeout(r, 400));
    finished = true;
    return { done: 1 };
  });
  await new Promise((r) => setTimeout(r, 50));
  await instance.close();
  expect(finished).toBe(true);
  expect(await running).toEqual({ done: 1 });
  const { rows } = await t.db.query("select outcome, counts from job_run where job = 'slow-job'");
  expect(rows).toEqual([{ outcome: 'succeeded', counts: { done: 1 } }]);
});

it('on shutdown the outbox worker finishes the message it holds and claims no more', async () => {
  const instance = await startTestApp({}, { databaseUrl: t.config.databaseUrl! });
  const outbox = instance.app.get(OutboxService);
  const sent: number[] = [];
  let started!: () => void;
  const firstStarted = new Promise<void>((resolve) => (started = resolve));
  outbox.registerHandler('test.shutdown', async (payload) => {
    started();
    await new Promise((r) => setTimeout(r, 300));
    sent.push(payload.n as number);
  });
  await withOrmContext(instance, async () => {
    for (const n of [1, 2, 3]) outbox.enqueue('test.shutdown', { n });
    await instance.app.get(EntityManager).flush();
  });
  const draining = outbox.drain();
  await firstStarted;
  await instance.close();
  expect(sent).toEqual([1]);
  // (The drain also sent what else was due before, such as the first test's welcome email.)
  await draining;
  const { rows } = await t.db.query("select payload->>'n' as n, status, attempts from outbox_message where topic = 'test.shutdown' order by id");
  expect(rows).toEqual([
    { n: '1', status: 'done', attempts: 1 },
    { n: '2', status: 'pending', attempts: 0 },
    { n: '3', status: 'pending', attempts: 0 },
  ]);
});
