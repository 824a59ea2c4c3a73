import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { BackupJob, BackupService, BackupWatch, JobRunner, manifestName, tableDigest, type BackupManifest } from '@ptc/platform';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { createEmptyDatabase } from '../support/test-database.js';
import { asScheduledJob, createOperator, drainOutbox, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

const ROOT = resolve(import.meta.dirname, '../..');
const oldKey = `k1:${randomBytes(32).toString('base64')}`;
const newKey = `k2:${randomBytes(32).toString('base64')}`;
const backupDir = mkdtempSync(join(tmpdir(), 'ptc-backups-'));
let t: TestApp;
let school: BookedSchool;
let manifest: BackupManifest;
let file: string;
const targets: { drop: () => Promise<void> }[] = [];
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** `npm run cli -- restore ...` as an operator runs it. */
function restore(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', 'restore', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', SEED_DEMO: 'false', BACKUP_DIR: backupDir, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
async function emptyTarget() {
  const db = await createEmptyDatabase();
  targets.push(db);
  return db.url;
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

let operatorToken: string;

beforeAll(async () => {
  t = await startTestApp({ BACKUP_DIR: backupDir, ENCRYPTION_KEYS: oldKey, OPERATOR_EMAIL: 'ops@vendor.example' });
  t.clock.set(new Date('2027-02-01T09:00:00Z'));
  operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'backed-up');
  t.clock.set(new Date('2027-02-02T01:00:00Z'));
  const run = await t.app.get(JobRunner).run('backup', 'daily', () => t.app.get(BackupJob).run());
  expect(run).toMatchObject({ tables: expect.any(Number), pruned: 0 });
  [manifest] = await t.app.get(BackupService).manifests();
  file = join(backupDir, manifest.file);
}, 60_000);
afterAll(async () => {
  for (const target of targets) await target.drop();
  await t?.close();
  rmSync(backupDir, { recursive: true, force: true });
});

/** Another `npm run cli -- …` command against this file's database and backups. */
function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', SEED_DEMO: 'false', DATABASE_URL: t.config.databaseUrl!, BACKUP_DIR: backupDir, ENCRYPTION_KEYS: oldKey },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the backup commands', () => {
  it('list the backups, and verify one without restoring it: a changed byte is found', () => {
    const listed = cli(['backups', 'list']);
    expect(listed.status).toBe(0);
    expect(listed.output).toContain(`${manifest.file}  ${manifest.createdAt}  ${manifest.bytes} bytes  key k1`);

    const verified = cli(['backup', 'verify', manifest.file]);
    expect(verified.status).toBe(0);
    expect(verified.output).toMatch(/checking .* against the sha256 of its manifest…\nchecking every AES-256-GCM tag with key "k1"…\nbackup .* is whole and authentic/);

    // A copy with one byte changed (and its manifest): refused, and no table is touched.
    const broken = join(backupDir, `broken-${manifest.file}`);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(broken, bytes);
    copyFileSync(manifestName(file), manifestName(broken));
    const refused = cli(['backup', 'verify', broken]);
    expect(refused.status).toBe(65);
    expect(refused.output).toContain('verify failed');
    rmSync(broken);
    rmSync(manifestName(broken));
  });
});

describe('a backup', () => {
  it('is encrypted, and its manifest describes every application table', async () => {
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe('PTCENV1\n');
    const email = (await t.db.query('select email from contact where id = $1', [school.contactId])).rows[0].email;
    expect(bytes.includes(Buffer.from(email))).toBe(false);
    expect(manifest).toMatchObject({ format: 'ptc-backup/1', keyId: 'k1', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    const tables = (await t.db.query("select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'")).rows.map((r) => r.table_name);
    expect(manifest.tables.map((m) => m.name).sort()).toEqual(tables.sort());
    expect(manifest.tables.find((m) => m.name === 'contact')!.rows).toBe(24);
  });
});

describe('the restore drill', () => {
  it('restores into a fresh database with every table’s checksum equal to the manifest, after a key rotation', async () => {
    // Changes after the backup: they must not come back.
    await request(t.http).post('/api/v1/admin/students').set(bearer(school.adminToken)).send({ firstName: 'After', lastName: 'Backup' }).expect(201);
    const target = await emptyTarget();
    const result = restore([file, '--database-url', target], { ENCRYPTION_KEYS: `${newKey},${oldKey}` });
    expect(result.output).toContain(`backup ${manifest.file} of ${manifest.createdAt}: whole and authentic with key "k1"`);
    expect(result.status).toBe(0);
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      for (const table of manifest.tables) {
        expect({ table: table.name, ...(await tableDigest(client, table.name, table.columns)) }).toEqual({ table: table.name, rows: table.rows, sha256: table.sha256 });
      }
    } finally {
      await client.end();
    }
    expect(await query(target, "select count(*)::int as n from student where last_name = 'Backup'")).toEqual([{ n: 0 }]);
    // The planner knows what is there: the restored tables have been analysed.
    const studentRows = manifest.tables.find((table) => table.name === 'student')!.rows;
    expect(studentRows).toBeGreaterThan(0);
    expect(await query(target, "select reltuples::int as rows from pg_class where relname = 'student'")).toEqual([{ rows: studentRows }]);
    // A restored sequence continues after the restored ids.
    await query(target, "insert into job_run (job, tick, instance, started_at) values ('after-restore', 'x', 'test', now())");
  }, 120_000);

  it('re-applies an erasure made after the backup, from the ledger of the database it replaces', async () => {
    const erasedContact = (await t.db.query(
      `select cl.contact_id from contact_link cl join student s on s.id = cl.student_id where s.school_id = $1 and s.sis_id = 'S5' order by cl.contact_id limit 1`,
      [school.id],
    )).rows[0].contact_id;
    await request(t.http).post('/api/v1/admin/privacy/erasures').set(bearer(school.adminToken)).send({ personKind: 'contact', personId: erasedContact }).expect(200);
    const target = await emptyTarget();
    const result = restore([file, '--database-url', target, '--ledger-from', t.config.databaseUrl!], { ENCRYPTION_KEYS: oldKey });
    expect(result.output).toContain('ledger re-applied: 1 of 1 erasure(s)');
    expect(result.status).toBe(0);
    expect(await query(target, 'select count(*)::int as n from contact where id = $1', [erasedContact])).toEqual([{ n: 0 }]);
    expect(await query(target, 'select count(*)::int as n from contact_link where contact_id = $1', [erasedContact])).toEqual([{ n: 0 }]);
    expect(await query(target, 'select person_id from erasure_ledger')).toEqual([{ person_id: erasedContact }]);
    // Everyone else is back.
    expect(await query(target, 'select count(*)::int as n from contact where school_id = $1', [school.id])).toEqual([{ n: 23 }]);
  }, 120_000);

  it('refuses a file with one flipped byte (GCM tag) and leaves the target empty', async () => {
    const tampered = join(backupDir, 'tampered.backup');
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(tampered, bytes);
    // The manifest is made to match, so only the encryption can notice.
    writeFileSync(manifestName(tampered), JSON.stringify({ ...manifest, file: 'tampered.backup', sha256: createHash('sha256').update(bytes).digest('hex') }));
    const target = await emptyTarget();
    try {
      const result = restore([tampered, '--database-url', target], { ENCRYPTION_KEYS: oldKey });
      expect(result.status).toBe(65);
      expect(result.output).toContain('restore refused: the file does not authenticate with key "k1"');
      // Refused before anything was written: not even the schema.
      expect(await query(target, "select count(*)::int as n from information_schema.tables where table_schema = 'public'")).toEqual([{ n: 0 }]);
    } finally {
      rmSync(tampered, { force: true });
      rmSync(manifestName(tampered), { force: true });
    }
  }, 120_000);

  it('refuses a damaged file before decrypting, a wrong or missing key with a clear error, and a non-empty target', async () => {
    const copy = join(backupDir, 'copy.backup');
    copyFileSync(file, copy);
    writeFileSync(manifestName(copy), JSON.stringify({ ...manifest, sha256: '0'.repeat(64) }));
    const target = await emptyTarget();
    expect(restore([copy, '--database-url', target], { ENCRYPTION_KEYS: oldKey }).output).toContain('does not match its manifest (sha256)');
    rmSync(copy);
    rmSync(manifestName(copy));

    const wrong = restore([file, '--database-url', target], { ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` });
    expect(wrong.status).toBe(65);
    expect(wrong.output).toContain('restore refused: the file does not authenticate with key "k1"');
    const missing = restore([file, '--database-url', target], { ENCRYPTION_KEYS: newKey });
    expect(missing.output).toContain('restore refused: encrypted with key "k1", which ENCRYPTION_KEYS does not list');

    const filled = restore([file, '--database-url', t.config.databaseUrl!], { ENCRYPTION_KEYS: oldKey });
    expect(filled.status).toBe(65);
    expect(filled.output).toContain('the target database is not empty');
  }, 120_000);
});

describe('retention and freshness', () => {
  it('deletes backups older than the retention period, keeping the newest', async () => {
    const backups = t.app.get(BackupService);
    t.clock.set(new Date('2027-03-10T01:00:00Z'));
    await backups.backup();
    expect(await backups.prune()).toBe(1); // the backup of 2 February is 36 days old
    const files = readdirSync(backupDir).filter((f) => f.endsWith('.backup'));
    expect(files).toEqual([expect.stringMatching(/^ptc-20270310T010000Z-[0-9a-f]{6}\.backup$/)]);
  });

  it('shows the age of the last good backup to operators, and emails the operator once when it is older than 25 hours', async () => {
    t.clock.set(new Date('2027-02-03T01:30:00Z')); // 24.5 hours after the backup job's run
    const operatorHealth = () => request(t.http).get('/api/v1/operator/health').set('Authorization', `Bearer ${operatorToken}`).expect(200);
    expect((await operatorHealth()).body.backup).toMatchObject({ lastSucceededAt: expect.stringMatching(/^2027-02-02T01:00/), stale: false });
    t.clock.set(new Date('2027-02-03T02:30:00Z'));
    expect((await operatorHealth()).body.backup).toMatchObject({ stale: true, ageHours: 25.5 });
    expect(JSON.stringify((await request(t.http).get('/health/ready').expect(200)).body)).not.toContain('backup');
    const watch = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(BackupWatch).run()));
    expect(await watch()).toEqual({ alerted: 1 });
    expect(await watch()).toEqual({ alerted: 0 });
    await drainOutbox(t);
    expect(t.mailbox.to('ops@vendor.example').map((m) => m.subject)).toEqual(['PTC: no recent backup']);
  });
});
