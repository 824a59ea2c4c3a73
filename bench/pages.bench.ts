/**
 * npm run bench:pages — the pages people open in a rush, against the booking bench's school with
 * varied families (2,000 families of 1-3 children, each child linked to 3-6 teachers; 150
 * teachers × 30 slots), this term's evening 60 % booked and last term's fully booked. The API runs
 * in its own process as `start:prod` runs it; the load comes from another process over 64
 * connections. Each route is printed beside the stack's ceiling (GET /school) measured in the
 * same run, with the CPU each request cost the API and PostgreSQL. BENCH_EXPLAIN=1 prints the
 * plans of the pages' statements instead, with what a call costs under each plan cache mode.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { cpuSecondsDuring, postgresProcesses, startApiInstances } from './bench-processes.js';
import { seedBenchSchool, type BenchSchool } from './bench-school.js';
import { appointmentPeopleOf, familyOf } from '../libs/directory/src/people/people.queries.js';
import { eveningFreeSlotsOf, studentsAppointmentsOf, teacherAppointmentsOf, upcomingAppointmentsOf } from '../libs/bookings/src/evenings/evening.queries.js';

const CONNECTIONS = 64;
/**
 * Five to eight seconds per route on this machine. Runs of 4,000 requests lasted two seconds, and
 * their p99 depended on whether one of the API's old-space collections (one about every 8 s under
 * this load, seen with --trace-gc; its marking shares the two cores) fell inside the run.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 16000);
const BOOKED_SHARE = 0.6;

interface Measured {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  serverErrors: number;
  other: number;
  apiCpuSeconds: number;
  dbCpuSeconds: number;
}

/**
 * Books 60 % of every teacher's slots for students linked to them: no student twice with a
 * teacher, no parent in two places at once (what the constraints also hold).
 */
async function bookSixtyPercent(school: BenchSchool): Promise<number> {
  const { db, snapshot, teacherIds, studentIds, contactIds, eveningId, schoolId, admin } = school;
  const slots = (await db.query('select id, teacher_id, starts_at, ends_at from slot where evening_id = $1 order by teacher_id, starts_at', [eveningId])).rows;
  const contactOf = new Map(snapshot.contactLinks.map((l) => [l.studentSisId, l.contactSisId]));
  const studentsOf = new Map<string, string[]>();
  for (const link of snapshot.teacherLinks) studentsOf.set(link.teacherSisId, [...(studentsOf.get(link.teacherSisId) ?? []), link.studentSisId]);
  const busy = new Set<string>();
  const rows: unknown[][] = [];
  const byTeacher = new Map<string, typeof slots>();
  for (const slot of slots) byTeacher.set(slot.teacher_id, [...(byTeacher.get(slot.teacher_id) ?? []), slot]);
  for (const [teacherSis, teacherId] of teacherIds) {
    const own = byTeacher.get(teacherId) ?? [];
    const waiting = [...(studentsOf.get(teacherSis) ?? [])];
    own.forEach((slot, index) => {
      if (index % 5 >= BOOKED_SHARE * 5) return;
      const at = waiting.findIndex((student) => !busy.has(`${contactOf.get(student)}@${slot.starts_at.toISOString()}`));
      if (at < 0) return;
      const [student] = waiting.splice(at, 1);
      const contact = contactOf.get(student)!;
      busy.add(`${contact}@${slot.starts_at.toISOString()}`);
      rows.push([slot.id, teacherId, studentIds.get(student), contactIds.get(contact), slot.starts_at, slot.ends_at]);
    });
  }
  await db.query(
    `with booked as (
       insert into appointment (id, school_id, evening_id, slot_id, teacher_id, student_id, contact_id, starts_at, ends_at, parent_busy, status, sequence, booked_by, created_at)
       select gen_random_uuid(), $1, $2, r.slot_id, r.teacher_id, r.student_id, r.contact_id, r.starts_at, r.ends_at, tstzrange(r.starts_at, r.ends_at), 'active', 0, $3, now()
         from jsonb_to_recordset($4::jsonb) as r(slot_id uuid, teacher_id uuid, student_id uuid, contact_id uuid, starts_at timestamptz, ends_at timestamptz)
       returning id, school_id, booked_by)
     insert into appointment_history (school_id, appointment_id, action, actor_user_id, at) select school_id, id, 'booked', booked_by, now() from booked`,
    [schoolId, eveningId, admin.userId, JSON.stringify(rows.map(([slot_id, teacher_id, student_id, contact_id, starts_at, ends_at]) => ({ slot_id, teacher_id, student_id, contact_id, starts_at, ends_at })))],
  );
  await db.query('vacuum analyze');
  return rows.length;
}

