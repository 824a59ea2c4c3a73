import request from 'supertest';
import { demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Changing an evening once families can see it (issue 17, item 7), on the demo directory. */
let t: TestApp;
let school: SchoolFixture;
let eveningId: string;
let ids: Record<string, string>;
const booked: Record<string, string> = {};
const admin = () => ({ Authorization: `Bearer ${school.adminToken}` });
const SIOBHAN = 'siobhan@demo-parents.invalid';
const KOFI = 'kofi@demo-parents.invalid';

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'changes'));
  const now = t.clock.now();
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Autumn evening',
      location: 'Main hall',
      sessions: [{ date: new Date(now.getTime() + 8 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = evening.body.id;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
  for (const [name, student, teacher, contact, slot] of [
    ['zoe', 'S1', 'T1', 'C1', 0],
    ['liam', 'S2', 'T2', 'C1', 2],
    ['kwame', 'S4', 'T2', 'C3', 4],
  ] as const) {
    const slots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids[teacher]}`).set(admin()).expect(200);
    booked[name] = (await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids[student], teacherId: ids[teacher], slotId: slots.body.items[slot].id, contactId: ids[contact] }).expect(201)).body.id;
  }
});
afterAll(async () => {
  await t?.close();
});

const patch = (body: object, confirm = false) => request(t.http).patch(`/api/v1/admin/events/${eveningId}${confirm ? '?cancelAffected=true' : ''}`).set(admin()).send(body);
const newMail = async (since: number, to: string) => {
  await drainOutbox(t);
  return t.mailbox.messages.slice(since).filter((m) => [m.to].flat()[0]?.value[0]?.address === to);
};

it('renames and moves a published evening: every family with an appointment to come is told, with a new calendar file', async () => {
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  const changed = await patch({ name: 'Autumn parents’ evening', location: 'Sports hall' }).expect(200);
  expect(changed.body).toMatchObject({ name: 'Autumn parents’ evening', location: 'Sports hall', status: 'published' });
  const siobhan = await newMail(since, SIOBHAN);
  expect(siobhan.map((m) => m.subject?.replace(/:.*/, ''))).toEqual(['Appointment details changed', 'Appointment details changed']);
  expect(siobhan[0].text).toContain('Autumn parents’ evening');
  expect(siobhan[0].text).toContain('  Sports hall');
  expect(siobhan[0].attachments.find((a) => a.filename === 'appointment.ics')!.content.toString('utf8')).toContain('SEQUENCE:1');
  expect(await newMail(since, KOFI)).toHaveLength(1);
  // A new booking window alone tells nobody; a window that ends before it starts is refused.
  const quiet = t.mailbox.messages.length;
  await patch({ closesAt: new Date(t.clock.now().getTime() + 5 * 86_400_000).toISOString() }).expect(200);
  expect(await newMail(quiet, SIOBHAN)).toEqual([]);
  const wrong = await patch({ closesAt: new Date(t.clock.now().getTime() - 7 * 86_400_000).toISOString() }).expect(400);
  expect(wrong.body.details).toEqual([{ field: 'closesAt', problems: ['closesAt must be after opensAt'] }]);
});

it('refuses a cap below what a student already has, and leaves a year group out only when told to cancel its appointments', async () => {
  const slots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T2}`).set(admin()).expect(200);
  await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids.S1, teacherId: ids.T2, slotId: slots.body.items[5].id, contactId: ids.C1 }).expect(201);
  expect((await patch({ capPerStudent: 1 }).expect(409)).body).toMatchObject({ code: 'EVENING.CAP_BELOW_BOOKINGS', details: { students: 1 } });
  await patch({ capPerStudent: 2 }).expect(200);

  // Year 7 only: Liam and Kwame (Year 9) have appointments.
  expect((await patch({ yearLabels: ['Year 7'] }).expect(409)).body).toMatchObject({ code: 'EVENING.YEARS_HAVE_BOOKINGS', details: { appointments: 2 } });
  expect((await request(t.http).get(`/api/v1/bookings/${booked.liam}`).set(admin()).expect(200)).body.status).toBe('active');
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  await patch({ yearLabels: ['Year 7'] }, true).expect(200);
  expect((await request(t.http).get(`/api/v1/bookings/${booked.liam}`).set(admin()).expect(200)).body.status).toBe('cancelled');
  expect((await request(t.http).get(`/api/v1/bookings/${booked.zoe}`).set(admin()).expect(200)).body.status).toBe('active');
  const [kofi] = await newMail(since, KOFI);
  expect(kofi.subject).toMatch(/^Appointment cancelled/);
  expect(kofi.text).toContain('The evening is no longer for this year group');
});

it('adds a teacher with their times, and removes one only when told to cancel their appointments', async () => {
  expect((await request(t.http).delete(`/api/v1/admin/events/${eveningId}/teachers/${ids.T2}`).set(admin()).expect(409)).body).toMatchObject({
    code: 'EVENING.TEACHER_HAS_APPOINTMENTS',
    details: { appointments: 1 },
  });
  const removed = await request(t.http).delete(`/api/v1/admin/events/${eveningId}/teachers/${ids.T2}?cancelAffected=true`).set(admin()).expect(200);
  expect(removed.body.teachers.map((p: { teacherId: string }) => p.teacherId)).toEqual([ids.T1]);
  expect((await t.db.query('select count(*)::int as n from slot where evening_id = $1 and teacher_id = $2', [eveningId, ids.T2])).rows[0].n).toBe(0);
  expect((await t.db.query("select count(*)::int as n from appointment where evening_id = $1 and teacher_id = $2 and status = 'active'", [eveningId, ids.T2])).rows[0].n).toBe(0);

  const added = await request(t.http).post(`/api/v1/admin/events/${eveningId}/teachers`).set(admin()).send({ teacherId: ids.T2 }).expect(201);
  expect(added.body.teachers.find((p: { teacherId: string }) => p.teacherId === ids.T2)).toMatchObject({ slots: 6 });
  expect((await request(t.http).post(`/api/v1/admin/events/${eveningId}/teachers`).set(admin()).send({ teacherId: ids.T2 }).expect(409)).body.code).toBe('EVENING.TEACHER_ALREADY_TAKES_PART');
});

it('changes nothing of a closed evening', async () => {
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/close`).set(admin()).expect(200);
  expect((await patch({ name: 'Too late' }).expect(409)).body.code).toBe('EVENING.CLOSED');
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/teachers`).set(admin()).send({ teacherId: ids.T1 }).expect(409);
});
