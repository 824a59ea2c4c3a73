/**
 * npm run bench:booking — the minute booking opens. Seeds an evening (150 teachers × 30 slots,
 * 2,000 parents with tokens) in a database that has served a term already, starts the real HTTP
 * server in its own process, and fires a rush of bookings from another process over 64
 * connections. Prints bookings/s, p50/p99 latency and status counts, checks by SQL that no slot is
 * booked twice and no parent overlaps, then does the same database work with the pg client at the
 * same concurrency (the booking's own prepared statements) and prints the HTTP/raw ratio, with
 * where each request's CPU went.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bookAppointment, eveningFactsOf } from '../libs/bookings/src/appointments/appointment.queries.js';
import { BookingMailer } from '../libs/bookings/src/appointments/booking-mailer.service.js';
import { bookingLinksOf } from '../libs/directory/src/people/people.queries.js';
import { seedBenchSchool } from './bench-school.js';
import { cpuSecondsDuring, ownCpuSecondsDuring, postgresProcesses, startApiInstances } from './bench-processes.js';

const CONNECTIONS = 64;
/**
 * API instances serving the rush (BENCH_INSTANCES, default 1): each a process of its own started
 * as `npm run start:prod` starts it, as deployed (behind a load balancer when several). The bench
 * process only seeds and measures: its heap (2,000 tokens, the plan, the raw side) would otherwise
 * slow the API's garbage collection down and lengthen its pauses.
 */
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
/** Each parent books each of their child's teachers, aiming at the first slots: a real rush. */
const POPULAR_SLOTS = 10;

