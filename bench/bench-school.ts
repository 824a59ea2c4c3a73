/**
 * The benches' school: 150 teachers, 2,000 families (one child each, three teachers per child),
 * in a database that has served a term already (last term's evening fully booked, statistics
 * analysed), with this term's evening published and open, and a login for every parent
 * (`parent<i>`, password BENCH_PARENT_PASSWORD). Shared by bench:booking and bench:web.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import pg from 'pg';
import { hash } from '@node-rs/argon2';
import { DirectorySyncService, type DirectorySnapshot } from '@ptc/directory';
import { enableTenantLogin, ensureDatabaseExists, tenantUrlOf, loadConfig, migrateUnderLock, runAcrossSchools, runForSchool, startEmbeddedPostgres, type AppConfig, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { createApp } from '../apps/api/src/bootstrap.js';
import { freePort } from './bench-processes.js';

export const TEACHERS = 150;
export const PARENTS = 2000;
const TEACHERS_PER_STUDENT = 3;
/** The bench school admin's password (a made-up school on a throwaway database). */
export const BENCH_ADMIN_PASSWORD = 'a long evening of rushed appointments';
export const BENCH_PARENT_PASSWORD = 'bench parent password';

export interface BenchSchool {
  databaseUrl: string;
  /** The login of a school's work (ptc_tenant), as production runs it; set for the API instances. */
  tenantUrl?: string;
  config: AppConfig;
  /** The application in this process, for seeding and for the services the raw side reuses. */
  app: NestFastifyApplication;
  db: pg.Client;
  schoolId: string;
  admin: Principal;
  adminToken: string;
  snapshot: DirectorySnapshot;
  teacherIds: Map<string, string>;
  studentIds: Map<string, string>;
  contactIds: Map<string, string>;
  /** This term's evening: published, open for booking. */
  eveningId: string;
  slotsOf: Map<string, string[]>;
  /** A signed token for every parent, by contact id. */
  tokenOf: Map<string, string>;
  close(): Promise<void>;
}

/**
 * The school's people. `families: 'single'` (bench:booking): one child each with three teachers.
 * `'varied'` (bench:pages): 1-3 children per family (the first is `S<p>`, siblings `S<p>b`,
 * `S<p>c`), each linked to 3-6 teachers.
 */
export function directory(families: 'single' | 'varied' = 'single'): DirectorySnapshot {
  const s: DirectorySnapshot = { students: [], contacts: [], teachers: [], contactLinks: [], teacherLinks: [] };
  for (let t = 0; t < TEACHERS; t++) s.teachers.push({ sisId: `T${t}`, title: 'Mx', firstName: `Teacher${t}`, lastName: 'Bench', email: `t${t}@school.example`, phone: null });
  for (let p = 0; p < PARENTS; p++) {
    s.contacts.push({ sisId: `C${p}`, title: null, firstName: `Parent${p}`, lastName: 'Bench', email: `p${p}@home.example`, phone: null });
    const children = families === 'single' ? 1 : 1 + (p % 3);
    for (let c = 0; c < children; c++) {
      const sisId = `S${p}${['', 'b', 'c'][c]}`;
      s.students.push({ sisId, firstName: `Student${p}${['', 'b', 'c'][c]}`, lastName: 'Bench', yearLabel: 'Year 7' });
      s.contactLinks.push({ contactSisId: `C${p}`, studentSisId: sisId, relationship: 'guardian' });
      const teachers = families === 'single' ? TEACHERS_PER_STUDENT : 3 + ((p + c) % 4);
      for (let k = 0; k < teachers; k++) s.teacherLinks.push({ teacherSisId: `T${(p * 7 + c * 11 + k * 31) % TEACHERS}`, studentSisId: sisId, label: null });
    }
  }
  return s;
}

/**
 * A database that has served schools for a while: last term's evening, fully booked (4,500
 * appointments with their history), and the statistics autovacuum keeps. On a pristine database
 * the appointment table is empty when the connections first plan the booking's prepared
 * statements, and the plan they cache (a scan of the whole table) grows slower with every booking of the
 * rush until autovacuum's next analyze, up to a minute later; measured: the evening's facts
 * 400 µs instead of 45. The bench measures the steady state, the same for HTTP and raw.
 */
async function seedEarlierEvening(base: string, adminToken: string, adminUserId: string, db: pg.Client): Promise<void> {
  const earlier = (await (await fetch(`${base}/api/v1/admin/events`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ name: 'Earlier evening', sessions: [{ date: '2026-12-10', start: '16:00', end: '21:00' }], slotMinutes: 10, opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-12-10T12:00:00Z' }),
  })).json()) as { id: string };
  await fetch(`${base}/api/v1/admin/events/${earlier.id}/publish`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
  // Slot t of teacher k goes to student (k + 150 t) mod 2,000: no student twice with one teacher, no parent twice at one time.
  await db.query(
    `with numbered as (
       select s.*, t.index as teacher_index, (row_number() over (partition by s.teacher_id order by s.starts_at) - 1)::int as slot_index
         from slot s join (select id, (substr(sis_id, 2))::int as index from teacher) t on t.id = s.teacher_id
        where s.evening_id = $1),
     pupils as (
       select st.id as student_id, c.id as contact_id, (substr(st.sis_id, 2))::int as index
         from student st join contact c on substr(c.sis_id, 2) = substr(st.sis_id, 2)
        where st.sis_id ~ '^S[0-9]+$'),
     booked as (
       insert into appointment (id, school_id, evening_id, slot_id, teacher_id, student_id, contact_id, starts_at, ends_at, parent_busy, status, sequence, booked_by, created_at)
       select gen_random_uuid(), n.school_id, n.evening_id, n.id, n.teacher_id, p.student_id, p.contact_id, n.starts_at, n.ends_at,
              tstzrange(n.starts_at, n.ends_at), 'active', 0, $2, now()
         from numbered n join pupils p on p.index = (n.teacher_index + ${TEACHERS} * n.slot_index) % ${PARENTS}
       returning id, school_id, booked_by)
     insert into appointment_history (school_id, appointment_id, action, actor_user_id, at) select school_id, id, 'booked', booked_by, now() from booked`,
    [earlier.id, adminUserId],
  );
  await db.query('analyze');
}

