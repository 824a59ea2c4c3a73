import request from 'supertest';
import { TeacherSchedulesJob } from '@ptc/bookings';
import { asScheduledJob, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Teachers' schedule emails (issue 17, item 11): the day before the evening, then each change. */
let t: TestApp;
let school: SchoolFixture;
let ids: Record<string, string>;
const admin = () => ({ Authorization: `Bearer ${school.adminToken}` });
const SMITH = 'a.smith@demo-school.invalid';
const KOWALSKI = 'l.kowalski@demo-school.invalid';
let eveningId: string;
let startsAt: Date;

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'teachers'));
  const now = t.clock.now();
  const day = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Spring evening',
      sessions: [{ date: day, start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 2 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = evening.body.id;
  startsAt = new Date(evening.body.sessions[0].startsAt);
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
});
afterAll(async () => {
  await t?.close();
});

const job = () => asScheduledJob(() => t.app.get(TeacherSchedulesJob).run());
const book = async (student: string, teacher: string, contact: string, index: number) => {
  const slots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids[teacher]}`).set(admin()).expect(200);
  return (await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids[student], teacherId: ids[teacher], slotId: slots.body.items[index].id, contactId: ids[contact] }).expect(201)).body;
};
const mailsTo = async (address: string, since: number) => {
  await drainOutbox(t);
  return t.mailbox.messages.slice(since).filter((m) => [m.to].flat()[0]?.value[0]?.address === address);
};

it('emails each teacher their schedule once, the day before the evening, with who comes and how they are related', async () => {
  await book('S1', 'T1', 'C1', 0);
  await book('S3', 'T1', 'C2', 2);
  // Two days before: nothing yet.
  expect(await job()).toEqual({ schedules: 0, changes: 0 });

  t.clock.set(new Date(startsAt.getTime() - 23 * 3_600_000));
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  expect(await job()).toEqual({ schedules: 2, changes: 0 });
  const [smith] = await mailsTo(SMITH, since);
  expect(smith.subject).toBe('Your schedule for Spring evening: 2 appointments');
  expect(smith.from?.value[0]?.name).toBe('School teachers');
  expect(smith.text).toContain("  16:00–16:10  Zoë O'Brien — Ms Siobhán O'Brien (mother)\n  16:20–16:30  Amélie Núñez-García — Dr José Núñez (father)");
  expect(smith.text).toMatch(new RegExp(`Your schedule, to print: http.+/teacher/evenings/${eveningId}`));
  const [kowalski] = await mailsTo(KOWALSKI, since);
  expect(kowalski.text).toContain('No appointments are booked with you yet.');
  // Once only.
  expect(await job()).toEqual({ schedules: 0, changes: 0 });
});

it('then emails a teacher each change to their schedule, once', async () => {
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  const liam = await book('S2', 'T2', 'C1', 1);
  await request(t.http).post(`/api/v1/bookings/${liam.id}/cancel`).set(admin()).send({ reason: 'Ill' }).expect(200);
  expect(await job()).toEqual({ schedules: 0, changes: 1 });
  const [change] = await mailsTo(KOWALSKI, since);
  expect(change.subject).toBe('Changes to your schedule for Spring evening');
  expect(change.text).toMatch(/16:10: Liam O'Brien with Ms Siobhán O'Brien, booked\n.*16:10: Liam O'Brien with Ms Siobhán O'Brien, cancelled/);
  expect(await mailsTo(SMITH, since)).toEqual([]);
  expect(await job()).toEqual({ schedules: 0, changes: 0 });
});
