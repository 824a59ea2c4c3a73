import request from 'supertest';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * The automatic schedule: Siobhán's children Zoë (Mrs Smith T1, Mr Kowalski T2) and Liam (Mr
 * Kowalski T2) on an evening of 10-minute slots, 16:00-17:00, with 5 minutes between meetings.
 */
let t: TestApp;
let school: SchoolFixture;
let eveningId: string;
let siobhan: string;
let jose: string;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
let day: string;
const local = (time: string) => `${day}T${time}:00.000Z`; // Europe/London in December is UTC

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'planner'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  jose = await createPersonLogin(t, school, 'parent', ids.C2, 'jose');
  const now = t.clock.now();
  day = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Winter evening',
      sessions: [{ date: day, start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      gapMinutes: 5,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 6 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = evening.body.id;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
  // José has Mrs Smith's first time already.
  const smithSlots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T1}`).set(admin()).expect(200);
  await request(t.http).post('/api/v1/bookings').set(bearer(jose)).send({ eventId: eveningId, studentId: ids.S3, teacherId: ids.T1, slotId: smithSlots.body.items[0].id }).expect(201);
});
afterAll(async () => {
  await t?.close();
});

const wanted = () => [
  { studentId: ids.S1, teacherId: ids.T1 },
  { studentId: ids.S1, teacherId: ids.T2 },
  { studentId: ids.S2, teacherId: ids.T2 },
];
const propose = (body: object, token = siobhan) => request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals`).set(bearer(token)).send(body);
const activeOf = async (contactId: string) =>
  (await t.db.query("select count(*)::int as n from appointment where contact_id = $1 and status = 'active'", [contactId])).rows[0].n as number;

it('proposes the most compact evening: siblings back to back with one teacher, the gap before the next, nothing held', async () => {
  const res = await propose({ meetings: wanted() }).expect(201);
  // 16:00-16:40: Mr Kowalski for Zoë then Liam, then Mrs Smith at 16:30 (16:20 is too close; 16:00 is José's).
  expect(res.body).toMatchObject({ eventId: eveningId, startsAt: local('16:00'), endsAt: local('16:40'), minutes: 40 });
  expect(res.body.appointments.map((a: { student: string; teacher: string; startsAt: string }) => [a.student, a.teacher, a.startsAt])).toEqual([
    ["Zoë O'Brien", 'Mr Łukasz Kowalski', local('16:00')],
    ["Liam O'Brien", 'Mr Łukasz Kowalski', local('16:10')],
    ["Zoë O'Brien", 'Mrs Anne-Marie Smith', local('16:30')],
  ]);
  expect(await activeOf(ids.C1)).toBe(0);
  // Within a narrower window, a later but still compact answer; too narrow, the teachers without a time are named.
  const late = await propose({ meetings: wanted(), earliest: local('16:15') }).expect(201);
  expect(late.body).toMatchObject({ startsAt: local('16:20'), endsAt: local('17:00'), minutes: 40 });
  const none = await propose({ meetings: wanted(), earliest: local('16:40'), latest: local('16:55') }).expect(409);
  expect(none.body).toMatchObject({ code: 'SCHEDULE.NO_FIT', details: { teachersWithoutTime: [ids.T2] } });
});

it('books a proposal whole; when one of its times was taken meanwhile nothing is booked and a fresh proposal comes back', async () => {
  const first = await propose({ meetings: wanted() }).expect(201);
  const smithAt1630 = first.body.appointments.find((a: { teacherId: string }) => a.teacherId === ids.T1);
  // Kofi books Mrs Smith at 16:30 for Ama before Siobhán books.
  const kofi = await createPersonLogin(t, school, 'parent', ids.C3, 'kofi');
  await request(t.http).post('/api/v1/bookings').set(bearer(kofi)).send({ eventId: eveningId, studentId: ids.S5, teacherId: ids.T1, slotId: smithAt1630.slotId }).expect(201);

  const refused = await request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals/${first.body.id}/book`).set(bearer(siobhan)).expect(409);
  expect(refused.body.code).toBe('SCHEDULE.TAKEN_MEANWHILE');
  expect(await activeOf(ids.C1)).toBe(0);
  const fresh = refused.body.details.proposal;
  expect(fresh.id).not.toBe(first.body.id);
  expect(fresh.appointments.map((a: { slotId: string }) => a.slotId)).not.toContain(smithAt1630.slotId);
  // The old proposal is gone; the new one books all three, each confirmed by email.
  await request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals/${first.body.id}/book`).set(bearer(siobhan)).expect(404);
  const booked = await request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals/${fresh.id}/book`).set(bearer(siobhan)).expect(201);
  expect(booked.body.appointments.map((a: { slotId: string; status: string }) => [a.slotId, a.status])).toEqual(fresh.appointments.map((a: { slotId: string }) => [a.slotId, 'active']));
  expect(await activeOf(ids.C1)).toBe(3);
  await drainOutbox(t);
  expect(t.mailbox.to('siobhan@demo-parents.invalid').filter((m) => m.subject?.startsWith('Appointment booked'))).toHaveLength(3);
  // Asked again, the meetings are booked already.
  expect((await propose({ meetings: wanted() }).expect(409)).body.code).toBe('BOOKING.ALREADY_BOOKED_WITH_TEACHER');
});

it('refuses another family’s child, a teacher who does not teach the child, a repeated meeting, and another parent’s proposal', async () => {
  expect((await propose({ meetings: [{ studentId: ids.S3, teacherId: ids.T1 }] }).expect(403)).body.code).toBe('BOOKING.NOT_LINKED_TO_STUDENT');
  expect((await propose({ meetings: [{ studentId: ids.S2, teacherId: ids.T1 }] }).expect(422)).body.code).toBe('BOOKING.TEACHER_NOT_LINKED');
  const twice = { studentId: ids.S3, teacherId: ids.T1 };
  expect((await propose({ meetings: [twice, twice] }, jose).expect(400)).body.details).toEqual([{ field: 'meetings', problems: ['each child and teacher at most once'] }]);
  await propose({ meetings: 'all of them' }).expect(400);
  // Kofi's own proposal cannot be booked by Siobhán.
  const kofi = await request(t.http).post('/api/v1/auth/login').send({ school: 'planner', screenName: 'kofi', password: 'correct horse battery staple' }).expect(200);
  const own = await propose({ meetings: [{ studentId: ids.S4, teacherId: ids.T2 }] }, kofi.body.accessToken).expect(201);
  await request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals/${own.body.id}/book`).set(bearer(siobhan)).expect(404);
});
