import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { exposureOf, outsideSchools } from '../../libs/privacy/src/breach/breach-catalogue.js';
import { createOperator, createPersonLogin, demoSchool, drainOutbox, flushUsage, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';
import { parseCsv } from '@ptc/platform';

/**
 * Issue 21: a seeded incident. Before the window the office sets up an evening; in the window
 * Siobhán (parent) looks at her family's evening, Mr Kowalski (teacher) at his students, and José
 * (parent) books Amélie with Mrs Smith; after it the office works again. The report names exactly the
 * people that activity reached, and the operator's incident keeps the 72-hour clock.
 */
let t: TestApp;
let operator: string;
let a: { school: SchoolFixture; ids: Record<string, string> };
let b: { school: SchoolFixture; ids: Record<string, string> };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const START = new Date('2026-11-20T09:00:00Z');
const WINDOW = { from: '2026-11-20T10:00:00.000Z', to: '2026-11-20T12:00:00.000Z' };

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(START);
  operator = (await createOperator(t)).token;
  a = await demoSchool(t, 'breach-a', operator);
  b = await demoSchool(t, 'breach-b', operator);
  const admin = bearer(a.school.adminToken);
  // A cell a spreadsheet would run, in a name the list will carry.
  await request(t.http).patch(`/api/v1/admin/contacts/${a.ids.C2}`).set(admin).send({ lastName: '=HYPERLINK("http://evil.example")' }).expect(200);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin)
    .send({ name: 'Winter evening', sessions: [{ date: '2026-12-10', start: '16:00', end: '18:00' }], slotMinutes: 10, opensAt: '2026-11-20T08:00:00Z', closesAt: '2026-12-10T12:00:00Z' })
    .expect(201);
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin).expect(200);
  const slots = (await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/slots?teacherId=${a.ids.T1}`).set(admin).expect(200)).body.items;
  const siobhan = bearer(await createPersonLogin(t, a.school, 'parent', a.ids.C1, 'siobhan.breach'));
  const jose = bearer(await createPersonLogin(t, a.school, 'parent', a.ids.C2, 'jose.breach'));
  const kowalski = bearer(await createPersonLogin(t, a.school, 'teacher', a.ids.T2, 'kowalski.breach'));

  t.clock.set(new Date('2026-11-20T10:30:00Z'));
  await request(t.http).get('/api/v1/parent/events').set(siobhan).expect(200);
  await request(t.http).get(`/api/v1/parent/events/${evening.body.id}`).set(siobhan).expect(200);
  await request(t.http).get('/api/v1/teacher/students').set(kowalski).expect(200);
  await request(t.http).post('/api/v1/bookings').set(jose).send({ eventId: evening.body.id, studentId: a.ids.S3, teacherId: a.ids.T1, slotId: slots[0].id }).expect(201);
  // A refused request shows nothing.
  await request(t.http).get(`/api/v1/bookings/${a.ids.S1}`).set(siobhan).expect(404);

  t.clock.set(new Date('2026-11-20T13:00:00Z'));
  await request(t.http).get('/api/v1/admin/students').set(admin).expect(200);
  await request(t.http).get('/api/v1/admin/students').set(bearer(b.school.adminToken)).expect(200);
  await flushUsage(t);
  await drainOutbox(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

it('knows how far every route of the API reaches (a new route must be classified)', async () => {
  const document: OpenAPIObject = (await request(t.http).get('/api/docs/openapi.json').expect(200)).body;
  const routes = Object.keys(document.paths).map((path) => path.replace(/\{([^}]+)\}/g, ':$1'));
  expect(routes.filter((route) => !outsideSchools(route) && !exposureOf(route))).toEqual([]);
});

it('names exactly the people the window’s activity reached, by kind and category, with the routes', async () => {
  const res = await request(t.http).get('/api/v1/admin/breach-report').query(WINDOW).set(bearer(a.school.adminToken)).expect(200);
  const names = res.body.people.map((p: { kind: string; firstName: string }) => `${p.kind} ${p.firstName}`);
  expect(names.sort()).toEqual(['contact José', 'contact Siobhán', 'student Amélie', 'student Kwame', 'student Liam', 'student Zoë', 'teacher Anne-Marie', 'teacher Łukasz'].sort());
  expect(res.body.counts).toEqual({ student: 4, contact: 2, teacher: 2 });
  expect(res.body.categories.appointments).toBe(8);
  expect(res.body.changes).toMatchObject({ bookingChanges: 1, syncRuns: 0 });
  expect(res.body.routes).toContainEqual({ method: 'GET', route: '/api/v1/parent/events/:id', requests: 1, users: 1, categories: ['appointments', 'school record'], reach: 'family' });
  expect(res.body.routes).toContainEqual(expect.objectContaining({ method: 'GET', route: '/api/v1/teacher/students', reach: 'teacher' }));
  expect(res.body.routes.map((r: { route: string }) => r.route)).not.toContain('/api/v1/bookings/:id');
  const kwame = res.body.people.find((p: { firstName: string }) => p.firstName === 'Kwame');
  expect(kwame.how).toEqual(['read: GET /api/v1/teacher/students']);
  const amelie = res.body.people.find((p: { firstName: string }) => p.firstName === 'Amélie');
  expect(amelie.how).toEqual(['changed: bookings', 'read: POST /api/v1/bookings']);

  // The list as the school would write to them: spreadsheet-safe.
  const csv = await request(t.http).get('/api/v1/admin/breach-report.csv').query(WINDOW).set(bearer(a.school.adminToken)).expect(200);
  const { headers, records } = parseCsv(csv.text);
  expect(headers).toEqual(['kind', 'last_name', 'first_name', 'email', 'phone', 'sis_id', 'data_categories', 'how']);
  expect(records).toHaveLength(8);
  const jose = records.find((r) => r.values.first_name === 'José')!;
  expect(jose.values.last_name).toBe('\'=HYPERLINK("http://evil.example")');

  // The other school's window was quiet; the office's own work after the window is not in it.
  const quiet = await request(t.http).get('/api/v1/admin/breach-report').query(WINDOW).set(bearer(b.school.adminToken)).expect(200);
  expect(quiet.body.counts).toEqual({ student: 0, contact: 0, teacher: 0 });
  expect((await request(t.http).get('/api/v1/admin/breach-report').query({ from: WINDOW.to, to: WINDOW.from }).set(bearer(a.school.adminToken)).expect(400)).body.code).toBe('INCIDENT.WINDOW');
});

it('keeps the operator’s incident with the 72-hour clock: the schools concerned are told through the outbox and acknowledge', async () => {
  t.clock.set(new Date('2026-11-21T09:00:00Z'));
  const opened = await request(t.http)
    .post('/api/v1/operator/incidents')
    .set(bearer(operator))
    .send({ title: 'Stolen support laptop', description: 'A laptop with a support session open was stolen.', detectedAt: '2026-11-21T08:00:00Z', ...WINDOW })
    .expect(201);
  // Only the school used in the window is concerned, with its counts; nobody is told yet.
  expect(opened.body).toMatchObject({ notifyBy: '2026-11-24T08:00:00.000Z', schools: [{ schoolId: a.school.id, affected: { student: 4, contact: 2, teacher: 2 }, notifiedAt: null, late: false }] });

  const sent = t.mailbox.messages.length;
  const notified = await request(t.http).post(`/api/v1/operator/incidents/${opened.body.id}/notify`).set(bearer(operator)).expect(200);
  expect(notified.body.schools[0].notifiedAt).toBe('2026-11-21T09:00:00.000Z');
  await drainOutbox(t);
  const mails = t.mailbox.messages.slice(sent);
  expect(mails.map((m) => m.subject)).toContain('Security incident: Stolen support laptop');
  const notice = mails.find((m) => [m.to].flat().some((to) => to?.text.includes('tech@breach-a.example')))!;
  expect(notice.text).toContain('data of 4 student(s), 2 parent(s) or carer(s) and 2 teacher(s) of your school');
  // Told once: a second notify sends nothing.
  await request(t.http).post(`/api/v1/operator/incidents/${opened.body.id}/notify`).set(bearer(operator)).expect(200);
  expect(await drainOutbox(t)).toBe(0);

  const theirs = await request(t.http).get('/api/v1/admin/incidents').set(bearer(a.school.adminToken)).expect(200);
  expect(theirs.body).toMatchObject([{ id: opened.body.id, title: 'Stolen support laptop', acknowledgedAt: null }]);
  const list = await request(t.http).get(`/api/v1/admin/incidents/${opened.body.id}/affected.csv`).set(bearer(a.school.adminToken)).expect(200);
  expect(parseCsv(list.text).records).toHaveLength(8);
  // Another school neither sees nor acknowledges it.
  expect((await request(t.http).get('/api/v1/admin/incidents').set(bearer(b.school.adminToken)).expect(200)).body).toEqual([]);
  await request(t.http).post(`/api/v1/admin/incidents/${opened.body.id}/acknowledge`).set(bearer(b.school.adminToken)).expect(404);
  await request(t.http).post(`/api/v1/admin/incidents/${opened.body.id}/acknowledge`).set(bearer(a.school.adminToken)).expect(200);
  const operatorView = (await request(t.http).get('/api/v1/operator/incidents').set(bearer(operator)).expect(200)).body.find((i: { id: string }) => i.id === opened.body.id);
  expect(operatorView.schools[0]).toMatchObject({ acknowledgedAt: '2026-11-21T09:00:00.000Z', late: false });
  const affected = await request(t.http).get(`/api/v1/operator/incidents/${opened.body.id}/schools/${a.school.id}/affected.csv`).set(bearer(operator)).expect(200);
  expect(parseCsv(affected.text).records).toHaveLength(8);
  await request(t.http).get(`/api/v1/operator/incidents/${opened.body.id}/schools/${b.school.id}/affected.csv`).set(bearer(operator)).expect(404);
});

it('marks a school told after the 72 hours as late, and one not yet told once they have passed', async () => {
  t.clock.set(new Date('2026-11-25T09:00:00Z'));
  const late = await request(t.http)
    .post('/api/v1/operator/incidents')
    .set(bearer(operator))
    .send({ title: 'Misdirected export', description: 'An export reached the wrong address.', detectedAt: '2026-11-21T09:00:00Z', ...WINDOW, schoolIds: [a.school.id, b.school.id] })
    .expect(201);
  expect(late.body.schools.map((s: { late: boolean }) => s.late)).toEqual([true, true]);
  const told = await request(t.http).post(`/api/v1/operator/incidents/${late.body.id}/notify`).set(bearer(operator)).expect(200);
  expect(told.body.schools.every((s: { late: boolean; notifiedAt: string }) => s.late && s.notifiedAt === '2026-11-25T09:00:00.000Z')).toBe(true);
  expect((await request(t.http).post('/api/v1/operator/incidents').set(bearer(operator)).send({ title: 'x', description: 'y', detectedAt: '2026-11-30T00:00:00Z', ...WINDOW }).expect(400)).body.code).toBe('INCIDENT.DETECTED_AT');
});
