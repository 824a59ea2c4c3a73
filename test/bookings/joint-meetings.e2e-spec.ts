import request from 'supertest';
import { DEMO_DIRECTORY } from '../../apps/api/src/demo-directory.js';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Joint meetings for siblings (issue 17, item 4): Zoë and Liam both see Mr Kowalski (T2); their mother books one meeting for both. */
let t: TestApp;
let school: SchoolFixture;
let siobhan: string;
let jose: string;
let eveningId: string;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'siblings'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  jose = await createPersonLogin(t, school, 'parent', ids.C2, 'jose');
  const now = t.clock.now();
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Family evening',
      sessions: [{ date: new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 6 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = evening.body.id;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
});
afterAll(async () => {
  await t?.close();
});

const slotsOf = async (teacher: string) => (await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids[teacher]}`).set(admin()).expect(200)).body.items as { id: string }[];
const bookJoint = (token: string, body: object) => request(t.http).post('/api/v1/bookings').set(bearer(token)).send({ eventId: eveningId, teacherId: ids.T2, ...body });

it("books one meeting for two children when the school holds joint meetings, listed under each child, named in the email and the teacher's schedule", async () => {
  const [first, second] = await slotsOf('T2');
  const refused = await bookJoint(siobhan, { studentId: ids.S1, slotId: first.id, jointStudentIds: [ids.S2] }).expect(422);
  expect(refused.body.code).toBe('BOOKING.JOINT_NOT_ALLOWED');
  const settings = (await request(t.http).get('/api/v1/admin/booking-settings').set(admin()).expect(200)).body;
  await request(t.http).put('/api/v1/admin/booking-settings').set(admin()).send({ ...settings, jointSiblingMeetings: true }).expect(200);
  expect((await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200)).body.jointMeetings).toBe(true);

  // Not someone else's child, not the same child twice.
  await bookJoint(jose, { studentId: ids.S3, slotId: first.id, jointStudentIds: [ids.S2] }).expect(422);
  await bookJoint(siobhan, { studentId: ids.S1, slotId: first.id, jointStudentIds: [ids.S1] }).expect(400);

  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  const booked = await bookJoint(siobhan, { studentId: ids.S1, slotId: first.id, jointStudentIds: [ids.S2] }).expect(201);
  expect(booked.body).toMatchObject({ studentId: ids.S1, jointStudentIds: [ids.S2] });
  const page = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  const under = (studentId: string) => page.body.students.find((s: { student: { id: string } }) => s.student.id === studentId).appointments.map((a: { id: string }) => a.id);
  expect(under(ids.S1)).toEqual([booked.body.id]);
  expect(under(ids.S2)).toEqual([booked.body.id]);
  await drainOutbox(t);
  const [mail] = t.mailbox.messages.slice(since).filter((m) => [m.to].flat()[0]?.value[0]?.address === 'siobhan@demo-parents.invalid');
  expect(mail.subject).toMatch(/^Appointment booked: Zoë O'Brien and Liam O'Brien with Mr Łukasz Kowalski, /);

  const kowalski = await createPersonLogin(t, school, 'teacher', ids.T2, 'kowalski');
  const schedule = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule`).set(bearer(kowalski)).expect(200);
  expect(schedule.body).toEqual([expect.objectContaining({ studentFirstName: 'Zoë', jointStudents: "Liam O'Brien" })]);

  // Liam has his meeting with Mr Kowalski: neither child can book him again, alone or jointly.
  expect((await bookJoint(siobhan, { studentId: ids.S2, slotId: second.id }).expect(409)).body.code).toBe('BOOKING.ALREADY_BOOKED_WITH_TEACHER');
  expect((await bookJoint(siobhan, { studentId: ids.S2, slotId: second.id, jointStudentIds: [ids.S1] }).expect(409)).body.code).toBe('BOOKING.ALREADY_BOOKED_WITH_TEACHER');
});

it('cancels the joint meeting as one, and keeps it for the sibling who stays when one leaves the school', async () => {
  const [, , third] = await slotsOf('T2');
  const page = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  const joint = page.body.students[0].appointments[0].id;
  await request(t.http).post(`/api/v1/bookings/${joint}/cancel`).set(bearer(siobhan)).send({}).expect(200);
  const after = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  expect(after.body.students.flatMap((s: { appointments: unknown[] }) => s.appointments)).toEqual([]);

  // Booked again; then Liam leaves the directory: the meeting stays, for Zoë only.
  const again = await bookJoint(siobhan, { studentId: ids.S1, slotId: third.id, jointStudentIds: [ids.S2] }).expect(201);
  const withoutLiam = { ...DEMO_DIRECTORY, students: DEMO_DIRECTORY.students.filter((s) => s.sisId !== 'S2'), contactLinks: DEMO_DIRECTORY.contactLinks.filter((l) => l.studentSisId !== 'S2'), teacherLinks: DEMO_DIRECTORY.teacherLinks.filter((l) => l.studentSisId !== 'S2') };
  await request(t.http).post('/api/v1/admin/sync/json').set(admin()).send(withoutLiam).expect(201);
  const stays = await request(t.http).get(`/api/v1/bookings/${again.body.id}`).set(bearer(siobhan)).expect(200);
  expect(stays.body).toMatchObject({ status: 'active', studentId: ids.S1, jointStudentIds: [] });
});
