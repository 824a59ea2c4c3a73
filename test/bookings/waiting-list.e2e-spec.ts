import request from 'supertest';
import type { DirectorySnapshot } from '@ptc/directory';
import { WaitingOffersJob } from '@ptc/bookings';
import { asScheduledJob, createOperator, createPersonLogin, createSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * Waiting lists (issue 17, item 2) on two instances of one database: Mr Ward (T1) has 20 times, all
 * booked by families 1-20; families 21-50 join his waiting list in that order. Twenty cancellations
 * at once, spread over both instances, offer each freed time to exactly one family, in the list's
 * order; offers that run out pass to the next family, once, though both instances pass them on.
 */
let first: TestApp;
let second: TestApp;
let school: SchoolFixture;
let eveningId: string;
const ids: Record<string, string> = {};
const tokens: Record<number, string> = {};
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const FAMILIES = 50;
const SLOTS = 20;
const family = (n: number) => `f${n}@families.invalid`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function directory(): DirectorySnapshot {
  return {
    students: range(1, FAMILIES).map((n) => ({ sisId: `S${n}`, firstName: `Child${n}`, lastName: 'Pupil', yearLabel: 'Year 8' })),
    contacts: range(1, FAMILIES).map((n) => ({ sisId: `C${n}`, title: null, firstName: `Parent${n}`, lastName: 'Family', email: family(n), phone: null })),
    teachers: [{ sisId: 'T1', title: 'Mr', firstName: 'Sam', lastName: 'Ward', email: 's.ward@school.invalid', phone: null }],
    contactLinks: range(1, FAMILIES).map((n) => ({ contactSisId: `C${n}`, studentSisId: `S${n}`, relationship: 'mother' })),
    teacherLinks: range(1, FAMILIES).map((n) => ({ teacherSisId: 'T1', studentSisId: `S${n}`, label: 'Science 8' })),
  };
}

const both = (fn: (t: TestApp) => void) => [first, second].forEach(fn);
const places = async () =>
  (await first.db.query(`select w.state, c.sis_id as family, w.offered_slot_id from waiting_entry w join contact c on c.id = w.contact_id where w.evening_id = $1`, [eveningId])).rows as {
    state: string;
    family: string;
    offered_slot_id: string | null;
  }[];
const familiesIn = (rows: { state: string; family: string }[], state: string) => rows.filter((r) => r.state === state).map((r) => Number(r.family.slice(1))).sort((a, b) => a - b);

beforeAll(async () => {
  first = await startTestApp();
  second = await startTestApp({ JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
  second.clock.set(first.clock.now());
  school = await createSchool(first, (await createOperator(first)).token, 'waiting');
  await request(first.http).post('/api/v1/admin/sync/json').set(admin()).send(directory()).expect(201);
  for (const table of ['student', 'contact', 'teacher']) {
    for (const row of (await first.db.query(`select id, sis_id from ${table} where school_id = $1`, [school.id])).rows) ids[row.sis_id] = row.id;
  }
  for (const n of range(SLOTS + 1, FAMILIES)) tokens[n] = await createPersonLogin(first, school, 'parent', ids[`C${n}`], `parent${n}`);
  const now = first.clock.now();
  const created = await request(first.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Science evening',
      sessions: [{ date: new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '19:20' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 6 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = created.body.id;
  await request(first.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);
}, 60_000);
afterAll(async () => {
  await second?.close();
  await first?.close();
});

const join = (n: number, t = first) => request(t.http).post(`/api/v1/parent/events/${eveningId}/waiting-list`).set(bearer(tokens[n])).send({ studentId: ids[`S${n}`], teacherId: ids.T1 });
const slotIds = async (): Promise<string[]> => (await request(first.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T1}&limit=100`).set(admin()).expect(200)).body.items.map((s: { id: string }) => s.id);

it('lets a family join only when the teacher has no free time, once, and shows each family its place', async () => {
  expect((await join(21).expect(409)).body).toMatchObject({ code: 'WAITING.TIMES_FREE', details: { free: SLOTS } });
  const slots = await slotIds();
  const appointments: string[] = [];
  for (const [i, slotId] of slots.entries()) {
    const n = i + 1;
    const booked = await request(first.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids[`S${n}`], teacherId: ids.T1, slotId, contactId: ids[`C${n}`] }).expect(201);
    appointments.push(booked.body.id);
  }
  // In order, a second apart: the list's order is the order of joining.
  for (const n of range(SLOTS + 1, FAMILIES)) {
    both((t) => t.clock.advance(1000));
    expect((await join(n).expect(201)).body).toMatchObject({ state: 'waiting', position: n - SLOTS, offer: null });
  }
  // Joining again keeps the first place; another family's child cannot be put on the list.
  expect((await join(FAMILIES).expect(201)).body.position).toBe(FAMILIES - SLOTS);
  await request(first.http).post(`/api/v1/parent/events/${eveningId}/waiting-list`).set(bearer(tokens[21])).send({ studentId: ids.S22, teacherId: ids.T1 }).expect(403);
  const listed = await request(first.http).get(`/api/v1/parent/events/${eveningId}/waiting-list`).set(bearer(tokens[30])).expect(200);
  expect(listed.body).toEqual([expect.objectContaining({ teacherId: ids.T1, studentId: ids.S30, state: 'waiting', position: 10 })]);
  (globalThis as { appointments?: string[] }).appointments = appointments;
}, 60_000);

it('offers the 20 times freed by 20 cancellations at once, on two instances, to the first 20 families waiting, one each', async () => {
  const appointments = (globalThis as { appointments?: string[] }).appointments!;
  await drainOutbox(first);
  const mailed = first.mailbox.messages.length;
  const answers = await Promise.all(
    appointments.map((id, i) => request((i % 2 ? second : first).http).post(`/api/v1/bookings/${id}/cancel`).set(admin()).send({ reason: 'Mr Ward has to leave early' })),
  );
  expect(answers.map((a) => a.status)).toEqual(appointments.map(() => 200));

  const rows = await places();
  expect(familiesIn(rows, 'offered')).toEqual(range(21, 40));
  expect(familiesIn(rows, 'waiting')).toEqual(range(41, 50));
  expect(new Set(rows.filter((r) => r.state === 'offered').map((r) => r.offered_slot_id)).size).toBe(SLOTS);
  await drainOutbox(first);
  const offers = first.mailbox.messages.slice(mailed).filter((m) => /has come free/.test(m.subject ?? ''));
  expect(offers.map((m) => Number(/f(\d+)@/.exec([m.to].flat()[0]!.value[0]!.address!)![1])).sort((a, b) => a - b)).toEqual(range(21, 40));
  expect(offers[0].text).toMatch(new RegExp(`held for you until .+\\nBook it on the evening's page: http.+/evenings/${eveningId}`));

  // Held times are nobody else's: not on the evening page, and not bookable by another family.
  const page = await request(first.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(tokens[41])).expect(200);
  expect(page.body.students[0].teachers[0].freeSlots).toEqual([]);
  const mine = (await request(first.http).get(`/api/v1/parent/events/${eveningId}/waiting-list`).set(bearer(tokens[21])).expect(200)).body[0];
  expect(mine).toMatchObject({ state: 'offered', position: 1, offer: { slotId: expect.any(String), heldUntil: new Date(first.clock.now().getTime() + 30 * 60_000).toISOString() } });
  const taken = await request(first.http).post('/api/v1/bookings').set(bearer(tokens[41])).send({ eventId: eveningId, studentId: ids.S41, teacherId: ids.T1, slotId: mine.offer.slotId }).expect(409);
  expect(taken.body.code).toBe('BOOKING.SLOT_HELD');
  // Family 21 takes its time as any booking; family 22 says no, and its time goes to family 41 at once.
  await request(second.http).post('/api/v1/bookings').set(bearer(tokens[21])).send({ eventId: eveningId, studentId: ids.S21, teacherId: ids.T1, slotId: mine.offer.slotId }).expect(201);
  const declined = (await request(first.http).get(`/api/v1/parent/events/${eveningId}/waiting-list`).set(bearer(tokens[22])).expect(200)).body[0];
  await request(first.http).delete(`/api/v1/parent/waiting-list/${declined.id}`).set(bearer(tokens[22])).expect(204);
  const after = await places();
  expect(after.find((r) => r.family === 'C21')!.state).toBe('booked');
  expect(after.find((r) => r.family === 'C22')!.state).toBe('left');
  expect(after.find((r) => r.family === 'C41')).toMatchObject({ state: 'offered', offered_slot_id: declined.offer.slotId });
}, 60_000);

it('passes each unanswered offer on once when its time runs out, though both instances pass offers on at once', async () => {
  both((t) => t.clock.advance(31 * 60_000));
  const runs = await Promise.all([first, second].map((t) => asScheduledJob(() => t.app.get(WaitingOffersJob).run())));
  const total = (key: string) => runs.reduce((sum, counts) => sum + counts[key], 0);
  // Families 23-41 let their offers run out: 19 lapse, and the 9 families still waiting (42-50) are offered times.
  expect({ lapsed: total('lapsed'), offered: total('offered') }).toEqual({ lapsed: 19, offered: 9 });
  const rows = await places();
  expect(familiesIn(rows, 'lapsed')).toEqual(range(23, 41));
  expect(familiesIn(rows, 'offered')).toEqual(range(42, 50));
  expect(familiesIn(rows, 'waiting')).toEqual([]);
  expect(new Set(rows.filter((r) => r.state === 'offered').map((r) => r.offered_slot_id)).size).toBe(9);

  // Half an hour later nobody is left to offer to: the times are free again for anyone.
  both((t) => t.clock.advance(31 * 60_000));
  const last = await Promise.all([first, second].map((t) => asScheduledJob(() => t.app.get(WaitingOffersJob).run())));
  expect(last.reduce((sum, counts) => sum + counts.lapsed, 0)).toBe(9);
  expect(last.reduce((sum, counts) => sum + counts.offered, 0)).toBe(0);
  const page = await request(first.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(tokens[41])).expect(200);
  expect(page.body.students[0].teachers[0].freeSlots).toHaveLength(SLOTS - 1);
});
