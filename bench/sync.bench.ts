/**
 * npm run bench:sync — wall time and peak memory of the information-system sync for a
 * 2,000-student school (4,000 contacts, 150 teachers, 14,000 links), on a throwaway embedded
 * PostgreSQL (or DATABASE_URL). Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { DirectorySyncService, type DirectorySnapshot } from '@ptc/directory';
import { ensureDatabaseExists, loadConfig, migrateUnderLock, runAcrossSchools, runForSchool, startEmbeddedPostgres, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { createApp } from '../apps/api/src/bootstrap.js';
import { clone, generateDirectory } from '../test/support/directory-factory.js';
import { BENCH_ADMIN_PASSWORD } from './bench-school.js';

const STUDENTS = 2000;
const TEACHERS = 150;
const TEACHERS_PER_STUDENT = 5;

function sourced(snapshot: DirectorySnapshot) {
  const origin = { file: 'bench', line: 0 };
  const add = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, origin }));
  return {
    snapshot: {
      students: add(snapshot.students),
      contacts: add(snapshot.contacts),
      teachers: add(snapshot.teachers),
      contactLinks: add(snapshot.contactLinks),
      teacherLinks: add(snapshot.teacherLinks),
    },
    problems: [],
  };
}

/** 5 % of people changed, 1 % of students and contacts deleted (with their links). */
function changed(base: DirectorySnapshot): DirectorySnapshot {
  const next = clone(base);
  next.students.forEach((s, i) => i % 20 === 0 && (s.yearLabel = `${s.yearLabel} (moved)`));
  next.contacts.forEach((c, i) => i % 20 === 0 && (c.email = `changed.${c.email}`));
  next.teachers.forEach((t, i) => i % 20 === 0 && (t.phone = '+44 20 7946 0999'));
  const goneStudents = new Set(next.students.filter((_, i) => i % 100 === 1).map((s) => s.sisId));
  const goneContacts = new Set(next.contacts.filter((_, i) => i % 100 === 2).map((c) => c.sisId));
  next.students = next.students.filter((s) => !goneStudents.has(s.sisId));
  next.contacts = next.contacts.filter((c) => !goneContacts.has(c.sisId));
  next.contactLinks = next.contactLinks.filter((l) => !goneStudents.has(l.studentSisId) && !goneContacts.has(l.contactSisId));
  next.teacherLinks = next.teacherLinks.filter((l) => !goneStudents.has(l.studentSisId));
  return next;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  let dataDir: string | undefined;
  let stop = async () => {};
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'ptc-bench-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: 54400 + Math.floor(Math.random() * 500), persistent: false });
    stop = () => pg.stop();
    await ensureDatabaseExists(pg.url('postgres'), 'ptc_bench');
    databaseUrl = pg.url('ptc_bench');
  }
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, OUTBOX_WORKER_ENABLED: 'false', SEED_DEMO: 'false' });
  const app = await createApp(config, { logger: ['error'] });
  await app.init();
  const orm = app.get(MikroORM);
  await migrateUnderLock(orm);

  console.log(`peak RSS before the sync (app started): ${mb(process.resourceUsage().maxRSS)}`);
  const base = generateDirectory(STUDENTS, TEACHERS, TEACHERS_PER_STUDENT);
  const links = base.contactLinks.length + base.teacherLinks.length;
  console.log(`school: ${base.students.length} students, ${base.contacts.length} contacts, ${base.teachers.length} teachers, ${links} links`);

  const created = await OrmRequestContext.create(orm.em, () => runAcrossSchools('bench: the operator sets up the school', () =>
    app.get(SchoolsService).create({
      name: 'Bench School', slug: 'bench', timezone: 'Europe/London',
      technicalContact: { name: 'T', email: 't@bench.example' }, financeContact: { name: 'F', email: 'f@bench.example' },
      admin: { screenName: 'admin', password: BENCH_ADMIN_PASSWORD },
    })),
  );
  const principal: Principal = { userId: created.admin.id, schoolId: created.school.id, role: 'school_admin', personId: null };
  const sync = app.get(DirectorySyncService);
  const run = (snapshot: DirectorySnapshot) =>
    OrmRequestContext.create(orm.em, () => runForSchool(created.school.id, () => sync.sync(principal, sourced(snapshot), { source: 'json', dryRun: false, force: false })));

  const phases: [string, DirectorySnapshot, string][] = [
    ['initial sync', base, '< 5 s'],
    ['unchanged re-sync', base, '< 1.5 s'],
    ['5 % changed, 1 % deleted', changed(base), ''],
  ];
  console.log('\nphase                       wall time   changes   peak RSS so far   target');
  for (const [name, snapshot, target] of phases) {
    // Start each phase from a collected heap, so one phase's garbage is not billed to the next.
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const result = await run(snapshot);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${name.padEnd(27)} ${`${seconds.toFixed(2)} s`.padStart(9)}   ${String(result.totalChanges).padStart(7)}   ${mb(process.resourceUsage().maxRSS).padStart(15)}   ${target}`,
    );
  }
  await app.close();
  await stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

await main();
