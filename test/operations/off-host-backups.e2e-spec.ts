import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { BackupJob, BackupService, JobRunner, type BackupManifest } from '@ptc/platform';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { startS3Server, type S3Server } from '../support/s3-server.js';
import { createEmptyDatabase } from '../support/test-database.js';
import { createOperator, drainOutbox, startTestApp, type TestApp } from '../support/test-app.js';

/** Backups in an S3-compatible bucket (a real S3-protocol server on loopback), and a restore after the database is lost. */
const ROOT = resolve(import.meta.dirname, '../..');
const key = `k1:${randomBytes(32).toString('base64')}`;
const PREFIX = 'school-backups';
let s3: S3Server;
let t: TestApp;
let school: BookedSchool;
let manifest: BackupManifest;
const cleanups: (() => Promise<void>)[] = [];

/**
 * `npm run cli -- …` on an operator's machine that has the bucket's settings and the keys, and no
 * database. Not spawnSync: the S3 server runs in this process and must go on answering.
 */
function cli(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', SEED_DEMO: 'false', ENCRYPTION_KEYS: key, BACKUP_S3_PREFIX: PREFIX, ...s3.env },
        timeout: 90_000,
      },
      (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: `${stdout}${stderr}` }),
    );
  });
}
async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
const appEnv = () => ({ ...s3.env, BACKUP_S3_PREFIX: PREFIX, ENCRYPTION_KEYS: key });

beforeAll(async () => {
  s3 = await startS3Server();
  t = await startTestApp(appEnv());
  t.clock.set(new Date('2027-02-01T09:00:00Z'));
  school = await seedBookedSchool(t, (await createOperator(t)).token, 'off-host');
  t.clock.set(new Date('2027-02-02T01:00:00Z'));
  await t.app.get(JobRunner).run('backup', 'daily', () => t.app.get(BackupJob).run());
  [manifest] = await t.app.get(BackupService).manifests();
}, 60_000);
afterAll(async () => {
  await t?.close();
  for (const cleanup of cleanups) await cleanup();
  await s3?.stop();
});

it('writes the backup encrypted into the bucket, and lists and verifies it from the bucket with no database', async () => {
  expect(await s3.keys(`${PREFIX}/`)).toEqual([`${PREFIX}/${manifest.file}`, `${PREFIX}/${manifest.file}.manifest.json`]);
  const bytes = await s3.object(`${PREFIX}/${manifest.file}`);
  expect(bytes.subarray(0, 8).toString()).toBe('PTCENV1\n');
  expect(bytes.length).toBe(manifest.bytes);
  const email = (await t.db.query('select email from contact where id = $1', [school.contactId])).rows[0].email;
  expect(bytes.includes(Buffer.from(email))).toBe(false);

  const listed = await cli(['backups', 'list']);
  expect(listed.status).toBe(0);
  expect(listed.output).toContain(`${manifest.file}  ${manifest.createdAt}  ${manifest.bytes} bytes  key k1`);
  const verified = await cli(['backup', 'verify', manifest.file]);
  expect(verified.output).toContain(`backup ${manifest.file} of ${manifest.createdAt} is whole and authentic`);
  expect(verified.status).toBe(0);
}, 60_000);