export async function seedBenchSchool(options: { families?: 'single' | 'varied' } = {}): Promise<BenchSchool> {
  let stop = async () => {};
  let dataDir: string | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  let tenantUrl = process.env.DATABASE_TENANT_URL;
  if (!databaseUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'ptc-bench-'));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    stop = () => server.stop();
    await ensureDatabaseExists(server.url('postgres'), 'ptc_bench');
    databaseUrl = server.url('ptc_bench');
    const tenantPassword = randomBytes(18).toString('base64url');
    await enableTenantLogin(server.url('postgres'), tenantPassword);
    tenantUrl = tenantUrlOf(databaseUrl, tenantPassword);
  }
  // The default pool size (DATABASE_POOL_MAX): more connections only add database processes competing for the same two cores.
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATABASE_TENANT_URL: tenantUrl, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX, OUTBOX_WORKER_ENABLED: 'false', SCHEDULER_ENABLED: 'false', SEED_DEMO: 'false', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-123' });
  const app = await createApp(config, { logger: ['error'] });
  const orm = app.get(MikroORM);
  await migrateUnderLock(orm);

  // Seed: school, directory, an evening with every teacher, 2,000 parent logins.
  const created = await OrmRequestContext.create(orm.em, () => runAcrossSchools('bench: the operator sets up the school', () =>
    app.get(SchoolsService).create({
      name: 'Bench School', slug: 'bench', timezone: 'Europe/London',
      technicalContact: { name: 'T', email: 't@bench.example' }, financeContact: { name: 'F', email: 'f@bench.example' },
      admin: { screenName: 'admin', password: BENCH_ADMIN_PASSWORD },
    })),
  );
  const schoolId = created.school.id;
  const admin: Principal = { userId: created.admin.id, schoolId, role: 'school_admin', personId: null };
  const snapshot = directory(options.families);
  const origin = { file: 'bench', line: 0 };
  const sourced = Object.fromEntries(Object.entries(snapshot).map(([k, rows]) => [k, (rows as object[]).map((r) => ({ ...r, origin }))]));
  await OrmRequestContext.create(orm.em, () => runForSchool(schoolId, () =>
    app.get(DirectorySyncService).sync(admin, { snapshot: sourced as never, problems: [] }, { source: 'json', dryRun: false, force: false })));

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const teacherIds = new Map((await db.query('select sis_id, id from teacher')).rows.map((r) => [r.sis_id, r.id]));
  const studentIds = new Map((await db.query('select sis_id, id from student')).rows.map((r) => [r.sis_id, r.id]));
  const contactIds = new Map((await db.query('select sis_id, id from contact')).rows.map((r) => [r.sis_id, r.id]));

  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const adminToken = ((await (await fetch(`${url.replace('[::1]', '127.0.0.1')}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ school: 'bench', screenName: 'admin', password: BENCH_ADMIN_PASSWORD }) })).json()) as { accessToken: string }).accessToken;
  const base = url.replace('[::1]', '127.0.0.1');
  const evening = (await (await fetch(`${base}/api/v1/admin/events`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ name: 'Rush', sessions: [{ date: '2027-01-14', start: '16:00', end: '21:00' }], slotMinutes: 10, opensAt: '2026-01-01T00:00:00Z', closesAt: '2027-01-14T12:00:00Z' }),
  })).json()) as { id: string };
  await fetch(`${base}/api/v1/admin/events/${evening.id}/publish`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
  await seedEarlierEvening(base, adminToken, admin.userId, db);
  const slots = (await db.query('select id, teacher_id from slot where evening_id = $1 order by starts_at', [evening.id])).rows;
  const slotsOf = new Map<string, string[]>();
  for (const s of slots) slotsOf.set(s.teacher_id, [...(slotsOf.get(s.teacher_id) ?? []), s.id]);
  console.log(`seeded: ${TEACHERS} teachers × ${slotsOf.get(teacherIds.get('T0'))!.length} slots, ${PARENTS} parents`);

  // Logins for every parent: one argon2 hash shared by all (seeding speed), tokens signed directly.
  const passwordHash = await hash(BENCH_PARENT_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const userRows = snapshot.contacts.map((c, i) => `('${crypto.randomUUID()}', '${schoolId}', '${contactIds.get(c.sisId)}', 'parent', 'parent${i}', '${passwordHash}', 0, 'active', now())`);
  await db.query(`insert into app_user (id, school_id, person_id, role, screen_name, password_hash, token_version, status, created_at) values ${userRows.join(',')}`);
  const users = (await db.query("select id, person_id from app_user where role = 'parent'")).rows;
  const jwt = app.get(JwtService);
  const tokenOf = new Map(await Promise.all(users.map(async (u) => [u.person_id, await jwt.signAsync({ sub: u.id, school: schoolId, role: 'parent', ver: 0 })] as const)));

  return {
    databaseUrl,
    tenantUrl,
    config,
    app,
    db,
    schoolId,
    admin,
    adminToken,
    snapshot,
    teacherIds,
    studentIds,
    contactIds,
    eveningId: evening.id,
    slotsOf,
    tokenOf,
    async close() {
      await db.end();
      await app.close();
      await stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
