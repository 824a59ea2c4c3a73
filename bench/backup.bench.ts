/**
 * npm run bench:backup — backup and restore of a database holding 20 schools of the directory
 * bench's size (2,000 students, 4,000 contacts, 150 teachers, 14,000 links each), on a throwaway
 * embedded PostgreSQL. Prints the encrypted backup's time and throughput, the same snapshot written
 * unencrypted (gzip only) and their ratio, and the time of a real `cli restore` into an empty
 * database. Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { DirectorySyncService, type DirectorySnapshot } from '@ptc/directory';
import { BackupService, ensureDatabaseExists, loadConfig, migrateUnderLock, runAcrossSchools, runForSchool, startEmbeddedPostgres, writeSnapshot, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { createApp } from '../apps/api/src/bootstrap.js';
import { generateDirectory } from '../test/support/directory-factory.js';
import { BENCH_ADMIN_PASSWORD } from './bench-school.js';

const SCHOOLS = 20;
const KEY = `bench:${Buffer.alloc(32, 7).toString('base64')}`;

function sourced(snapshot: DirectorySnapshot) {
  const origin = { file: 'bench', line: 0 };
  const add = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, origin }));
  return { snapshot: { students: add(snapshot.students), contacts: add(snapshot.contacts), teachers: add(snapshot.teachers), contactLinks: add(snapshot.contactLinks), teacherLinks: add(snapshot.teacherLinks) }, problems: [] };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ptc-bench-'));
  const backupDir = mkdtempSync(join(tmpdir(), 'ptc-bench-backups-'));
  const server = await startEmbeddedPostgres({ dataDir, port: 54400 + Math.floor(Math.random() * 500), persistent: false });
  await ensureDatabaseExists(server.url('postgres'), 'ptc_bench');
  await ensureDatabaseExists(server.url('postgres'), 'ptc_restored');
  const databaseUrl = server.url('ptc_bench');
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, OUTBOX_WORKER_ENABLED: 'false', SEED_DEMO: 'false', SCHEDULER_ENABLED: 'false', BACKUP_DIR: backupDir, ENCRYPTION_KEYS: KEY });
  const app = await createApp(config, { logger: ['error'] });
  await app.init();
  const orm = app.get(MikroORM);
  await migrateUnderLock(orm);

  const directory = generateDirectory(2000, 150, 5);
  for (let i = 0; i < SCHOOLS; i++) {
    const created = await OrmRequestContext.create(orm.em, () => runAcrossSchools('bench: the operator sets up the school', () =>
      app.get(SchoolsService).create({
        name: `Bench School ${i}`, slug: `bench-${i}`, timezone: 'Europe/London',
        technicalContact: { name: 'T', email: `t${i}@bench.example` }, financeContact: { name: 'F', email: `f${i}@bench.example` },
        admin: { screenName: 'admin', password: BENCH_ADMIN_PASSWORD },
      })),
    );
    const principal: Principal = { userId: created.admin.id, schoolId: created.school.id, role: 'school_admin', personId: null };
    await OrmRequestContext.create(orm.em, () => runForSchool(created.school.id, () => app.get(DirectorySyncService).sync(principal, sourced(directory), { source: 'json', dryRun: false, force: false })));
  }
  const rows = (await orm.em.getConnection().execute<{ n: number }[]>(
    `select (select count(*) from student) + (select count(*) from contact) + (select count(*) from teacher) + (select count(*) from contact_link) + (select count(*) from teacher_link) as n`,
  ))[0].n;
  console.log(`seeded: ${SCHOOLS} schools, ${Number(rows).toLocaleString('en')} directory rows`);

  const time = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000 };
  };
  // The same snapshot twice: gzip only, then gzip and AES-256-GCM (the real backup). Plaintext bytes counted once.
  const plainFile = join(backupDir, 'unencrypted.snapshot');
  const plain = await time(() => writeSnapshot(databaseUrl, createWriteStream(plainFile), [createGzip({ level: 6 })]));
  const encrypted = await time(() => runAcrossSchools('bench: the backup job', () => app.get(BackupService).backup()));
  const tableRows = encrypted.result.tables.reduce((n, t) => n + t.rows, 0);
  const file = join(backupDir, encrypted.result.file);
  const mbOf = (bytes: number) => bytes / 1024 / 1024;
  const cli = fileURLToPath(new URL('../apps/cli/src/main.js', import.meta.url));
  const loader = fileURLToPath(new URL('../../dist-loader.mjs', import.meta.url));
  const restore = await time(() =>
    promisify(execFile)(process.execPath, ['--import', loader, cli, 'restore', file, '--database-url', server.url('ptc_restored')], {
      env: { ...process.env, NODE_ENV: 'test', ENCRYPTION_KEYS: KEY, SEED_DEMO: 'false', DATABASE_URL: '', BACKUP_DIR: backupDir },
      maxBuffer: 16 * 1024 * 1024,
    }),
  );

  const f = (n: number, d = 1) => n.toFixed(d);
  console.log(`\n${tableRows.toLocaleString('en')} rows in ${encrypted.result.tables.length} tables`);
  console.log(`unencrypted snapshot (gzip):        ${f(plain.seconds, 2)} s, ${f(tableRows / plain.seconds / 1000, 0)}k rows/s, ${f(mbOf(statSync(plainFile).size))} MB written`);
  console.log(`encrypted backup (gzip + AES-GCM):  ${f(encrypted.seconds, 2)} s, ${f(tableRows / encrypted.seconds / 1000, 0)}k rows/s, ${f(mbOf(encrypted.result.bytes))} MB written`);
  console.log(`ratio encrypted / unencrypted throughput: ${f(plain.seconds / encrypted.seconds, 2)}   (target >= 0.8)`);
  console.log(`restore (cli: sha256, GCM check, load in one transaction, per-table checksums, migrations): ${f(restore.seconds, 2)} s, ${f(tableRows / restore.seconds / 1000, 0)}k rows/s`);

  await app.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(backupDir, { recursive: true, force: true });
}

await main();
