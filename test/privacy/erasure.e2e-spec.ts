import request from 'supertest';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { createOperator, flushUsage, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: BookedSchool;
let other: BookedSchool;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const count = async (sql: string, params: unknown[]) => (await t.db.query(sql, params)).rows[0].n as number;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2027-01-11T09:00:00Z'));
  const operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'erasing');
  other = await seedBookedSchool(t, operatorToken, 'erasing-other');
  await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'erasure', details: 'Please erase me, Zoë, and my details' }).expect(202);
  await flushUsage(t);
});
afterAll(async () => {
  await t?.close();
});

it('refuses while the person has an upcoming appointment, so the other side is told by a cancellation first', async () => {
  const res = await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'contact', personId: school.contactId }).expect(409);
  expect(res.body).toMatchObject({ code: 'BOOKING.FUTURE_APPOINTMENTS', details: { appointments: 1 } });
});

it('erases a parent in one go: record, links, login, appointments (as counts only), usage, emails, request words; ledger by ids', async () => {
  t.clock.set(new Date('2027-01-25T09:00:00Z')); // the evening is over
  const { email } = (await t.db.query('select email from contact where id = $1', [school.contactId])).rows[0];
  const userId = (await t.db.query('select id from app_user where person_id = $1', [school.contactId])).rows[0].id;
  expect(await count('select count(*)::int as n from usage_record where user_id = $1', [userId])).toBeGreaterThan(0);
  expect(await count('select count(*)::int as n from outbox_message where payload::text like $1', [`%${school.contactId}%`])).toBeGreaterThan(0);
  const otherContacts = await count('select count(*)::int as n from contact where school_id = $1', [other.id]);

  const res = await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'contact', personId: school.contactId }).expect(200);
  expect(res.body).toMatchObject({ personKind: 'contact', personId: school.contactId, deleted: { person: 1, logins: 1, appointments: 1, appointmentHistory: 1, privacyRequests: 1 } });
  expect(res.body.deleted.usageRecords).toBeGreaterThan(0);
  expect(res.body.deleted.emails).toBeGreaterThan(0);

  for (const [sql, param] of [
    ['select count(*)::int as n from contact where id = $1', school.contactId],
    ['select count(*)::int as n from contact_link where contact_id = $1', school.contactId],
    ['select count(*)::int as n from app_user where person_id = $1', school.contactId],
    ['select count(*)::int as n from appointment where contact_id = $1', school.contactId],
    ['select count(*)::int as n from appointment_history where appointment_id = $1', school.appointmentId],
    ['select count(*)::int as n from usage_record where user_id = $1', userId],
    // In this school: the other school's directory has the same made-up addresses, and its parents were told of its evening.
    [`select count(*)::int as n from outbox_message where school_id = '${school.id}' and payload::text like $1`, `%${email}%`],
    // Except the note for the erasure journal beside the backups (ids only, checked below).
    ["select count(*)::int as n from outbox_message where topic <> 'erasure-journal' and payload::text like $1", `%${school.contactId}%`],
    ["select count(*)::int as n from subject_request where details like '%Zoë%'", undefined],
  ] as const) {
    expect({ sql, n: await count(sql, param === undefined ? [] : [param]) }).toEqual({ sql, n: 0 });
  }
  const journal = (await t.db.query("select payload, school_id from outbox_message where topic = 'erasure-journal'")).rows;
  expect(journal).toEqual([
    { school_id: null, payload: { kind: 'erasure', at: res.body.erasedAt, schoolId: school.id, personKind: 'contact', personId: school.contactId, erasedBy: expect.any(String), requestId: null } },
  ]);
  // The evening's figures survive as an anonymous count.
  expect((await t.db.query('select status, appointments from appointment_tally where evening_id = $1', [school.eveningId])).rows).toEqual([{ status: 'active', appointments: 1 }]);
  // Access ends at once.
  await request(t.http).get('/api/v1/parent/contact').set(bearer(school.parentToken)).expect(401);
  // The ledger has ids only.
  const ledger = await request(t.http).get('/api/v1/admin/privacy/erasures').set(admin()).expect(200);
  expect(ledger.body).toEqual({ total: 1, items: [{ personKind: 'contact', personId: school.contactId, userIds: [userId], erasedBy: school.adminId, requestId: null, erasedAt: '2027-01-25T09:00:00.000Z' }] });
  expect(JSON.stringify(ledger.body)).not.toContain(email);
  // Nothing of the other school moved.
  expect(await count('select count(*)::int as n from contact where school_id = $1', [other.id])).toBe(otherContacts);
});

it('erases a teacher with their slots, and answers 404 for someone of another school or already erased', async () => {
  const res = await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'teacher', personId: school.teacherId }).expect(200);
  expect(res.body.deleted.slots).toBeGreaterThan(0);
  expect(await count('select count(*)::int as n from slot where teacher_id = $1', [school.teacherId])).toBe(0);
  expect(await count('select count(*)::int as n from teacher_link where teacher_id = $1', [school.teacherId])).toBe(0);
  await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'teacher', personId: school.teacherId }).expect(404);
  await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'student', personId: other.studentId }).expect(404);
  await request(t.http).post('/api/v1/admin/privacy/erasures').set(bearer(school.parentToken)).send({ personKind: 'student', personId: school.studentId }).expect(401);
});

it('leaves nothing half-done when a step fails', async () => {
  await t.db.query(`create function fail_ledger() returns trigger language plpgsql as $$ begin raise exception 'ledger down'; end $$`);
  await t.db.query('create trigger fail_ledger before insert on erasure_ledger for each row execute function fail_ledger()');
  try {
    await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'student', personId: school.studentId }).expect(500);
  } finally {
    await t.db.query('drop trigger fail_ledger on erasure_ledger');
  }
  expect(await count('select count(*)::int as n from student where id = $1', [school.studentId])).toBe(1);
  expect(await count('select count(*)::int as n from contact_link where student_id = $1', [school.studentId])).toBeGreaterThan(0);
});
