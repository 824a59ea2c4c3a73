import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { startEmbeddedPostgres } from '@ptc/platform';
import { freePort, startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Runs `npm run cli -- <args>` the way an operator would, against this file's database. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', DATABASE_URL: t.config.databaseUrl!, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

it('create-operator makes a working operator login with a generated password shown once', async () => {
  const result = cli(['create-operator', '--screen-name', 'Vendor.Support']);
  expect(result.status).toBe(0);
  const password = /password \(shown once\): (\S+)/.exec(result.stdout)?.[1];
  expect(password).toHaveLength(18);
  const login = await request(t.http).post('/api/v1/auth/login').send({ screenName: 'vendor.support', password }).expect(200);
  const me = await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
  expect(me.body).toMatchObject({ role: 'operator', schoolId: null, school: null });
});

it('create-operator takes the password from PTC_OPERATOR_PASSWORD without printing it, and refuses a taken name', async () => {
  const result = cli(['create-operator', '--screen-name', 'second.operator'], { PTC_OPERATOR_PASSWORD: 'operator passphrase 42' });
  expect(result.status).toBe(0);
  expect(result.stdout).not.toContain('operator passphrase 42');
  await request(t.http).post('/api/v1/auth/login').send({ screenName: 'second.operator', password: 'operator passphrase 42' }).expect(200);
  const again = cli(['create-operator', '--screen-name', 'second.operator'], { PTC_OPERATOR_PASSWORD: 'operator passphrase 43' });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('This screen name is already used');
});

it('migrate finds nothing pending on a migrated database', () => {
  const result = cli(['migrate']);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('no pending migrations');
});

it('seed-demo seeds an empty database once, and the printed password logs every demo user in', async () => {
  const { rows } = await t.db.query('select count(*)::int as n from school');
  expect(rows[0].n).toBe(0);
  const first = cli(['seed-demo']);
  expect(first.status).toBe(0);
  const password = /password (\S+)$/m.exec(first.stdout)?.[1];
  const tokens: Record<string, string> = {};
  for (const screenName of ['admin', 'teacher1', 'teacher2', 'parent1', 'parent2']) {
    tokens[screenName] = (await request(t.http).post('/api/v1/auth/login').send({ school: 'demo', screenName, password }).expect(200)).body.accessToken;
  }
  // The demo logins are people of the demo directory, with students and links.
  const parent = await request(t.http).get('/api/v1/parent/contact').set('Authorization', `Bearer ${tokens.parent1}`).expect(200);
  expect(parent.body.students.map((s: { student: { firstName: string } }) => s.student.firstName).sort()).toEqual(['Liam', 'Zoë']);
  const taught = await request(t.http).get('/api/v1/teacher/students').set('Authorization', `Bearer ${tokens.teacher2}`).expect(200);
  expect(taught.body).toHaveLength(3);
  const students = await request(t.http).get('/api/v1/admin/students').set('Authorization', `Bearer ${tokens.admin}`).expect(200);
  expect(students.body.total).toBe(5);
  // A published evening a week ahead, open for booking now: the demo parent can book at once.
  t.clock.set(new Date());
  const evenings = await request(t.http).get('/api/v1/parent/events').set('Authorization', `Bearer ${tokens.parent1}`).expect(200);
  expect(evenings.body.items).toEqual([expect.objectContaining({ status: 'published', timezone: 'Europe/London' })]);
  const evening = await request(t.http).get(`/api/v1/parent/events/${evenings.body.items[0].id}`).set('Authorization', `Bearer ${tokens.parent1}`).expect(200);
  const zoe = evening.body.students.find((s: { student: { firstName: string } }) => s.student.firstName === 'Zoë');
  expect(zoe.teachers.map((teacher: { name: string }) => teacher.name).sort()).toEqual(['Mr Łukasz Kowalski', 'Mrs Anne-Marie Smith']);
  const [teacher] = zoe.teachers;
  await request(t.http)
    .post('/api/v1/bookings')
    .set('Authorization', `Bearer ${tokens.parent1}`)
    .send({ eventId: evening.body.id, studentId: zoe.student.id, teacherId: teacher.teacherId, slotId: teacher.freeSlots[0].id })
    .expect(201);

  const second = cli(['seed-demo']);
  expect(second.stdout).toContain('not empty: nothing seeded');

  // The password again, for a developer who lost the start log: a fresh one (only hashes are stored).
  const renewed = cli(['demo-password']);
  expect(renewed.status).toBe(0);
  const newPassword = /password (\S+)$/m.exec(renewed.stdout)?.[1];
  expect(newPassword).toBeDefined();
  expect(newPassword).not.toBe(password);
  await request(t.http).post('/api/v1/auth/login').send({ school: 'demo', screenName: 'parent2', password: newPassword }).expect(200);
  await request(t.http).post('/api/v1/auth/login').send({ school: 'demo', screenName: 'parent2', password }).expect(401);
  expect((await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${tokens.admin}`).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
});

it('refuses to seed the demo school in production', () => {
  const production = { NODE_ENV: 'production', ENCRYPTION_KEYS: 'k1:xG0bqkq6O3vXlZr0pIYl1n0S6m3L1tT8Wc1cE4mVb2Q=', JWT_SECRET: 'q8V3n1Kz7sWm2YpR5tLc9XbJ4hGd6FaE0uNi', SMTP_URL: 'smtp://127.0.0.1:1', PUBLIC_BASE_URL: 'https://ptc.example' };
  const result = cli(['seed-demo'], production);
  expect(result.status).toBe(78);
  expect(result.stderr).toContain('refusing in production');
  const renew = cli(['demo-password'], production);
  expect(renew.status).toBe(78);
  expect(renew.stderr).toContain('refusing in production');
  const flagged = cli(['seed-demo'], { ...production, SEED_DEMO: 'true' });
  expect(flagged.status).toBe(78);
  expect(flagged.stderr).toContain('SEED_DEMO cannot be enabled in production');
});

it('applies the migrations exactly once when two instances migrate an empty database at the same time', async () => {
  const admin = new pg.Client({ connectionString: process.env.PTC_TEST_ADMIN_URL });
  await admin.connect();
  const name = `ptc_t_empty_${process.pid}`;
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(process.env.PTC_TEST_ADMIN_URL!);
  url.pathname = `/${name}`;
  const run = () =>
    new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', 'migrate'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url.toString() },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => done({ code, out }));
    });
  const results = await Promise.all([run(), run()]);
  expect(results.map((r) => r.code)).toEqual([0, 0]);
  expect(results.filter((r) => r.out.includes('no pending migrations'))).toHaveLength(1);
  const check = new pg.Client({ connectionString: url.toString() });
  await check.connect();
  const applied = await check.query('select name from mikro_orm_migrations');
  expect(applied.rowCount).toBeGreaterThan(0);
  expect(new Set(applied.rows.map((r) => r.name)).size).toBe(applied.rowCount);
  await check.end();
});

it('answers an unknown option with a usage hint and exit 64, and --help on any command with the usage', () => {
  const bogus = cli(['create-operator', '--bogus']);
  expect(bogus.status).toBe(64);
  expect(bogus.stderr).toContain("Unknown option '--bogus'");
  expect(bogus.stderr).toContain('--help');
  expect(bogus.stderr).not.toMatch(/^\s+at /m);
  const help = cli(['backup', '--help']);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('PTC operator commands');
});

it('works while `npm start` runs the embedded database: it uses the running server and leaves it running', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ptc-cli-embedded-'));
  const port = await freePort();
  const running = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  try {
    const embeddedEnv = { DATABASE_URL: '', EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
    const migrated = cli(['migrate'], embeddedEnv);
    expect([migrated.status, migrated.stderr]).toEqual([0, expect.stringContaining('is already running (npm start?): using it')]);
    const created = cli(['create-operator', '--screen-name', 'while.running'], embeddedEnv);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('operator "while.running" created');
    const client = new pg.Client({ connectionString: running.url('ptc') });
    await client.connect();
    expect((await client.query("select count(*)::int as n from app_user where screen_name = 'while.running'")).rows[0].n).toBe(1);
    await client.end();
  } finally {
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('says why the embedded database did not start when its port is taken', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ptc-cli-port-taken-'));
  const port = await freePort();
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  try {
    await expect(startEmbeddedPostgres({ dataDir, port, persistent: false })).rejects.toThrow(new RegExp(`PostgreSQL did not start on port ${port}: could not create any TCP/IP sockets$`));
  } finally {
    await new Promise((resolve) => squatter.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