async function main() {
  const school = await seedBenchSchool();
  const { databaseUrl, config, app, db, schoolId, admin, snapshot, teacherIds, studentIds, contactIds, slotsOf, tokenOf } = school;
  const evening = { id: school.eveningId };

  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const plan = snapshot.teacherLinks.map((link) => {
    const p = Number(link.studentSisId.slice(1));
    const teacherId = teacherIds.get(link.teacherSisId)!;
    const slotId = slotsOf.get(teacherId)![Math.floor(random() * POPULAR_SLOTS)];
    const body = { eventId: evening.id, studentId: studentIds.get(`S${p}`)!, teacherId, slotId };
    return { token: tokenOf.get(contactIds.get(`C${p}`)!)!, body, contactId: contactIds.get(`C${p}`)! };
  });
  const { servers, urls } = await startApiInstances(INSTANCES, { databaseUrl, jwtSecret: config.jwt.secret, env: school.tenantUrl ? { DATABASE_TENANT_URL: school.tenantUrl } : {} });
  const planFile = join(tmpdir(), `ptc-bench-plan-${process.pid}.json`);
  writeFileSync(planFile, JSON.stringify({ urls, connections: CONNECTIONS, requests: plan.map(({ token, body }) => ({ token, body })) }));

  const client = fileURLToPath(new URL('../../bench/booking-client.mjs', import.meta.url));
  const rush = async (on = { servers, planFile }) => {
    // The API's CPU: its processes, by pid (the client reports its own).
    const instances = new Set(on.servers.map((server) => String(server.pid)));
    const [[result, apiCpuSeconds], dbCpuSeconds] = await cpuSecondsDuring(postgresProcesses, () =>
      cpuSecondsDuring((pid) => instances.has(pid), async () => JSON.parse((await promisify(execFile)(process.execPath, [client, on.planFile], { encoding: 'utf8' })).stdout)));
    return { ...result, apiCpuSeconds, dbCpuSeconds };
  };
  // The rush's evening only: last term's stays, as it would.
  const reset = async () => {
    await db.query('delete from appointment_history where appointment_id in (select id from appointment where evening_id = $1)', [evening.id]);
    await db.query('delete from appointment where evening_id = $1', [evening.id]);
    await db.query('delete from outbox_message');
    // Autovacuum would clean up after the deletes at a moment of its choosing, in the middle of a
    // measured rush on one run and not on the next; done here, every rush starts from the same state.
    await db.query('vacuum analyze appointment, appointment_history, outbox_message');
  };
  // A server that has been up for a while has its hot paths compiled: one unmeasured rush first, then the same one measured.
  await rush();
  await reset();
  const http = await rush();
  const doubleBooked = (await db.query("select count(*)::int as n from (select slot_id from appointment where status = 'active' group by slot_id having count(*) > 1) x")).rows[0].n;
  const overlaps = (await db.query(`select count(*)::int as n from appointment a join appointment b on a.contact_id = b.contact_id and a.id < b.id
      and a.status = 'active' and b.status = 'active' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`)).rows[0].n;

  // What row-level security costs, in this run: the same rush (warm-up, then measured) on API
  // instances that do not set each connection's role and school (the bench's login passes the policies).
  const unwalled = await startApiInstances(INSTANCES, { databaseUrl, jwtSecret: config.jwt.secret, env: { DATABASE_ROW_SECURITY: 'false' } });
  const unwalledPlanFile = join(tmpdir(), `ptc-bench-plan-unwalled-${process.pid}.json`);
  writeFileSync(unwalledPlanFile, JSON.stringify({ urls: unwalled.urls, connections: CONNECTIONS, requests: plan.map(({ token, body }) => ({ token, body })) }));
  await reset();
  await rush({ servers: unwalled.servers, planFile: unwalledPlanFile });
  await reset();
  const withoutWall = await rush({ servers: unwalled.servers, planFile: unwalledPlanFile });
  for (const child of unwalled.servers) child.kill('SIGTERM');
  rmSync(unwalledPlanFile, { force: true });

  // The stack's ceiling on this machine: the cheapest authenticated route, GET /school (the token
  // check and one read: as many round trips as a booking that loses its race), same connections
  // and clients. No booking can be faster than this.
  const ceilingFile = join(tmpdir(), `ptc-bench-ceiling-${process.pid}.json`);
  writeFileSync(ceilingFile, JSON.stringify({ urls, connections: CONNECTIONS, method: 'GET', path: '/api/v1/school', requests: plan.map(({ token }) => ({ token })) }));
  const ceiling = JSON.parse((await promisify(execFile)(process.execPath, [client, ceilingFile], { encoding: 'utf8' })).stdout);
  rmSync(ceilingFile, { force: true });

  // Raw SQL: the booking's database work without the HTTP stack, on the pg client at the same
  // concurrency, with the very statements the booking route prepares: the evening's facts; for a
  // free slot the directory's links; then the insert of appointment, history row and notice. What
  // the HTTP side adds is the stack's own cost: connection, routing, validation, the token check, JSON.
  // Like the HTTP side: one unmeasured pass first (connections open, statements prepared, code
  // compiled), then the same requests measured on the same connections.
  const rawRun = async (book: (conn: pg.PoolClient, request: (typeof plan)[number]) => Promise<boolean>) => {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
    // An idle client whose server goes away (the bench's database stopping) must not end the process.
    pool.on('error', () => {});
    const pass = async () => {
      await reset();
      let next = 0;
      let created = 0;
      const started = performance.now();
      const [[, clientSeconds], dbSeconds] = await cpuSecondsDuring(postgresProcesses, () => ownCpuSecondsDuring(() =>
        Promise.all(Array.from({ length: CONNECTIONS }, async () => {
          const conn = await pool.connect();
          try {
            while (next < plan.length) if (await book(conn, plan[next++])) created += 1;
          } finally {
            conn.release();
          }
        }))));
      return { perSecond: plan.length / ((performance.now() - started) / 1000), created, clientSeconds, dbSeconds };
    };
    await pass();
    const measured = await pass();
    await pool.end();
    return measured;
  };
  const prepared = <Row extends object>(statement: { name: string; text: string; row?: Row }, values: unknown[]) => ({ name: statement.name, text: statement.text, values });
  // The parent's notice exactly as the route writes it (topic, payload, school, time).
  const mailer = app.get(BookingMailer, { strict: false });
  const raw = await rawRun(async (conn, { body, contactId }) => {
    const [facts] = (await conn.query(prepared(eveningFactsOf, [body.teacherId, body.studentId, body.slotId, body.eventId, schoolId]))).rows;
    const now = new Date();
    if (!facts || facts.status !== 'published' || now < new Date(facts.opens_at) || now >= new Date(facts.closes_at)) return false;
    if (!facts.teacher_in_evening || !facts.slot_id || facts.blocked || facts.slot_taken) return false;
    const [links] = (await conn.query(prepared(bookingLinksOf, [schoolId, contactId, body.studentId, body.teacherId]))).rows;
    if (!links.contact_linked || !links.teacher_linked || facts.already_with_teacher) return false;
    const id = crypto.randomUUID();
    const startsAt = new Date(facts.starts_at);
    const endsAt = new Date(facts.ends_at);
    try {
      await conn.query(prepared(bookAppointment, [id, schoolId, body.eventId, body.slotId, body.teacherId, body.studentId, contactId, startsAt, endsAt,
        facts.gap_minutes, admin.userId, now, null, null,
        ...mailer.noticeParams('booked', { id, schoolId, eveningId: body.eventId, teacherId: body.teacherId, studentId: body.studentId, contactId, sequence: 0, startsAt, endsAt, meetingLink: null, jointStudentIds: null })]));
      return true;
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('23') || (error as { code?: string }).code === '40P01') return false; // the race's loser: 409
      throw error;
    }
  });
  // For comparison, the smallest transaction that claims a slot safely (no rule checks, no history, no notice).
  const minimal = await rawRun(async (conn, { body, contactId }) => {
    try {
      await conn.query('begin');
      const slot = (await conn.query('select starts_at, ends_at from slot where id = $1 and not blocked for update', [body.slotId])).rows[0];
      const taken = (await conn.query("select 1 from appointment where slot_id = $1 and status = 'active'", [body.slotId])).rowCount;
      if (!slot || taken) {
        await conn.query('rollback');
        return false;
      }
      await conn.query(
        `insert into appointment (id, school_id, evening_id, slot_id, teacher_id, student_id, contact_id, starts_at, ends_at, parent_busy, status, sequence, booked_by, created_at)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, tstzrange($7, $8), 'active', 0, $9, now())`,
        [schoolId, body.eventId, body.slotId, body.teacherId, body.studentId, contactId, slot.starts_at, slot.ends_at, admin.userId],
      );
      await conn.query('commit');
      return true;
    } catch {
      await conn.query('rollback');
      return false;
    }
  });

  const f = (n: number, d = 1) => n.toFixed(d);
  const perRequest = (seconds: number) => f((seconds / plan.length) * 1e6, 0);
  console.log(`\nHTTP rush: ${http.requests} booking requests over ${CONNECTIONS} connections from a separate process, ${INSTANCES} API instance(s), after one unmeasured warm-up rush`);
  console.log(`  ${f(http.perSecond, 0)} requests/s, p50 ${f(http.p50)} ms, p99 ${f(http.p99)} ms   (target p99 < 50 ms)`);
  console.log(`  201: ${http.created}   409: ${http.conflicts}   5xx: ${http.serverErrors}   other: ${http.other}   (target 0 5xx)`);
  console.log(`  SQL check: ${doubleBooked} slots booked twice, ${overlaps} overlapping pairs for one parent   (target 0 and 0)`);
  console.log(`without row-level security's connection scope (DATABASE_ROW_SECURITY=false), same rush: ${f(withoutWall.perSecond, 0)} requests/s, p50 ${f(withoutWall.p50)} ms, p99 ${f(withoutWall.p99)} ms, API ${perRequest(withoutWall.apiCpuSeconds)} µs and PostgreSQL ${perRequest(withoutWall.dbCpuSeconds)} µs per request`);
  console.log(`  the wall costs ${f((1 - http.perSecond / withoutWall.perSecond) * 100, 1)} % of the bookings/s   (target <= 10 %)`);
  console.log(`raw SQL, the booking's statements, same requests and concurrency: ${f(raw.perSecond, 0)} requests/s (${raw.created} created)`);
  console.log(`ratio HTTP/raw: ${f(http.perSecond / raw.perSecond, 2)}   (target >= 0.5)`);
  console.log(`stack ceiling, GET /school (token check + one read): ${f(ceiling.perSecond, 0)} requests/s, p50 ${f(ceiling.p50)} ms, p99 ${f(ceiling.p99)} ms; ratio to raw ${f(ceiling.perSecond / raw.perSecond, 2)}`);
  console.log(`CPU per request (µs): HTTP: client ${perRequest(http.cpuSeconds)}, API ${perRequest(http.apiCpuSeconds)}, PostgreSQL ${perRequest(http.dbCpuSeconds)}; raw: client ${perRequest(raw.clientSeconds)}, PostgreSQL ${perRequest(raw.dbSeconds)}`);
  console.log(`for comparison, the smallest safe slot claim as raw SQL (begin, lock, check, insert, commit; no rules, history or notice): ${f(minimal.perSecond, 0)} transactions/s (${minimal.created} created); ratio HTTP/that ${f(http.perSecond / minimal.perSecond, 2)}`);
  for (const child of servers) child.kill('SIGTERM');
  rmSync(planFile, { force: true });
  await school.close();
}

await main();
