import request from 'supertest';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Late requests (issue 17, item 3): after booking closes, a parent asks; the teacher or the office accepts with a time, or declines with a reason. */
let t: TestApp;
let school: SchoolFixture;
let siobhan: string;
let kofi: string;
let kowalski: string;
let smith: string;
let eveningId: string;
let closesAt: Date;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'late'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  kofi = await createPersonLogin(t, school, 'parent', ids.C3, 'kofi');
  kowalski = await createPersonLogin(t, school, 'teacher', ids.T2, 'kowalski');
  smith = await createPersonLogin(t, school, 'teacher', ids.T1, 'smith');
  const now = t.clock.now();
  closesAt = new Date(now.getTime() + 86_400_000);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Late evening',
      sessions: [{ date: new Date(now.getTime() + 4 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: closesAt.toISOString(),
    })
    .expect(201);
  eveningId = evening.body.id;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
});
afterAll(async () => {
  await t?.close();
});

const ask = (token: string, studentId: string, teacherId: string, note?: string) =>
  request(t.http).post(`/api/v1/parent/events/${eveningId}/late-requests`).set(bearer(token)).send({ studentId, teacherId, ...(note ? { note } : {}) });

it('takes a request only once booking has closed, once per child and teacher, for a teacher of the child', async () => {
  expect((await ask(siobhan, ids.S2, ids.T2, 'Liam was away').expect(409)).body.code).toBe('LATE.BOOKING_OPEN');
  t.clock.set(new Date(closesAt.getTime() + 60_000));
  const asked = await ask(siobhan, ids.S2, ids.T2, 'Liam was away on a trip; any time after 16:30 suits us').expect(201);
  expect(asked.body).toMatchObject({ state: 'open', note: 'Liam was away on a trip; any time after 16:30 suits us', studentId: ids.S2, teacherId: ids.T2 });
  expect((await ask(siobhan, ids.S2, ids.T2).expect(409)).body.code).toBe('LATE.ALREADY_ASKED');
  await ask(siobhan, ids.S4, ids.T2).expect(403); // Kwame is not hers
  expect((await ask(siobhan, ids.S2, ids.T1).expect(422)).body.code).toBe('BOOKING.TEACHER_NOT_LINKED'); // Mrs Smith does not teach Liam
  t.clock.advance(60_000);
  await ask(kofi, ids.S4, ids.T2, 'Please').expect(201);
  const family = await request(t.http).get(`/api/v1/parent/events/${eveningId}/late-requests`).set(bearer(siobhan)).expect(200);
  expect(family.body.map((r: { studentId: string }) => r.studentId)).toEqual([ids.S2]);
});

it("shows each teacher their own requests with who asks; the teacher accepts one with a free time, booked for the family, who is told", async () => {
  const mine = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/late-requests`).set(bearer(kowalski)).expect(200);
  expect(mine.body.map((r: { studentName: string; contactName: string; state: string }) => [r.studentName, r.contactName, r.state])).toEqual([
    ["Liam O'Brien", "Ms Siobhán O'Brien", 'open'],
    ['Kwame Mensah', 'Mr Kofi Mensah', 'open'],
  ]);
  expect((await request(t.http).get(`/api/v1/teacher/events/${eveningId}/late-requests`).set(bearer(smith)).expect(200)).body).toEqual([]);
  const liamsRequest = mine.body[0].id;
  // Another teacher cannot answer it; a parent cannot either.
  await request(t.http).post(`/api/v1/late-requests/${liamsRequest}/decline`).set(bearer(smith)).send({ reason: 'No' }).expect(404);
  await request(t.http).post(`/api/v1/late-requests/${liamsRequest}/decline`).set(bearer(siobhan)).send({ reason: 'No' }).expect(403);

  const slots = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/slots`).set(bearer(kowalski)).expect(200);
  const at1640 = slots.body.items.find((s: { localStart: string }) => s.localStart.includes('T16:40'));
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  const accepted = await request(t.http).post(`/api/v1/late-requests/${liamsRequest}/accept`).set(bearer(kowalski)).send({ slotId: at1640.id }).expect(200);
  expect(accepted.body).toMatchObject({ state: 'accepted', appointmentId: expect.any(String) });
  const appointment = await request(t.http).get(`/api/v1/bookings/${accepted.body.appointmentId}`).set(bearer(siobhan)).expect(200);
  expect(appointment.body).toMatchObject({ studentId: ids.S2, teacherId: ids.T2, contactId: ids.C1, slotId: at1640.id, status: 'active' });
  await drainOutbox(t);
  const told = t.mailbox.messages.slice(since).filter((m) => [m.to].flat()[0]?.value[0]?.address === 'siobhan@demo-parents.invalid');
  expect(told.map((m) => m.subject?.replace(/:.*/, ''))).toEqual(['Appointment booked']);
  await request(t.http).post(`/api/v1/late-requests/${liamsRequest}/accept`).set(bearer(kowalski)).send({ slotId: at1640.id }).expect(409);
});

it('lets the office decline with a reason the parent is emailed', async () => {
  const all = await request(t.http).get(`/api/v1/admin/events/${eveningId}/late-requests`).set(admin()).expect(200);
  const kwame = all.body.find((r: { studentId: string }) => r.studentId === ids.S4);
  expect(all.body[0].state).toBe('open'); // open ones first
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  const declined = await request(t.http).post(`/api/v1/late-requests/${kwame.id}/decline`).set(admin()).send({ reason: 'Mr Kowalski has no time left that evening; he will phone you.' }).expect(200);
  expect(declined.body).toMatchObject({ state: 'declined', declineReason: 'Mr Kowalski has no time left that evening; he will phone you.' });
  await drainOutbox(t);
  const [mail] = t.mailbox.messages.slice(since);
  expect([mail.to].flat()[0]?.value[0]?.address).toBe('kofi@demo-parents.invalid');
  expect(mail.subject).toBe('Late evening: Mr Łukasz Kowalski cannot see you about Kwame');
  expect(mail.text).toContain('Reason given: Mr Kowalski has no time left that evening; he will phone you.');
  expect((await request(t.http).get(`/api/v1/parent/events/${eveningId}/late-requests`).set(bearer(kofi)).expect(200)).body[0]).toMatchObject({ state: 'declined' });
});
