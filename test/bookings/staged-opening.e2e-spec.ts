import request from 'supertest';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * Staged opening (issue 17, item 5): Year 7 may book an hour before everyone. Siobhán's Zoë is in
 * Year 7, her Liam in Year 9; both see Mr Kowalski (T2).
 */
let t: TestApp;
let school: SchoolFixture;
let siobhan: string;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
let yearSeven: Date;
let everyone: Date;
let eveningId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'staged'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  const now = t.clock.now();
  yearSeven = new Date(Math.ceil(now.getTime() / 60_000) * 60_000 + 3_600_000);
  everyone = new Date(yearSeven.getTime() + 3_600_000);
});
afterAll(async () => {
  await t?.close();
});

const eveningBody = (openingStages: object[]) => ({
  name: 'Staged evening',
  sessions: [{ date: new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
  slotMinutes: 10,
  opensAt: everyone.toISOString(),
  closesAt: new Date(everyone.getTime() + 5 * 86_400_000).toISOString(),
  openingStages,
});
const book = (studentId: string, slotId: string) => request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId, teacherId: ids.T2, slotId });
const at = (instant: Date, ms = 0) => t.clock.set(new Date(instant.getTime() + ms));

it('refuses stages that open after everyone, name no year group or a year twice', async () => {
  const late = await request(t.http).post('/api/v1/admin/events').set(admin()).send(eveningBody([{ yearLabels: ['Year 7'], opensAt: new Date(everyone.getTime() + 60_000).toISOString() }])).expect(400);
  expect(late.body.details).toEqual([{ field: 'openingStages.0.opensAt', problems: [expect.stringContaining('before')] }]);
  const twice = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send(eveningBody([{ yearLabels: ['Year 7'], opensAt: yearSeven.toISOString() }, { yearLabels: ['Year 7', 'Year 9'], opensAt: yearSeven.toISOString() }]))
    .expect(400);
  expect(twice.body.details).toEqual([{ field: 'openingStages.1.yearLabels', problems: ['Year 7 is in two stages'] }]);
});

it('is stored with the evening, announced with each stage, and shown to parents per child', async () => {
  const created = await request(t.http).post('/api/v1/admin/events').set(admin()).send(eveningBody([{ yearLabels: ['Year 7'], opensAt: yearSeven.toISOString() }])).expect(201);
  eveningId = created.body.id;
  expect(created.body.openingStages).toEqual([{ yearLabels: ['Year 7'], opensAt: yearSeven.toISOString() }]);
  await drainOutbox(t);
  const before = t.mailbox.to('siobhan@demo-parents.invalid').length;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
  await drainOutbox(t);
  const news = t.mailbox.to('siobhan@demo-parents.invalid').slice(before);
  expect(news).toHaveLength(1);
  expect(news[0].text).toMatch(/Booking opens in stages \(United Kingdom Time\):\n {2}Year 7: from .+\n {2}Everyone: from /);

  const page = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  expect(page.body.openingStages).toEqual([{ yearLabels: ['Year 7'], opensAt: yearSeven.toISOString() }]);
  const opens = Object.fromEntries(page.body.students.map((s: { student: { id: string }; bookingOpensAt: string }) => [s.student.id, s.bookingOpensAt]));
  expect(opens).toEqual({ [ids.S1]: yearSeven.toISOString(), [ids.S2]: everyone.toISOString() });
});

it("opens to Year 7 at its stage's second and to everyone else at the evening's, for booking, moving and planning alike", async () => {
  const slots = (await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T2}`).set(admin()).expect(200)).body.items.map((s: { id: string }) => s.id);

  at(yearSeven, -1000);
  expect((await book(ids.S1, slots[0]).expect(409)).body.code).toBe('BOOKING.WINDOW_CLOSED');

  at(yearSeven);
  const zoe = await book(ids.S1, slots[0]).expect(201);
  const liamEarly = await book(ids.S2, slots[2]).expect(409);
  expect(liamEarly.body).toMatchObject({ code: 'BOOKING.WINDOW_CLOSED', details: { opensAt: everyone.toISOString() } });
  const plan = await request(t.http).post(`/api/v1/parent/events/${eveningId}/schedule-proposals`).set(bearer(siobhan)).send({ meetings: [{ studentId: ids.S2, teacherId: ids.T2 }] }).expect(409);
  expect(plan.body).toMatchObject({ code: 'BOOKING.WINDOW_CLOSED', details: { opensAt: everyone.toISOString() } });
  // Zoë's own booking may move within her stage.
  await request(t.http).post(`/api/v1/bookings/${zoe.body.id}/move`).set(bearer(siobhan)).send({ slotId: slots[1] }).expect(200);

  at(everyone, -1000);
  await book(ids.S2, slots[3]).expect(409);
  at(everyone);
  await book(ids.S2, slots[3]).expect(201);
  // The office books for anyone at any time.
  const afterClose = new Date(everyone.getTime() + 6 * 86_400_000);
  at(afterClose);
  await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids.S5, teacherId: ids.T1, slotId: (await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T1}`).set(admin())).body.items[0].id, contactId: ids.C3 }).expect(201);
});
