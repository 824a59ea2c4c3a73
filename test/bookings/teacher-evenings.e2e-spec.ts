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
  expect(settings.body).toEqual({ parentCancelCutoffHours: null, teachersSetAvailability: true, notBookedReminderDays: 2, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: null });
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

it("deletes a draft evening with everything generated for it, and refuses to delete a published one", async () => {
  const day = new Date(t.clock.now().getTime() + 9 * 86_400_000).toISOString().slice(0, 10);
  const draft = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin)
    .send({ name: 'Draft', sessions: [{ date: day, start: '16:00', end: '17:00' }], slotMinutes: 10, opensAt: t.clock.now().toISOString(), closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() })
    .expect(201);
  const slotsBefore = (await t.db.query('select count(*)::int as n from slot where evening_id = $1', [draft.body.id])).rows[0].n;
  expect(slotsBefore).toBeGreaterThan(0);
  await request(t.http).delete(`/api/v1/admin/events/${draft.body.id}`).set(bearer(other.adminToken)).expect(404);
  await request(t.http).delete(`/api/v1/admin/events/${draft.body.id}`).set(admin).expect(204);
  await request(t.http).get(`/api/v1/admin/events/${draft.body.id}`).set(admin).expect(404);
  const left = await t.db.query(
    `select (select count(*)::int from slot where evening_id = $1) + (select count(*)::int from evening_teacher where evening_id = $1) + (select count(*)::int from evening_session where evening_id = $1) as n`,
    [draft.body.id],
  );
  expect(left.rows[0].n).toBe(0);
  const published = await request(t.http).delete(`/api/v1/admin/events/${school.eveningId}`).set(admin).expect(409);
  expect(published.body.code).toBe('EVENING.NOT_A_DRAFT');
});

it("lists the school's year groups in natural order", async () => {
  const labels = (await request(t.http).get('/api/v1/admin/students/year-labels').set(admin).expect(200)).body as string[];
  const { rows } = await t.db.query('select distinct year_label from student where school_id = $1 and year_label is not null', [school.id]);
  expect([...labels].sort()).toEqual(rows.map((r) => r.year_label).sort());
  expect(labels).toEqual([...labels].sort(new Intl.Collator('en', { numeric: true }).compare));
});

