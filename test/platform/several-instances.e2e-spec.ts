import request from 'supertest';
import { createOperator, drainOutbox, postSchool, schoolBody, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/** Two application instances on one database, as in a scaled-out deployment. */
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '4' });
  // Same database and JWT secret; its own process state (and its own SMTP server, which is fine: both deliver).
  second = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '4', JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

it('holds the login throttle across instances: failures on one lock the account on the other', async () => {
  const operator = await createOperator(first, 'multi.operator');
  for (const app of [first, second, first, second]) {
    await request(app.http).post('/api/v1/auth/login').send({ screenName: 'multi.operator', password: 'wrong password' }).expect(401);
  }
  const res = await request(second.http).post('/api/v1/auth/login').send({ screenName: 'multi.operator', password: TEST_PASSWORD });
  expect(res.status).toBe(429);
  // A token issued by one instance is accepted by the other.
  await request(second.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${operator.token}`).expect(200);
});

it('delivers each outbox message exactly once when both instances drain at the same time', async () => {
  const { token } = await createOperator(first, 'mail.operator');
  for (let i = 0; i < 12; i++) {
    await postSchool(first, token, schoolBody(`parallel-${i}`)).expect(201);
  }
  const [a, b] = await Promise.all([drainOutbox(first), drainOutbox(second)]);
  expect(a + b).toBe(12);
  const delivered = [...first.mailbox.messages, ...second.mailbox.messages].map((m) => m.subject);
  expect(delivered).toHaveLength(12);
  expect(new Set(delivered).size).toBe(12);
  const { rows } = await first.db.query("select count(*)::int as n from outbox_message where status = 'done' and attempts = 1");
  expect(rows[0].n).toBe(12);
});

it('gives a booking rush split across both instances one booking per slot and per student, and no parent two at once', async () => {
  const { seedBookedSchool } = await import('../support/booked-school.js');
  const { token } = await createOperator(first, 'rush.operator');
  const school = await seedBookedSchool(first, token, 'two-instances');
  const admin = { Authorization: `Bearer ${school.adminToken}` };
  // Every student of the teacher, with one of their contacts, wants the same free slot.
  const pairs = (await first.db.query(
    `select tl.student_id, (select cl.contact_id from contact_link cl where cl.student_id = tl.student_id order by cl.contact_id limit 1) as contact_id
       from teacher_link tl where tl.teacher_id = $1 and tl.student_id <> $2`,
    [school.teacherId, school.studentId],
  )).rows;
  const slots = await request(first.http).get(`/api/v1/admin/events/${school.eveningId}/slots?teacherId=${school.teacherId}`).set(admin).expect(200);
  const free = slots.body.items.filter((s: { appointmentId: string | null }) => !s.appointmentId).map((s: { id: string }) => s.id);
  const attempts = pairs.flatMap((p, i) =>
    [free[0], free[1]].map((slotId, k) =>
      request([first, second][(i + k) % 2].http)
        .post('/api/v1/bookings')
        .set(admin)
        .send({ eventId: school.eveningId, studentId: p.student_id, teacherId: school.teacherId, slotId, contactId: p.contact_id }),
    ),
  );
  const results = await Promise.all(attempts);
  expect(results.filter((r) => r.status >= 500)).toEqual([]);
  expect(results.filter((r) => r.status === 201)).toHaveLength(2);
  const twice = await first.db.query("select slot_id from appointment where status = 'active' group by slot_id having count(*) > 1");
  expect(twice.rows).toEqual([]);
  const overlapping = await first.db.query(`select a.id from appointment a join appointment b on a.contact_id = b.contact_id and a.id < b.id
      and a.status = 'active' and b.status = 'active' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`);
  expect(overlapping.rows).toEqual([]);
});

it("shows a slot taken on one instance as taken on the other's evening page within a second, and at once on its own", async () => {
  const { seedBookedSchool } = await import('../support/booked-school.js');
  const { createPersonLogin } = await import('../support/test-app.js');
  const { token } = await createOperator(first, 'pages.operator');
  const school = await seedBookedSchool(first, token, 'page-freshness');
  const admin = { Authorization: `Bearer ${school.adminToken}` };
  const [viewer, other] = (await first.db.query(
    `select tl.student_id, min(cl.contact_id::text) as contact_id from teacher_link tl join contact_link cl on cl.student_id = tl.student_id
      where tl.teacher_id = $1 and tl.student_id <> $2 group by tl.student_id order by tl.student_id`,
    [school.teacherId, school.studentId],
  )).rows;
  const viewerToken = { Authorization: `Bearer ${await createPersonLogin(first, school, 'parent', viewer.contact_id, 'pages.viewer')}` };
  const freeOnPage = async (app: TestApp) => {
    const page = await request(app.http).get(`/api/v1/parent/events/${school.eveningId}`).set(viewerToken).expect(200);
    const child = page.body.students.find((s: { student: { id: string } }) => s.student.id === viewer.student_id);
    return child.teachers.find((t: { teacherId: string }) => t.teacherId === school.teacherId).freeSlots.map((s: { id: string }) => s.id) as string[];
  };
  const [onFirst, onSecond] = [await freeOnPage(first), await freeOnPage(second)];
  const slotId = onFirst[onFirst.length - 1];
  expect(onSecond).toContain(slotId);

  await request(first.http).post('/api/v1/bookings').set(admin).send({ eventId: school.eveningId, studentId: other.student_id, teacherId: school.teacherId, slotId, contactId: other.contact_id }).expect(201);
  const bookedAt = Date.now();
  expect(await freeOnPage(first)).not.toContain(slotId);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, bookedAt + 1000 - Date.now())));
  expect(await freeOnPage(second)).not.toContain(slotId);
});

it('sends each outbox message once even when working through a batch takes longer than a claim lasts', async () => {
  const { OutboxService } = await import('@ptc/platform');
  const { EntityManager } = await import('@mikro-orm/postgresql');
  const { withOrmContext } = await import('../support/test-app.js');
  for (const app of [first, second]) app.clock.set(new Date('2026-11-30T10:00:00Z'));
  const sent: string[] = [];
  // Each message takes 3 minutes here (a slow mail server), less than a claim's 5-minute lease,
  // but the batch as a whole takes longer; halfway through, the other instance works too.
  first.app.get(OutboxService).registerHandler('test.slow', async (payload) => {
    sent.push(`first:${payload.n}`);
    for (const app of [first, second]) app.clock.advance(3 * 60_000);
    if (payload.n === 2) await second.app.get(OutboxService).drain();
  });
  second.app.get(OutboxService).registerHandler('test.slow', async (payload) => {
    sent.push(`second:${payload.n}`);
  });
  await withOrmContext(first, async () => {
    const outbox = first.app.get(OutboxService);
    for (const n of [1, 2, 3]) outbox.enqueue('test.slow', { n });
    await first.app.get(EntityManager).flush();
  });
  await first.app.get(OutboxService).drain();
  // Each message once: the third was still unclaimed when the other instance looked, so it took it.
  expect(sent).toEqual(['first:1', 'first:2', 'second:3']);
});
