import request from 'supertest';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { createOperator, createPersonLogin, startTestApp, type TestApp } from '../support/test-app.js';

/** What a teacher does with their own evenings: the list, their hours, their calendar feed. */
let t: TestApp;
let school: BookedSchool;
let other: BookedSchool;
let teacher: { Authorization: string };
let admin: { Authorization: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  const { token } = await createOperator(t);
  school = await seedBookedSchool(t, token, 'teachers-own');
  other = await seedBookedSchool(t, token, 'teachers-other');
  teacher = bearer(await createPersonLogin(t, school, 'teacher', school.teacherId, 'own.teacher'));
  admin = bearer(school.adminToken);
});
afterAll(async () => {
  await t?.close();
});

it('lists the evenings a teacher takes part in with their own counts, and shows one with their hours', async () => {
  const list = await request(t.http).get('/api/v1/teacher/events').set(teacher).expect(200);
  expect(list.body.total).toBe(1);
  expect(list.body.items[0]).toMatchObject({ id: school.eveningId, status: 'published', slots: 6, booked: 1, blocked: 0 });

  const evening = await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}`).set(teacher).expect(200);
  expect(evening.body).toMatchObject({ id: school.eveningId, slots: 6, booked: 1, mayEditAvailability: false, availability: { teacherId: school.teacherId, arriveAt: null, leaveAt: null } });
  expect(evening.body.sessions).toEqual([expect.objectContaining({ start: '16:00', end: '17:00' })]);
  // Another school's evening is not there at all.
  await request(t.http).get(`/api/v1/teacher/events/${other.eveningId}`).set(teacher).expect(404);
  await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}`).set(bearer(school.parentToken)).expect(403);
});

it('lets a teacher set their own hours only when the school allows it, keeping booked slots', async () => {
  const refused = await request(t.http).put(`/api/v1/teacher/events/${school.eveningId}/availability`).set(teacher).send({ leaveAt: '16:30' }).expect(403);
  expect(refused.body.code).toBe('EVENING.AVAILABILITY_SET_BY_OFFICE');

  const settings = await request(t.http).put('/api/v1/admin/booking-settings').set(admin).send({ parentCancelCutoffHours: null, teachersSetAvailability: true }).expect(200);
  expect(settings.body).toEqual({ parentCancelCutoffHours: null, teachersSetAvailability: true });
  expect((await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}`).set(teacher).expect(200)).body.mayEditAvailability).toBe(true);

  const changed = await request(t.http).put(`/api/v1/teacher/events/${school.eveningId}/availability`).set(teacher).send({ leaveAt: '16:30', breaks: [{ start: '16:10', end: '16:20' }] }).expect(200);
  expect(changed.body).toMatchObject({ slots: 2, booked: 1, availability: { leaveAt: '16:30', breaks: [{ start: '16:10', end: '16:20' }] } });
  const slots = await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}/slots`).set(teacher).expect(200);
  expect(slots.body.items.map((s: { localStart: string }) => s.localStart.slice(11, 16))).toEqual(['16:00', '16:20']);
  expect(slots.body.items[0].appointmentId).toBe(school.appointmentId);
});

it('gives a teacher a calendar feed address that stops working once they replace it', async () => {
  const first = await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}/schedule-feed`).set(teacher).expect(200);
  const firstPath = new URL(first.body.url).pathname;
  expect((await request(t.http).get(firstPath).expect(200)).text).toContain('BEGIN:VEVENT');

  const rotated = await request(t.http).post(`/api/v1/teacher/events/${school.eveningId}/schedule-feed/rotate`).set(teacher).expect(201);
  const rotatedPath = new URL(rotated.body.url).pathname;
  expect(rotatedPath).not.toBe(firstPath);
  await request(t.http).get(firstPath).expect(404);
  expect((await request(t.http).get(rotatedPath).expect(200)).text).toContain('BEGIN:VEVENT');
  // Asking for the address again gives the current one, not the replaced one.
  const again = await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}/schedule-feed`).set(teacher).expect(200);
  await request(t.http).get(new URL(again.body.url).pathname).expect(200);

  await request(t.http).post(`/api/v1/teacher/events/${other.eveningId}/schedule-feed/rotate`).set(teacher).expect(404);
});