it("counts the families of an evening's year groups only in its grid", async () => {
  const { rows: [{ year_label: year }] } = await t.db.query('select year_label from student where school_id = $1 and year_label is not null order by year_label limit 1', [school.id]);
  const day = new Date(t.clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin)
    .send({ name: 'One year', yearLabels: [year], sessions: [{ date: day, start: '16:00', end: '17:00' }], slotMinutes: 10, opensAt: t.clock.now().toISOString(), closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() })
    .expect(201);
  const grid = await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/grid`).set(admin).expect(200);
  const { rows: [families] } = await t.db.query(
    'select count(distinct cl.contact_id)::int as n from contact_link cl join student s on s.id = cl.student_id where cl.school_id = $1 and s.year_label = $2',
    [school.id, year],
  );
  expect(grid.body.counts.familiesNotBooked).toBe(families.n);
});

it("gives the office one teacher's schedule as CSV, and nothing of another school's evening", async () => {
  const csv = await request(t.http).get(`/api/v1/admin/events/${school.eveningId}/teachers/${school.teacherId}/schedule.csv`).set(admin).expect(200);
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^date,start,end,/);
  expect(lines.slice(1).some((line) => line.split(',').includes(school.appointmentId))).toBe(true);
  await request(t.http).get(`/api/v1/admin/events/${other.eveningId}/teachers/${school.teacherId}/schedule.csv`).set(admin).expect(404);
  await request(t.http).get(`/api/v1/admin/events/${school.eveningId}/teachers/${school.teacherId}/schedule.csv`).set(teacher).expect(403);
});

it("changes a draft's whole set-up: new sessions and slots, teachers who stay keep their hours; a published evening is refused", async () => {
  const { rows } = await t.db.query('select id from teacher where school_id = $1 order by id limit 3', [school.id]);
  const [a, b, c] = rows.map((r) => r.id as string);
  const day = new Date(t.clock.now().getTime() + 11 * 86_400_000).toISOString().slice(0, 10);
  const window = { opensAt: t.clock.now().toISOString(), closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() };
  const draft = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin)
    .send({ name: 'To change', sessions: [{ date: day, start: '16:00', end: '17:00' }], slotMinutes: 10, teacherIds: [a, b], ...window })
    .expect(201);
  await request(t.http).put(`/api/v1/admin/events/${draft.body.id}/teachers/${a}/availability`).set(admin).send({ leaveAt: '17:30' }).expect(200);

  const changed = await request(t.http)
    .put(`/api/v1/admin/events/${draft.body.id}`)
    .set(admin)
    .send({ name: 'Changed', sessions: [{ date: day, start: '17:00', end: '18:00' }], slotMinutes: 15, teacherIds: [a, c], ...window })
    .expect(200);
  expect(changed.body).toMatchObject({ name: 'Changed', slotMinutes: 15, status: 'draft' });
  expect(changed.body.sessions).toEqual([expect.objectContaining({ start: '17:00', end: '18:00' })]);
  const byTeacher = new Map(changed.body.teachers.map((x: { teacherId: string }) => [x.teacherId, x]));
  expect([...byTeacher.keys()].sort()).toEqual([a, c].sort());
  // A keeps leaving at 17:30: two 15-minute times; C has the whole hour.
  expect(byTeacher.get(a)).toMatchObject({ leaveAt: '17:30', slots: 2 });
  expect(byTeacher.get(c)).toMatchObject({ leaveAt: null, slots: 4 });
  const { rows: [left] } = await t.db.query('select count(*)::int as n from slot where evening_id = $1 and teacher_id = $2', [draft.body.id, b]);
  expect(left.n).toBe(0);

  const refused = await request(t.http).put(`/api/v1/admin/events/${school.eveningId}`).set(admin).send({ name: 'No', sessions: [{ date: day, start: '17:00', end: '18:00' }], slotMinutes: 15, ...window }).expect(409);
  expect(refused.body.code).toBe('EVENING.NOT_A_DRAFT');
});

it("lists the teachers of one year group (for adding them all to an evening)", async () => {
  const { rows: [{ year_label: year }] } = await t.db.query('select year_label from student where school_id = $1 and year_label is not null order by year_label limit 1', [school.id]);
  const listed = await request(t.http).get(`/api/v1/admin/teachers?limit=500&yearLabel=${encodeURIComponent(year)}`).set(admin).expect(200);
  const { rows } = await t.db.query(
    'select distinct tl.teacher_id from teacher_link tl join student s on s.id = tl.student_id where tl.school_id = $1 and s.year_label = $2',
    [school.id, year],
  );
  expect(listed.body.items.map((x: { id: string }) => x.id).sort()).toEqual(rows.map((r) => r.teacher_id).sort());
  const all = await request(t.http).get('/api/v1/admin/teachers?limit=500').set(admin).expect(200);
  expect(all.body.total).toBeGreaterThanOrEqual(listed.body.total);
});

it('gives a teacher login with no directory record nothing of any evening: fail closed, never another teacher’s appointments', async () => {
  const created = await request(t.http).post('/api/v1/admin/users').set(admin).send({ role: 'teacher', screenName: 'no.person', password: 'a long enough passphrase' }).expect(201);
  expect(created.body.personId).toBeNull();
  const token = (await request(t.http).post('/api/v1/auth/login').send({ school: 'teachers-own', screenName: 'no.person', password: 'a long enough passphrase' }).expect(200)).body.accessToken;
  const nobody = bearer(token);
  for (const path of ['schedule', 'schedule.csv', 'schedule.ics']) {
    const res = await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}/${path}`).set(nobody);
    expect([path, res.status]).toEqual([path, 403]);
    expect(JSON.stringify(res.body ?? '')).not.toContain('@');
  }
  expect((await request(t.http).get('/api/v1/teacher/events').set(nobody).expect(403)).body.code).toBe('BOOKING.NOT_A_TEACHER');
});

it('stops the calendar feed while the teacher’s login is disabled, and for good once the teacher leaves the directory', async () => {
  const feed = new URL((await request(t.http).get(`/api/v1/teacher/events/${school.eveningId}/schedule-feed`).set(teacher).expect(200)).body.url).pathname;
  await request(t.http).get(feed).expect(200);
  const { id } = (await t.db.query("select id from app_user where screen_name = 'own.teacher'")).rows[0];
  await request(t.http).post(`/api/v1/admin/users/${id}/disable`).set(admin).expect(200);
  await request(t.http).get(feed).expect(404);
  await request(t.http).post(`/api/v1/admin/users/${id}/enable`).set(admin).expect(200);
  await request(t.http).get(feed).expect(200);
  // Removed from the directory (its future appointments are cancelled): the address is dead.
  await request(t.http).delete(`/api/v1/admin/teachers/${school.teacherId}`).set(admin).expect(204);
  await request(t.http).get(feed).expect(404);
});