/** Kilobytes of resident memory of a process now, and its peak so far (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** BENCH_EXPLAIN=1: the plans of the evening page's statements (for a family of three) and the teacher schedule's, on this data. */
async function explainPlans(school: BenchSchool): Promise<void> {
  const { db, schoolId, eveningId, contactIds } = school;
  const contactId = contactIds.get('C2')!;
  const teacherIds = (await db.query('select distinct tl.teacher_id from contact_link cl join teacher_link tl on tl.student_id = cl.student_id where cl.contact_id = $1', [contactId])).rows.map((r) => r.teacher_id);
  const studentIds = (await db.query('select student_id from contact_link where contact_id = $1', [contactId])).rows.map((r) => r.student_id);
  // What a call costs as a named prepared statement, PostgreSQL choosing custom
  // or generic plans itself, then forced to the generic plan.
  const teacherId = teacherIds[0];
  const scheduled = (await db.query("select teacher_id, student_id, contact_id from appointment where evening_id = $1 and teacher_id = $2 and status = 'active'", [eveningId, teacherId])).rows;
  const cases = [
    ['family', familyOf, [schoolId, contactId]],
    ["the evening's free slots (once a second per instance)", eveningFreeSlotsOf, [eveningId, schoolId]],
    ['appointments', studentsAppointmentsOf, [eveningId, schoolId, studentIds]],
    ["the family's upcoming appointments (parent's home)", upcomingAppointmentsOf, [schoolId, studentIds, new Date()]],
    ["a teacher's appointments", teacherAppointmentsOf, [eveningId, schoolId, teacherId]],
    [`their people (${scheduled.length})`, appointmentPeopleOf, [schoolId, ...(['teacher_id', 'student_id', 'contact_id'] as const).map((column) => scheduled.map((row) => row[column] as string))]],
  ] as const;
  for (const mode of ['auto', 'force_generic_plan']) {
    await db.query(`set plan_cache_mode = '${mode}'`);
    for (const [name, statement, params] of cases) {
      const started = performance.now();
      for (let i = 0; i < 300; i++) await db.query({ name: `${statement.name}-${mode}`, text: statement.text, values: [...params] });
      const [plans] = (await db.query('select generic_plans, custom_plans from pg_prepared_statements where name = $1', [`${statement.name}-${mode}`])).rows;
      console.log(`${name}, plan_cache_mode ${mode}: ${(((performance.now() - started) / 300) * 1000).toFixed(0)} µs per call (round trip included), ${plans.generic_plans} generic and ${plans.custom_plans} custom plans`);
    }
  }
  // The plans below are the generic ones, the only ones the API's sessions use (SESSION_OPTIONS in orm-options).
  await db.query("set plan_cache_mode = 'force_generic_plan'");
  for (const [name, statement, params] of cases) {
    await db.query(`prepare explained as ${statement.text}`);
    const literal = (value: unknown) => (Array.isArray(value) ? `array[${value.map((v) => db.escapeLiteral(String(v))).join(', ')}]::uuid[]` : db.escapeLiteral(value instanceof Date ? value.toISOString() : String(value)));
    const plan = (await db.query(`explain (analyze, buffers, costs off) execute explained(${params.map(literal).join(', ')})`)).rows;
    await db.query('deallocate explained');
    console.log(`\n${name}:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}

async function main() {
  const school = await seedBenchSchool({ families: 'varied' });
  const { config, db, schoolId, eveningId, teacherIds, tokenOf, adminToken } = school;
  const booked = await bookSixtyPercent(school);
  const slotCount = (await db.query('select count(*)::int as n from slot where evening_id = $1', [eveningId])).rows[0].n;
  console.log(`this term's evening: ${booked} of ${slotCount} slots booked`);

  if (process.env.BENCH_EXPLAIN) {
    await explainPlans(school);
    await school.close();
    return;
  }

  // A login for every teacher, tokens signed directly (as the seed does for parents).
  const teacherRows = [...teacherIds.values()].map((id, i) => `('${crypto.randomUUID()}', '${schoolId}', '${id}', 'teacher', 'teacher${i}', 'x', 0, 'active', now())`);
  await db.query(`insert into app_user (id, school_id, person_id, role, screen_name, password_hash, token_version, status, created_at) values ${teacherRows.join(',')}`);
  const jwt = school.app.get(JwtService);
  const teacherTokens = await Promise.all(
    (await db.query("select id from app_user where role = 'teacher'")).rows.map((u) => jwt.signAsync({ sub: u.id, school: schoolId, role: 'teacher', ver: 0 })),
  );
  const parentTokens = [...tokenOf.values()];

  const { servers, urls } = await startApiInstances(1, { databaseUrl: school.databaseUrl, jwtSecret: config.jwt.secret, env: school.tenantUrl ? { DATABASE_TENANT_URL: school.tenantUrl } : {} });
  const api = servers[0];
  const client = fileURLToPath(new URL('../../bench/booking-client.mjs', import.meta.url));
  const walled = { pid: String(api.pid), urls };
  const run = async (requests: { token: string; path?: string }[], path: string, connections = CONNECTIONS, on = walled): Promise<Measured> => {
    const file = join(tmpdir(), `ptc-bench-pages-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ urls: on.urls, connections, method: 'GET', path, requests }));
    const pid = on.pid;
    const [[result, apiCpuSeconds], dbCpuSeconds] = await cpuSecondsDuring(postgresProcesses, () =>
      cpuSecondsDuring((p) => p === pid, async () => JSON.parse((await promisify(execFile)(process.execPath, [client, file], { encoding: 'utf8', maxBuffer: 1 << 24 })).stdout)));
    rmSync(file, { force: true });
    return { ...result, apiCpuSeconds, dbCpuSeconds };
  };
  const spread = <T>(tokens: T[], n = REQUESTS) => Array.from({ length: n }, (_, i) => tokens[(i * 7919) % tokens.length]);
  const warmAndMeasure = async (requests: { token: string; path?: string }[], path: string, connections = CONNECTIONS, on = walled) => {
    await run(requests, path, connections, on);
    return run(requests, path, connections, on);
  };

  const teacherIdList = [...teacherIds.values()];
  const ceiling = await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), '/api/v1/school');
  const routes: { name: string; target: string; result: Measured }[] = [];
  routes.push({ name: "parent's evening page  GET /parent/events/:id", target: '>= 0.5 of ceiling, p99 < 50 ms', result: await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), `/api/v1/parent/events/${eveningId}`) });
  routes.push({ name: "parent's home: evenings  GET /parent/events", target: '>= 0.5 of ceiling', result: await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), '/api/v1/parent/events') });
  routes.push({ name: "parent's home: appointments  GET /parent/appointments", target: '>= 0.5 of ceiling', result: await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), '/api/v1/parent/appointments') });
  routes.push({ name: "teacher's schedule  GET /teacher/events/:id/schedule", target: '>= 0.5 of ceiling', result: await warmAndMeasure(spread(teacherTokens).map((token) => ({ token })), `/api/v1/teacher/events/${eveningId}/schedule`) });
  routes.push({
    name: "admin: one teacher's slots  GET /admin/events/:id/slots?teacherId",
    target: '(listing)',
    result: await warmAndMeasure(spread(teacherIdList, 2000).map((teacherId) => ({ token: adminToken, path: `/api/v1/admin/events/${eveningId}/slots?teacherId=${teacherId}&limit=500` })), '/'),
  });
  const grid = await warmAndMeasure(Array.from({ length: 50 }, () => ({ token: adminToken })), `/api/v1/admin/events/${eveningId}/grid`, 1);
  const before = memoryOf(api.pid!);
  const exportRun = await warmAndMeasure(Array.from({ length: 10 }, () => ({ token: adminToken })), `/api/v1/admin/events/${eveningId}/bookings.csv`, 1);
  const after = memoryOf(api.pid!);
  // The export read in batches must still hold every appointment exactly once.
  const exported = await (await fetch(`${urls[0]}/api/v1/admin/events/${eveningId}/bookings.csv`, { headers: { authorization: `Bearer ${adminToken}` } })).text();
  const [header, ...rows] = exported.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const idColumn = header.split(',').indexOf('appointment_id');
  const exportedIds = new Set(rows.map((line) => line.split(',')[idColumn]));
  const appointmentCount = (await db.query('select count(*)::int as n from appointment where evening_id = $1', [eveningId])).rows[0].n;
  if (exportedIds.size !== appointmentCount) throw new Error(`the export holds ${exportedIds.size} distinct appointments of ${appointmentCount}`);

  // What row-level security costs on the pages of the rush: the same runs on an instance that does
  // not set each connection's role and school (DATABASE_ROW_SECURITY=false; the bench's login passes the policies).
  const unwalled = await startApiInstances(1, { databaseUrl: school.databaseUrl, jwtSecret: config.jwt.secret, env: { DATABASE_ROW_SECURITY: 'false' } });
  const bare = { pid: String(unwalled.servers[0].pid), urls: unwalled.urls };
  const withoutWall = {
    evening: await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), `/api/v1/parent/events/${eveningId}`, CONNECTIONS, bare),
    home: await warmAndMeasure(spread(parentTokens).map((token) => ({ token })), '/api/v1/parent/appointments', CONNECTIONS, bare),
  };
  for (const child of unwalled.servers) child.kill('SIGTERM');

  const f = (n: number, d = 1) => n.toFixed(d);
  const perRequest = (seconds: number, n: number) => f((seconds / n) * 1e6, 0);
  console.log(`\n${REQUESTS} GET requests per route over ${CONNECTIONS} connections from a separate process, 1 API instance (start:prod), each after one unmeasured warm-up run`);
  const line = (name: string, m: Measured, target: string) =>
    console.log(
      `  ${name.padEnd(70)} ${f(m.perSecond, 0).padStart(6)}/s  p50 ${f(m.p50).padStart(6)} ms  p99 ${f(m.p99).padStart(6)} ms  ratio ${f(m.perSecond / ceiling.perSecond, 2)}  ` +
        `CPU/request API ${perRequest(m.apiCpuSeconds, m.requests)} µs, PostgreSQL ${perRequest(m.dbCpuSeconds, m.requests)} µs  ` +
        `(200: ${m.ok}, other: ${m.other + m.serverErrors})  target ${target}`,
    );
  line('ceiling  GET /school (token check + one read)', ceiling, '-');
  for (const route of routes) line(route.name, route.result, route.target);
  console.log(`  admin: whole-evening grid data (${slotCount} slots)  GET /admin/events/:id/grid, one at a time: p50 ${f(grid.p50)} ms, p99 ${f(grid.p99)} ms  (target p50 < 100 ms; 200: ${grid.ok})`);
  console.log(
    `  bookings export (${booked} rows CSV)  GET /admin/events/:id/bookings.csv, one at a time: p50 ${f(exportRun.p50)} ms, p99 ${f(exportRun.p99)} ms  (target < 300 ms; 200: ${exportRun.ok}); ` +
      `API memory ${f(before.rss / 1024)} MB before, ${f(after.rss / 1024)} MB after 20 exports, peak ${f(before.peak / 1024)} → ${f(after.peak / 1024)} MB (flat: streamed)`,
  );
  const cost = (walledRun: Measured, bareRun: Measured) => `${f(bareRun.perSecond, 0)}/s without the wall, ${f(walledRun.perSecond, 0)}/s with it: it costs ${f((1 - walledRun.perSecond / bareRun.perSecond) * 100, 1)} %`;
  console.log(`  row-level security (DATABASE_ROW_SECURITY=false on a second instance, same runs): parent's evening page ${cost(routes[0].result, withoutWall.evening)}; parent's appointments ${cost(routes[2].result, withoutWall.home)}`);
  for (const child of servers) child.kill('SIGTERM');
  await school.close();
}

await main();