it('journals an erasure into the bucket even when the bucket was down at the time, and a restore from the bucket alone erases the person again after the database is lost', async () => {
  const erased = (await t.db.query(
    `select cl.contact_id from contact_link cl join student s on s.id = cl.student_id where s.school_id = $1 and s.sis_id = 'S5' order by cl.contact_id limit 1`,
    [school.id],
  )).rows[0].contact_id as string;
  const othersInSchool = (await t.db.query('select count(*)::int as n from contact where school_id = $1', [school.id])).rows[0].n - 1;

  // The storage is briefly unreachable when the erasure happens: the journal entry waits in the outbox.
  await s3.pause();
  t.clock.set(new Date('2027-02-02T10:00:00Z'));
  await request(t.http).post('/api/v1/admin/privacy/erasures').set('Authorization', `Bearer ${school.adminToken}`).send({ personKind: 'contact', personId: erased }).expect(200);
  await drainOutbox(t);
  const waiting = (await t.db.query("select status, attempts from outbox_message where topic = 'erasure-journal'")).rows;
  expect(waiting).toEqual([{ status: 'pending', attempts: 1 }]);
  await s3.resume();
  t.clock.set(new Date('2027-02-02T11:00:00Z'));
  await drainOutbox(t);
  const journal = await s3.keys(`${PREFIX}/journal/`);
  expect(journal).toEqual([expect.stringMatching(/^school-backups\/journal\/20270202T100000\.000Z-[0-9a-f]{16}\.entry$/)]);
  // Ids only, and encrypted even so.
  const entry = await s3.object(journal[0]);
  expect(entry.subarray(0, 8).toString()).toBe('PTCENV1\n');
  expect(entry.includes(Buffer.from(erased))).toBe(false);

  // The disaster: the database is gone. Only the bucket and the keys are left.
  await t.close();
  t = undefined as unknown as TestApp;
  const target = await createEmptyDatabase();
  cleanups.push(target.drop);
  const restored = await cli(['restore', manifest.file, '--database-url', target.url]);
  expect(restored.output).toContain(`erasure journal (s3://ptc-backups/${PREFIX}) re-applied: 1 of 1 erasure(s) recorded since the backup, 0 school purge(s)`);
  expect(restored.status).toBe(0);
  expect(await query(target.url, 'select count(*)::int as n from contact where id = $1', [erased])).toEqual([{ n: 0 }]);
  expect(await query(target.url, 'select count(*)::int as n from contact_link where contact_id = $1', [erased])).toEqual([{ n: 0 }]);
  expect(await query(target.url, 'select person_id from erasure_ledger')).toEqual([{ person_id: erased }]);
  // Everyone else is back.
  expect(await query(target.url, 'select count(*)::int as n from contact where school_id = $1', [school.id])).toEqual([{ n: othersInSchool }]);
}, 120_000);

it('keeps the retention across two instances writing to the same bucket: old backups of both go, the newest of all stays, and the journal goes with the backups it served', async () => {
  const first = await startTestApp(appEnv());
  const second = await startTestApp({ ...appEnv(), JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
  cleanups.push(second.close, first.close);
  first.clock.set(new Date('2027-03-01T01:00:00Z'));
  const fromFirst = await first.app.get(BackupService).backup();
  second.clock.set(new Date('2027-03-05T01:00:00Z'));
  const fromSecond = await second.app.get(BackupService).backup();

  // Both see all three backups (the one of 2 February came from the instance whose database was lost).
  for (const instance of [first, second]) {
    expect((await instance.app.get(BackupService).manifests()).map((m) => m.file)).toEqual([manifest.file, fromFirst.file, fromSecond.file]);
  }
  // 2 February is 36 days old on 10 March; both instances prune at once.
  first.clock.set(new Date('2027-03-10T01:00:00Z'));
  second.clock.set(new Date('2027-03-10T01:00:00Z'));
  await Promise.all([first.app.get(BackupService).prune(), second.app.get(BackupService).prune()]);
  const backups = (await s3.keys(`${PREFIX}/`)).filter((k) => !k.includes('/journal/'));
  expect(backups).toEqual([fromFirst.file, `${fromFirst.file}.manifest.json`, fromSecond.file, `${fromSecond.file}.manifest.json`].map((f) => `${PREFIX}/${f}`));
  // The erasure of 2 February is in no backup kept any more: its journal entry went with the backup.
  expect(await s3.keys(`${PREFIX}/journal/`)).toEqual([]);

  // A year later only the newest of all is kept, whichever instance prunes.
  first.clock.set(new Date('2028-03-10T01:00:00Z'));
  expect(await first.app.get(BackupService).prune()).toBe(1);
  expect((await second.app.get(BackupService).manifests()).map((m) => m.file)).toEqual([fromSecond.file]);
}, 120_000);
