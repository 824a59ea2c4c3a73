import ICAL from 'ical.js';
import request from 'supertest';
import { JobRunner, parseCsv } from '@ptc/platform';
import { IdempotencySweepJob, RemindersJob } from '@ptc/bookings';
import type { ParsedMail } from 'mailparser';
import { clone, generateDirectory } from '../support/directory-factory.js';
import { linkInEmail, openEmailedLink } from '../support/emailed-links.js';
import { asScheduledJob, binaryBody, createOperator, createPersonLogin, createSchool, drainOutbox, listen, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let url: string;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
let parentToken: string;
let teacherToken: string;
let eveningId: string;
const ids: Record<string, string> = {};

// 60 students; T0 teaches everyone, T1 and T2 teach S0 and S1; parent C0-0 also has S1 (siblings).
const directory = generateDirectory(60, 4, 1);
directory.teacherLinks = [
  ...directory.students.map((s) => ({ teacherSisId: 'T0', studentSisId: s.sisId, label: 'Tutor' })),
  ...['T1', 'T2'].flatMap((tid) => ['S0', 'S1'].map((sid) => ({ teacherSisId: tid, studentSisId: sid, label: null }))),
];
directory.contactLinks.push({ contactSisId: 'C0-0', studentSisId: 'S1', relationship: 'mother' });

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const id = async (table: string, sisId: string) => {
  const key = `${table}:${sisId}`;
  ids[key] ??= (await t.db.query(`select id from ${table} where sis_id = $1 and school_id = $2`, [sisId, school.id])).rows[0].id;
  return ids[key];
};
/** A response read as bytes (calendar files, CSV with its BOM). */
const binary = (r: request.Test) => r.buffer(true).parse(binaryBody as never);

async function slotsOf(teacherSis: string, evening = eveningId) {
  const res = await request(t.http).get(`/api/v1/admin/events/${evening}/slots?teacherId=${await id('teacher', teacherSis)}`).set(bearer(school.adminToken)).expect(200);
  return res.body.items as { id: string; teacherId: string; localStart: string; startsAt: string; appointmentId: string | null; blocked: boolean }[];
}
const book = async (token: string, studentSis: string, teacherSis: string, slotId: string, extra: Record<string, string> = {}, evening = eveningId, headers: Record<string, string> = {}) =>
  request(url)
    .post('/api/v1/bookings')
    .set({ ...bearer(token), ...headers })
    .send({ eventId: evening, studentId: await id('student', studentSis), teacherId: await id('teacher', teacherSis), slotId, ...extra });

/** The calendar attached to the last email to an address, parsed by a real iCalendar library. */
async function lastCalendar(address: string): Promise<{ mail: ParsedMail; method: string; event: ICAL.Event }> {
  await drainOutbox(t);
  const mails = t.mailbox.to(address);
  const mail = mails[mails.length - 1];
  const ics = mail.attachments.find((a) => a.filename === 'appointment.ics')!;
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { mail, method: String(calendar.getFirstPropertyValue('method')), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

async function createEvening(body: Record<string, unknown> = {}) {
  const res = await request(t.http)
    .post('/api/v1/admin/events')
    .set(bearer(school.adminToken))
    .send({
      name: 'Autumn parents’ evening',
      sessions: [{ date: '2026-12-10', start: '16:00', end: '19:00' }],
      slotMinutes: 10,
      opensAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
      closesAt: '2026-12-10T12:00:00Z',
      location: 'Main hall',
      ...body,
    })
    .expect(201);
  return res.body;
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2026-11-28T10:00:00Z'));
  url = await listen(t);
  const operator = await createOperator(t);
  school = await createSchool(t, operator.token, 'booking-school');
  otherSchool = await createSchool(t, operator.token, 'booking-other');
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(directory).expect(201);
  parentToken = await createPersonLogin(t, school, 'parent', await id('contact', 'C0-0'), 'parent.zero');
  teacherToken = await createPersonLogin(t, school, 'teacher', await id('teacher', 'T1'), 'teacher.one');
  const evening = await createEvening();
  eveningId = evening.id;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(bearer(school.adminToken)).expect(200);
});
afterAll(async () => {
  await t?.close();
});

describe('setting up an evening', () => {
  it('creates slots for every teacher linked to the students, in the school’s local time', async () => {
    const res = await request(t.http).get(`/api/v1/admin/events/${eveningId}`).set(bearer(school.adminToken)).expect(200);
    expect(res.body).toMatchObject({ status: 'published', timezone: 'Europe/London', sessions: [{ date: '2026-12-10', start: '16:00', end: '19:00' }] });
    expect(res.body.teachers).toHaveLength(3);
    expect(res.body.teachers.every((tt: { slots: number }) => tt.slots === 18)).toBe(true);
    const slots = await slotsOf('T0');
    expect(slots[0].localStart).toBe('2026-12-10T16:00:00+00:00');
    expect(slots[17].localStart).toBe('2026-12-10T18:50:00+00:00');
  });

  it('answers the creation with the real slot counts of each teacher', async () => {
    const created = await createEvening({ name: 'Counted' });
    expect(created.teachers.map((tt: { slots: number }) => tt.slots)).toEqual([18, 18, 18]);
  });

  it('keeps local times right on a daylight-saving change day', async () => {
    // UK clocks go forward at 01:00 on 28 March 2027.
    const dst = await createEvening({ name: 'Spring', sessions: [{ date: '2027-03-28', start: '16:00', end: '16:30' }], opensAt: '2027-03-01T00:00:00Z', closesAt: '2027-03-28T00:00:00Z' });
    const slots = await slotsOf('T0', dst.id);
    expect(slots.map((s) => s.localStart)).toEqual(['2027-03-28T16:00:00+01:00', '2027-03-28T16:10:00+01:00', '2027-03-28T16:20:00+01:00']);
    expect(slots[0].startsAt).toBe('2027-03-28T15:00:00.000Z');
    const bad = await request(t.http)
      .post('/api/v1/admin/events')
      .set(bearer(school.adminToken))
      .send({ name: 'x', sessions: [{ date: '2027-03-28', start: '01:15', end: '03:00' }], slotMinutes: 10, opensAt: '2027-03-01T00:00:00Z', closesAt: '2027-03-27T00:00:00Z' })
      .expect(400);
    expect(bad.body.details[0].problems[0]).toContain('does not exist in Europe/London');
  });

  it('tells apart in exports the two 01:30s of an autumn clock-change day', async () => {
    // UK clocks go back at 02:00 on 31 October 2027: 01:00-02:00 happens twice.
    const autumn = await createEvening({ name: 'Autumn change', sessions: [{ date: '2027-10-31', start: '00:30', end: '02:00' }], closesAt: '2027-10-30T00:00:00Z' });
    await request(t.http).post(`/api/v1/admin/events/${autumn.id}/publish`).set(bearer(school.adminToken)).expect(200);
    const slots = await slotsOf('T0', autumn.id);
    const first = slots.find((s) => s.startsAt === '2027-10-31T00:30:00.000Z')!; // 01:30 summer time
    const second = slots.find((s) => s.startsAt === '2027-10-31T01:30:00.000Z')!; // 01:30 winter time
    await book(school.adminToken, 'S0', 'T0', first.id, { contactId: await id('contact', 'C0-0') }, autumn.id).then((r) => expect(r.status).toBe(201));
    await book(school.adminToken, 'S3', 'T0', second.id, { contactId: await id('contact', 'C3-0') }, autumn.id).then((r) => expect(r.status).toBe(201));
    const rows = (await request(t.http).get(`/api/v1/admin/events/${autumn.id}/bookings.json`).set(bearer(school.adminToken)).expect(200)).body;
    expect(rows.map((r: { time: string; startsAt: string; endsAt: string }) => [r.time, r.startsAt, r.endsAt])).toEqual([
      ['01:30', '2027-10-31T01:30:00+01:00', '2027-10-31T01:40:00+01:00'],
      ['01:30', '2027-10-31T01:30:00+00:00', '2027-10-31T01:40:00+00:00'],
    ]);
    const csv = await binary(request(t.http).get(`/api/v1/admin/events/${autumn.id}/bookings.csv`).set(bearer(school.adminToken))).expect(200);
    expect(parseCsv((csv.body as Buffer).toString('utf8')).records.map((r) => r.values.starts_at)).toEqual(['2027-10-31T01:30:00+01:00', '2027-10-31T01:30:00+00:00']);
  });

  it('shows a parent each of their students with the teachers and free slots', async () => {
    const res = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(parentToken)).expect(200);
    expect(res.body.students.map((s: { student: { sisId: string } }) => s.student.sisId).sort()).toEqual(['S0', 'S1']);
    const s0 = res.body.students.find((s: { student: { sisId: string } }) => s.student.sisId === 'S0');
    expect(s0.teachers).toHaveLength(3);
    expect(s0.teachers[0].freeSlots).toHaveLength(18);
  });
});

describe('booking', () => {
  it('books a slot and emails the parent a calendar entry', async () => {
    t.clock.set(new Date('2026-11-29T10:00:00Z')); // the day after anyone logged in
    const [slot] = await slotsOf('T1');
    const res = await book(parentToken, 'S0', 'T1', slot.id);
    expect(res.status).toBe(201);
    // A booking is activity that keeps a trial school from being judged inactive.
    const licence = await request(t.http).get('/api/v1/school/licence').set(bearer(school.adminToken)).expect(200);
    expect(licence.body.lastActivityOn).toBe('2026-11-29');
    expect(res.body).toMatchObject({ slotId: slot.id, status: 'active', sequence: 0, localStart: '2026-12-10T16:00:00+00:00' });
    const { mail, method, event } = await lastCalendar('parent0-0@home.example');
    expect(mail.subject).toMatch(/^Appointment booked: Zoë O'Brien with \S+ Łukasz 小明, /);
    expect(mail.text).toContain('Thursday, 10 December 2026 at 16:00 (United Kingdom Time), 10 minutes');
    expect(mail.text).toContain('Main hall');
    expect(method).toBe('REQUEST');
    // Also as the invitation part mail clients offer Add/Accept for, beside the attachment.
    const invitation = mail.attachments.find((a) => a.filename !== 'appointment.ics' && a.contentType === 'text/calendar');
    expect(invitation?.headers.get('content-type')).toMatchObject({ value: 'text/calendar', params: expect.objectContaining({ method: 'REQUEST' }) });
    expect(invitation?.content.toString('utf8')).toContain(`UID:${res.body.id}@ptc`);
    expect(event.uid).toBe(`${res.body.id}@ptc`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T16:00:00.000Z');
    ids.firstAppointment = res.body.id;
  });

  it('gives exactly one of 50 parallel requests for one slot, and 409 to the others', async () => {
    const [, slot] = await slotsOf('T0');
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => book(school.adminToken, `S${i + 2}`, 'T0', slot.id, { contactId: await id('contact', `C${i + 2}-0`) })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['BOOKING.SLOT_TAKEN']));
    const { rows } = await t.db.query("select count(*)::int as n from appointment where slot_id = $1 and status = 'active'", [slot.id]);
    expect(rows[0].n).toBe(1);
  });

  it('lets at most one of 100 parallel overlapping requests by one parent stand', async () => {
    const slotsByTeacher = { T1: await slotsOf('T1'), T2: await slotsOf('T2') };
    // 16:30 for both teachers and both children: every pair overlaps in time.
    const attempts = Array.from({ length: 100 }, (_, i) => {
      const teacher = i % 2 ? 'T1' : 'T2';
      const student = i % 4 < 2 ? 'S1' : 'S0';
      return book(parentToken, student, teacher, slotsByTeacher[teacher].find((s) => s.localStart.includes('T16:30'))!.id);
    });
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const { rows } = await t.db.query(
      `select count(*)::int as n from appointment where contact_id = $1 and status = 'active' and starts_at = '2026-12-10T16:30:00Z'`,
      [await id('contact', 'C0-0')],
    );
    expect(rows[0].n).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it('returns the first answer to parallel replays with one Idempotency-Key, and refuses the key for another request', async () => {
    const slots = await slotsOf('T0');
    const slot = slots.find((s) => s.localStart.includes('T18:00'))!;
    const key = `replay-${slot.id}`;
    const contactId = await id('contact', 'C10-0');
    const replays = await Promise.all(Array.from({ length: 10 }, () => book(school.adminToken, 'S10', 'T0', slot.id, { contactId }, eveningId, { 'Idempotency-Key': key })));
    expect(replays.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(replays.map((r) => r.body.id)).size).toBe(1);
    const { rows } = await t.db.query("select count(*)::int as n from appointment where slot_id = $1", [slot.id]);
    expect(rows[0].n).toBe(1);
    const other = await book(school.adminToken, 'S11', 'T0', slots[slots.length - 1].id, { contactId: await id('contact', 'C11-0') }, eveningId, { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('BOOKING.IDEMPOTENCY_KEY_REUSED');

    // Keys (and the answers they hold) are forgotten after 24 hours by the daily sweep.
    const now = t.clock.now();
    const sweep = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(IdempotencySweepJob).run()));
    t.clock.set(new Date(now.getTime() + 23 * 3_600_000));
    expect(await sweep()).toEqual({ forgotten: 0, proposalsForgotten: 0 });
    t.clock.set(new Date(now.getTime() + 25 * 3_600_000));
    expect(await sweep()).toEqual({ forgotten: 1, proposalsForgotten: 0 });
    t.clock.set(now);
    expect((await t.db.query('select count(*)::int as n from booking_idempotency')).rows[0].n).toBe(0);
  });

  it('answers each broken rule with its own code', async () => {
    const t0 = await slotsOf('T0');
    const t3 = await slotsOf('T1');
    // A teacher who does not teach the student.
    const notLinked = await book(school.adminToken, 'S5', 'T1', t3[5].id, { contactId: await id('contact', 'C5-0') });
    expect([notLinked.status, notLinked.body.code]).toEqual([422, 'BOOKING.TEACHER_NOT_LINKED']);
    // A student the parent is not linked to.
    const stranger = await book(parentToken, 'S7', 'T0', t0[7].id);
    expect([stranger.status, stranger.body.code]).toEqual([403, 'BOOKING.NOT_LINKED_TO_STUDENT']);
    // A second appointment with the same teacher for the same student.
    const again = await book(parentToken, 'S0', 'T1', t3[10].id);
    expect([again.status, again.body.code]).toEqual([409, 'BOOKING.ALREADY_BOOKED_WITH_TEACHER']);
    // Too close to the parent's own appointment at 16:00 with a 10 minute gap? The gap is 0 here: 16:10 is fine,
    // but 16:00 itself overlaps.
    const overlap = await book(parentToken, 'S0', 'T0', t0[0].id);
    expect([overlap.status, overlap.body.code]).toEqual([409, 'BOOKING.PARENT_OVERLAP']);
    // A blocked slot.
    await request(t.http).post(`/api/v1/admin/events/${eveningId}/slots/${t0[13].id}/block`).set(bearer(school.adminToken)).expect(200);
    const blocked = await book(parentToken, 'S0', 'T0', t0[13].id);
    expect([blocked.status, blocked.body.code]).toEqual([409, 'BOOKING.SLOT_BLOCKED']);
    // No record was written by any of these.
    const { rows } = await t.db.query("select count(*)::int as n from appointment where slot_id = any($1::uuid[])", [[t3[5].id, t0[7].id, t3[10].id, t0[13].id]]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses parents outside the booking window, and lets an admin book for them', async () => {
    const later = await createEvening({ name: 'Not open yet', sessions: [{ date: '2026-12-11', start: '16:00', end: '17:00' }], opensAt: '2026-12-01T08:00:00Z', closesAt: '2026-12-09T08:00:00Z' });
    await request(t.http).post(`/api/v1/admin/events/${later.id}/publish`).set(bearer(school.adminToken)).expect(200);
    const [slot] = await slotsOf('T0', later.id);
    const parent = await book(parentToken, 'S0', 'T0', slot.id, {}, later.id);
    expect([parent.status, parent.body.code]).toEqual([409, 'BOOKING.WINDOW_CLOSED']);
    const admin = await book(school.adminToken, 'S0', 'T0', slot.id, { contactId: await id('contact', 'C0-0') }, later.id);
    expect(admin.status).toBe(201);
  });

  it('moves an appointment atomically and sends the update with the same UID and a higher SEQUENCE', async () => {
    const slots = await slotsOf('T1');
    const target = slots.find((s) => s.localStart.includes('T17:00'))!;
    const res = await request(t.http).post(`/api/v1/bookings/${ids.firstAppointment}/move`).set(bearer(parentToken)).send({ slotId: target.id }).expect(200);
    expect(res.body).toMatchObject({ slotId: target.id, sequence: 1, localStart: '2026-12-10T17:00:00+00:00' });
    const { method, event, mail } = await lastCalendar('parent0-0@home.example');
    expect(mail.subject).toMatch(/^Appointment moved/);
    expect([method, event.uid, event.sequence]).toEqual(['REQUEST', `${ids.firstAppointment}@ptc`, 1]);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T17:00:00.000Z');
    // "Add to calendar" downloads the same event the email carried (same UID and SEQUENCE); nobody else's.
    const download = await binary(request(t.http).get(`/api/v1/bookings/${ids.firstAppointment}/calendar.ics`).set(bearer(parentToken))).expect(200);
    expect(download.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const downloaded = new ICAL.Event(new ICAL.Component(ICAL.parse((download.body as Buffer).toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect([downloaded.uid, downloaded.sequence, downloaded.startDate.toJSDate().toISOString()]).toEqual([`${ids.firstAppointment}@ptc`, 1, '2026-12-10T17:00:00.000Z']);
    const stranger = await createPersonLogin(t, school, 'parent', await id('contact', 'C5-0'), 'not.this.family');
    await request(t.http).get(`/api/v1/bookings/${ids.firstAppointment}/calendar.ics`).set(bearer(stranger)).expect(404);
    // The old 16:00 slot is free again: another family can take it.
    const freed = await book(school.adminToken, 'S1', 'T1', slots[0].id, { contactId: await id('contact', 'C1-0') });
    expect(freed.status).toBe(201);
    // Moving onto a taken slot is refused and changes nothing.
    const clash = await request(t.http).post(`/api/v1/bookings/${ids.firstAppointment}/move`).set(bearer(parentToken)).send({ slotId: slots[0].id });
    expect([clash.status, clash.body.code]).toEqual([409, 'BOOKING.SLOT_TAKEN']);
  });

  it('lets a teacher cancel with a reason that reaches the parent with a CANCEL calendar entry, and keeps the history', async () => {
    const noReason = await request(t.http).post(`/api/v1/bookings/${ids.firstAppointment}/cancel`).set(bearer(teacherToken)).send({}).expect(400);
    expect(noReason.body.code).toBe('BOOKING.REASON_REQUIRED');
    await request(t.http).post(`/api/v1/bookings/${ids.firstAppointment}/cancel`).set(bearer(teacherToken)).send({ reason: 'I am unwell, sorry' }).expect(200);
    const { method, event, mail } = await lastCalendar('parent0-0@home.example');
    expect(mail.subject).toMatch(/^Appointment cancelled/);
    expect(mail.text).toContain('Reason given: I am unwell, sorry');
    expect([method, event.uid, event.sequence]).toEqual(['CANCEL', `${ids.firstAppointment}@ptc`, 2]);
    const history = await request(t.http).get(`/api/v1/bookings/${ids.firstAppointment}`).set(bearer(school.adminToken)).expect(200);
    expect(history.body.history.map((h: { action: string }) => h.action)).toEqual(['booked', 'moved', 'cancelled']);
    expect(history.body.history[2].detail).toEqual({ reason: 'I am unwell, sorry' });
  });

  it('refuses an availability change that would drop a booking, and with cancelAffected cancels and tells the parent', async () => {
    const teacherId = await id('teacher', 'T0');
    const late = (await slotsOf('T0')).find((s) => s.localStart.includes('T18:40'))!;
    expect((await book(school.adminToken, 'S20', 'T0', late.id, { contactId: await id('contact', 'C20-0') })).status).toBe(201);
    const put = (query = '') => request(t.http).put(`/api/v1/admin/events/${eveningId}/teachers/${teacherId}/availability${query}`).set(bearer(school.adminToken)).send({ leaveAt: '18:30' });
    const refused = await put().expect(409);
    expect(refused.body.code).toBe('EVENING.AVAILABILITY_CONFLICT');
    expect(await slotsOf('T0')).toHaveLength(18);
    await drainOutbox(t);
    const before = t.mailbox.to('parent20-0@home.example').length;
    await put('?cancelAffected=true').expect(200);
    expect(await slotsOf('T0')).toHaveLength(15);
    await drainOutbox(t);
    const cancellations = t.mailbox.to('parent20-0@home.example').slice(before);
    expect(cancellations.map((m) => m.subject)).toEqual([expect.stringMatching(/^Appointment cancelled/)]);
    expect(cancellations[0].text).toContain('availability for this evening changed');
  });

  it('cancels future appointments of people the directory deletes, and tells the parents', async () => {
    const [slot] = (await slotsOf('T0')).filter((s) => !s.appointmentId && !s.blocked);
    await book(school.adminToken, 'S59', 'T0', slot.id, { contactId: await id('contact', 'C59-0') }).then((r) => expect(r.status).toBe(201));
    const next = clone(directory);
    next.students = next.students.filter((s) => s.sisId !== 'S59');
    next.contactLinks = next.contactLinks.filter((l) => l.studentSisId !== 'S59');
    next.teacherLinks = next.teacherLinks.filter((l) => l.studentSisId !== 'S59');
    await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(next).expect(201);
    const { rows } = await t.db.query('select status, cancel_reason from appointment where slot_id = $1', [slot.id]);
    expect(rows).toEqual([{ status: 'cancelled', cancel_reason: 'The student is no longer at the school' }]);
    const { mail, method } = await lastCalendar('parent59-0@home.example');
    expect(mail.subject).toMatch(/^Appointment cancelled/);
    expect(method).toBe('CANCEL');
  });
});

describe('evening rules', () => {
  it('caps appointments per student, limits the evening to its year groups, and lets a teacher block only their own slots', async () => {
    const year = directory.students[0].yearLabel!;
    const capped = await createEvening({ name: 'Capped', sessions: [{ date: '2026-12-15', start: '16:00', end: '17:00' }], capPerStudent: 1, yearLabels: [year] });
    // Only teachers of that year's students take part by default; T1 and T2 teach S0 (in that year).
    expect(capped.teachers.length).toBeGreaterThan(0);
    await request(t.http).post(`/api/v1/admin/events/${capped.id}/publish`).set(bearer(school.adminToken)).expect(200);
    const t0 = await slotsOf('T0', capped.id);
    const t1 = await slotsOf('T1', capped.id);
    expect((await book(parentToken, 'S0', 'T0', t0[0].id, {}, capped.id)).status).toBe(201);
    const second = await book(parentToken, 'S0', 'T1', t1[3].id, {}, capped.id);
    expect([second.status, second.body.code]).toEqual([409, 'BOOKING.STUDENT_CAP_REACHED']);
    const otherYear = directory.students.find((st) => st.yearLabel !== year)!;
    const wrongYear = await book(school.adminToken, otherYear.sisId, 'T0', t0[4].id, { contactId: await id('contact', otherYear.sisId.replace('S', 'C') + '-0') }, capped.id);
    expect([wrongYear.status, wrongYear.body.code]).toEqual([422, 'BOOKING.STUDENT_NOT_INVITED']);

    // Teacher T1 blocks their own slot; a slot of T0 is not theirs to block.
    await request(t.http).post(`/api/v1/teacher/events/${capped.id}/slots/${t1[5].id}/block`).set(bearer(teacherToken)).expect(200);
    await request(t.http).post(`/api/v1/teacher/events/${capped.id}/slots/${t0[5].id}/block`).set(bearer(teacherToken)).expect(404);
    const own = await request(t.http).get(`/api/v1/teacher/events/${capped.id}/slots`).set(bearer(teacherToken)).expect(200);
    expect(own.body.items.find((sl: { id: string }) => sl.id === t1[5].id).blocked).toBe(true);
    expect(own.body.items.every((sl: { teacherId: string }) => sl.teacherId === t1[5].teacherId)).toBe(true);
    await request(t.http).post(`/api/v1/teacher/events/${capped.id}/slots/${t1[5].id}/unblock`).set(bearer(teacherToken)).expect(200);
  });

  it('lets siblings see one teacher back to back, keeping the evening’s gap between different teachers', async () => {
    const gapped = await createEvening({ name: 'Siblings', sessions: [{ date: '2026-12-17', start: '16:00', end: '17:00' }], gapMinutes: 10 });
    await request(t.http).post(`/api/v1/admin/events/${gapped.id}/publish`).set(bearer(school.adminToken)).expect(200);
    const t1 = await slotsOf('T1', gapped.id);
    const t0 = await slotsOf('T0', gapped.id);
    const at = (slots: { localStart: string; id: string }[], time: string) => slots.find((s) => s.localStart.includes(`T${time}`))!.id;
    expect((await book(parentToken, 'S0', 'T1', at(t1, '16:00'), {}, gapped.id)).status).toBe(201);
    const sibling = await book(parentToken, 'S1', 'T1', at(t1, '16:10'), {}, gapped.id);
    expect([sibling.status, sibling.body.code]).toEqual([201, undefined]);
    // T0 straight after T1 leaves no time to walk over: 16:20 is inside the 10 minute gap, 16:30 is not.
    const tooClose = await book(parentToken, 'S0', 'T0', at(t0, '16:20'), {}, gapped.id);
    expect([tooClose.status, tooClose.body.code]).toEqual([409, 'BOOKING.PARENT_OVERLAP']);
    expect((await book(parentToken, 'S0', 'T0', at(t0, '16:30'), {}, gapped.id)).status).toBe(201);
  });

  it('lets parents cancel until the school’s cut-off, by the app or the emailed link, and admins and teachers always', async () => {
    const saved = t.clock.now();
    const evening = await createEvening({ name: 'Cut-off', sessions: [{ date: '2026-12-18', start: '16:00', end: '17:00' }], closesAt: '2026-12-17T12:00:00Z' });
    await request(t.http).post(`/api/v1/admin/events/${evening.id}/publish`).set(bearer(school.adminToken)).expect(200);
    const t1 = await slotsOf('T1', evening.id);
    const first = (await book(parentToken, 'S0', 'T1', t1[0].id, {}, evening.id)).body;
    const { mail } = await lastCalendar('parent0-0@home.example');
    const link = linkInEmail(t, mail.text!, 'appointments');
    const second = (await book(parentToken, 'S1', 'T1', t1[3].id, {}, evening.id)).body;
    const view = await request(t.http).get(`/api/v1/parent/events/${evening.id}`).set(bearer(parentToken)).expect(200);
    const shown = view.body.students.flatMap((s: { appointments: { id: string; cancellableUntil: string }[] }) => s.appointments);
    expect(shown.find((a: { id: string }) => a.id === first.id).cancellableUntil).toBe('2026-12-17T12:00:00.000Z');

    // By default, until the booking window closes.
    t.clock.set(new Date('2026-12-17T13:00:00Z'));
    const late = await request(t.http).post(`/api/v1/bookings/${first.id}/cancel`).set(bearer(parentToken)).send({}).expect(409);
    expect(late.body).toMatchObject({ code: 'BOOKING.CANCELLATION_CLOSED', details: { cancellableUntil: '2026-12-17T12:00:00.000Z' } });
    expect((await request(t.http).post(`/api/v1/appointments/link/${link.token}/cancel`).expect(409)).body.code).toBe('BOOKING.CANCELLATION_CLOSED');

    // The school allows cancelling up to 2 hours before instead.
    await request(t.http).put('/api/v1/admin/booking-settings').set(bearer(parentToken)).send({ parentCancelCutoffHours: 2 }).expect(403);
    await request(t.http).put('/api/v1/admin/booking-settings').set(bearer(school.adminToken)).send({ parentCancelCutoffHours: -1 }).expect(400);
    const set = await request(t.http).put('/api/v1/admin/booking-settings').set(bearer(school.adminToken)).send({ parentCancelCutoffHours: 2 }).expect(200);
    expect(set.body).toEqual({ parentCancelCutoffHours: 2, teachersSetAvailability: false, notBookedReminderDays: 2, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: null });
    expect((await request(t.http).get('/api/v1/admin/booking-settings').set(bearer(school.adminToken)).expect(200)).body).toEqual({ parentCancelCutoffHours: 2, teachersSetAvailability: false, notBookedReminderDays: 2, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: null });
    expect((await request(t.http).get('/api/v1/admin/booking-settings').set(bearer(otherSchool.adminToken)).expect(200)).body).toEqual({ parentCancelCutoffHours: null, teachersSetAvailability: false, notBookedReminderDays: 2, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: null });
    await request(t.http).post(`/api/v1/appointments/link/${link.token}/cancel`).expect(200);

    // An hour before the second appointment the parent cannot, its teacher (with a reason) and an admin can.
    t.clock.set(new Date('2026-12-18T15:30:00Z'));
    expect((await request(t.http).post(`/api/v1/bookings/${second.id}/cancel`).set(bearer(parentToken)).send({}).expect(409)).body.code).toBe('BOOKING.CANCELLATION_CLOSED');
    await request(t.http).post(`/api/v1/bookings/${second.id}/cancel`).set(bearer(teacherToken)).send({ reason: 'Called away' }).expect(200);
    expect((await request(t.http).get(`/api/v1/bookings/${second.id}`).set(bearer(school.adminToken)).expect(200)).body.status).toBe('cancelled');

    await request(t.http).put('/api/v1/admin/booking-settings').set(bearer(school.adminToken)).send({ parentCancelCutoffHours: null }).expect(200);
    t.clock.set(saved);
  });

  it('moves an evening only forward from draft to published to closed, and hides drafts from parents', async () => {
    const draft = await createEvening({ name: 'Draft', sessions: [{ date: '2026-12-16', start: '16:00', end: '16:30' }] });
    await request(t.http).get(`/api/v1/parent/events/${draft.id}`).set(bearer(parentToken)).expect(404);
    const listed = await request(t.http).get('/api/v1/parent/events').set(bearer(parentToken)).expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).not.toContain(draft.id);
    expect((await request(t.http).post(`/api/v1/admin/events/${draft.id}/close`).set(bearer(school.adminToken)).expect(409)).body.code).toBe('EVENING.STATUS_CHANGE');
    await request(t.http).post(`/api/v1/admin/events/${draft.id}/publish`).set(bearer(school.adminToken)).expect(200);
    await request(t.http).post(`/api/v1/admin/events/${draft.id}/close`).set(bearer(school.adminToken)).expect(200);
    const [slot] = await slotsOf('T0', draft.id);
    const closed = await book(school.adminToken, 'S3', 'T0', slot.id, { contactId: await id('contact', 'C3-0') }, draft.id);
    expect([closed.status, closed.body.code]).toEqual([404, 'EVENING.NOT_FOUND']);
  });
});

describe('the signed link in the email', () => {
  it('shows and cancels that one appointment without a login, until the evening ends', async () => {
    const slot = (await slotsOf('T0')).find((s) => !s.appointmentId && !s.blocked)!;
    const booked = await book(school.adminToken, 'S30', 'T0', slot.id, { contactId: await id('contact', 'C30-0') });
    expect(booked.status).toBe(201);
    const { mail } = await lastCalendar('parent30-0@home.example');
    const link = linkInEmail(t, mail.text!, 'appointments');
    await openEmailedLink(t, link);
    const { token } = link;

    const view = await request(t.http).get(`/api/v1/appointments/link/${token}`).expect(200);
    expect(view.body).toMatchObject({ id: booked.body.id, status: 'active', student: `${directory.students[30].firstName} ${directory.students[30].lastName}` });
    // A link altered to name another appointment is worthless.
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), a: ids.firstAppointment })).toString('base64url');
    expect((await request(t.http).get(`/api/v1/appointments/link/${forged}.${mac}`).expect(404)).body.code).toBe('BOOKING.LINK_INVALID');

    const cancelled = await request(t.http).post(`/api/v1/appointments/link/${token}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await lastCalendar('parent30-0@home.example')).method).toBe('CANCEL');
    // The link dies with the appointment: it neither shows nor cancels any more.
    expect((await request(t.http).post(`/api/v1/appointments/link/${token}/cancel`).expect(410)).body.code).toBe('BOOKING.LINK_REPLACED');
    expect((await request(t.http).get(`/api/v1/appointments/link/${token}`).expect(410)).body.code).toBe('BOOKING.LINK_REPLACED');

    const saved = t.clock.now();
    t.clock.set(new Date('2026-12-10T19:00:01Z'));
    await request(t.http).get(`/api/v1/appointments/link/${token}`).expect(404);
    t.clock.set(saved);
  });
  it('stops working when the appointment is moved, and the email about the move carries the link that works', async () => {
    const [first, second] = (await slotsOf('T0')).filter((s) => !s.appointmentId && !s.blocked);
    const booked = await book(school.adminToken, 'S52', 'T0', first.id, { contactId: await id('contact', 'C52-0') });
    expect(booked.status).toBe(201);
    const oldLink = linkInEmail(t, (await lastCalendar('parent52-0@home.example')).mail.text!, 'appointments');
    await request(t.http).get(`/api/v1/appointments/link/${oldLink.token}`).expect(200);

    await request(t.http).post(`/api/v1/bookings/${booked.body.id}/move`).set(bearer(school.adminToken)).send({ slotId: second.id }).expect(200);
    const newLink = linkInEmail(t, (await lastCalendar('parent52-0@home.example')).mail.text!, 'appointments');
    expect(newLink.token).not.toBe(oldLink.token);
    expect((await request(t.http).get(`/api/v1/appointments/link/${oldLink.token}`).expect(410)).body.code).toBe('BOOKING.LINK_REPLACED');
    expect((await request(t.http).post(`/api/v1/appointments/link/${oldLink.token}/cancel`).expect(410)).body.code).toBe('BOOKING.LINK_REPLACED');
    expect((await request(t.http).get(`/api/v1/bookings/${booked.body.id}`).set(bearer(school.adminToken)).expect(200)).body.status).toBe('active');
    expect((await request(t.http).get(`/api/v1/appointments/link/${newLink.token}`).expect(200)).body).toMatchObject({ id: booked.body.id, startsAt: second.startsAt });
  });
});

describe('schedules and exports', () => {

  it('exports every appointment of the evening as CSV with a BOM, and as JSON', async () => {
    const res = await binary(request(t.http).get(`/api/v1/admin/events/${eveningId}/bookings.csv`).set(bearer(school.adminToken))).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...(res.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { headers, records } = parseCsv((res.body as Buffer).toString('utf8'));
    expect(headers).toEqual(['date', 'start', 'end', 'starts_at', 'ends_at', 'teacher', 'student_first_name', 'student_last_name', 'student_sis_id', 'contact_title',
      'contact_first_name', 'contact_last_name', 'relationship', 'email', 'phone', 'status', 'appointment_id', 'meeting_link', 'joint_students']);
    const { rows } = await t.db.query('select count(*)::int as n from appointment where evening_id = $1', [eveningId]);
    expect(records).toHaveLength(rows[0].n);
    const cancelled = records.find((r) => r.values.appointment_id === ids.firstAppointment)!;
    expect(cancelled.values).toMatchObject({ date: '2026-12-10', start: '17:00', end: '17:10', status: 'cancelled', student_sis_id: 'S0',
      contact_first_name: directory.contacts[0].firstName, relationship: 'mother', email: 'parent0-0@home.example' });
    // A phone number starting with + is neutralised like any formula-like cell.
    expect(records.every((r) => !/^[=+\-@]/.test(r.values.phone))).toBe(true);
    const json = await request(t.http).get(`/api/v1/admin/events/${eveningId}/bookings.json`).set(bearer(school.adminToken)).expect(200);
    expect(json.body).toHaveLength(records.length);
  });

  it('gives a teacher their own active appointments as JSON, CSV and a calendar file', async () => {
    const t1 = await createPersonLogin(t, school, 'teacher', await id('teacher', 'T0'), 'teacher.zero');
    const json = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule`).set(bearer(t1)).expect(200);
    const { rows } = await t.db.query("select count(*)::int as n from appointment where evening_id = $1 and teacher_id = $2 and status = 'active'", [eveningId, await id('teacher', 'T0')]);
    expect(json.body).toHaveLength(rows[0].n);
    expect(json.body.every((r: { status: string }) => r.status === 'active')).toBe(true);
    const csv = await binary(request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule.csv`).set(bearer(t1))).expect(200);
    expect(parseCsv((csv.body as Buffer).toString('utf8')).records).toHaveLength(rows[0].n);
    const ics = await binary(request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule.ics`).set(bearer(t1))).expect(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse((ics.body as Buffer).toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(rows[0].n);
    expect(events[0].startDate.toJSDate().getTime()).toBeLessThanOrEqual(events[events.length - 1].startDate.toJSDate().getTime());
    // The subscription feed: a signed URL that serves the same calendar without a login, and only that one.
    const feed = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule-feed`).set(bearer(t1)).expect(200);
    const path = new URL(feed.body.url).pathname;
    const subscribed = await binary(request(t.http).get(path)).expect(200);
    expect(new ICAL.Component(ICAL.parse((subscribed.body as Buffer).toString('utf8'))).getAllSubcomponents('vevent')).toHaveLength(rows[0].n);
    await request(t.http).get(path.replace(/\/teacher\/([^/]+)\//, (_, token: string) => `/api/v1/teacher/${token.slice(0, -2)}xx/`)).expect(404);
    await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule`).set(bearer(parentToken)).expect(403);
    const unknownEvening = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/api/v1/teacher/events/${unknownEvening}/schedule`, `/api/v1/teacher/events/${unknownEvening}/schedule.csv`]) {
      expect((await request(t.http).get(path).set(bearer(t1)).expect(404)).body.code).toBe('EVENING.NOT_FOUND');
    }
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/bookings.csv`).set(bearer(t1)).expect(403);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/bookings.csv`).set(bearer(otherSchool.adminToken)).expect(404);
  });
});

describe('reminders', () => {
  it('reminds each parent once, the day before, whichever run picks the appointment up', async () => {
    const { rows } = await t.db.query("select c.email from appointment a join contact c on c.id = a.contact_id where a.evening_id = $1 and a.status = 'active'", [eveningId]);
    const saved = t.clock.now();
    await drainOutbox(t);
    const before = t.mailbox.messages.length;
    // Two days before: nothing is due yet.
    t.clock.set(new Date('2026-12-08T17:00:00Z'));
    const job = t.app.get(RemindersJob);
    expect(await t.app.get(JobRunner).run('booking-reminders', 'hourly', () => job.sendDueReminders())).toEqual({ reminded: 0 });
    // The afternoon before: appointments up to 17:00 tomorrow; the late evening ones follow in later hourly runs.
    t.clock.set(new Date('2026-12-09T17:00:00Z'));
    const early = (await t.app.get(JobRunner).run('booking-reminders', 'hourly', () => job.sendDueReminders()))!.reminded;
    const { rows: due } = await t.db.query("select count(*)::int as n from appointment where evening_id = $1 and status = 'active' and starts_at <= '2026-12-10T17:00:00Z'", [eveningId]);
    expect(early).toBe(due[0].n);
    t.clock.set(new Date('2026-12-09T23:00:00Z'));
    const late = (await t.app.get(JobRunner).run('booking-reminders', 'hourly', () => job.sendDueReminders()))!.reminded;
    expect(early + late).toBe(rows.length);
    t.clock.advance(3_600_000);
    expect(await t.app.get(JobRunner).run('booking-reminders', 'hourly', () => job.sendDueReminders())).toEqual({ reminded: 0 });
    await drainOutbox(t);
    const reminders = t.mailbox.messages.slice(before).filter((m) => m.subject?.startsWith('Reminder: your appointment'));
    expect(reminders.map((m) => [m.to].flat()[0]!.value[0].address).sort()).toEqual(rows.map((r) => r.email).sort());
    t.clock.set(saved);
  });
});

describe('access', () => {
  it('lets two linked contacts of a student see each other’s bookings for that student', async () => {
    const { rows } = await t.db.query("select id from appointment where status = 'active' and student_id = $1 and contact_id <> $2 limit 1", [await id('student', 'S1'), await id('contact', 'C0-0')]);
    expect(rows).toHaveLength(1);
    await request(t.http).get(`/api/v1/bookings/${rows[0].id}`).set(bearer(parentToken)).expect(200);
    const view = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(parentToken)).expect(200);
    const s1 = view.body.students.find((s: { student: { sisId: string } }) => s.student.sisId === 'S1');
    expect(s1.appointments.map((a: { id: string }) => a.id)).toContain(rows[0].id);
  });

  it('answers 404 to another school and 403 to the wrong role', async () => {
    await request(t.http).get(`/api/v1/admin/events/${eveningId}`).set(bearer(otherSchool.adminToken)).expect(404);
    await request(t.http).get(`/api/v1/bookings/${ids.firstAppointment}`).set(bearer(otherSchool.adminToken)).expect(404);
    await request(t.http).post(`/api/v1/bookings/${ids.firstAppointment}/cancel`).set(bearer(otherSchool.adminToken)).send({}).expect(404);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}`).set(bearer(parentToken)).expect(403);
    await request(t.http).post('/api/v1/admin/events').set(bearer(teacherToken)).send({}).expect(403);
    await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(teacherToken)).expect(403);
  });

  it('does not let a parent see or cancel another family’s appointment', async () => {
    // An appointment of a student this parent has nothing to do with (S0 and S1 are theirs).
    const { rows } = await t.db.query("select id from appointment where status = 'active' and student_id <> all($1::uuid[]) limit 1", [[await id('student', 'S0'), await id('student', 'S1')]]);
    await request(t.http).get(`/api/v1/bookings/${rows[0].id}`).set(bearer(parentToken)).expect(404);
    await request(t.http).post(`/api/v1/bookings/${rows[0].id}/cancel`).set(bearer(parentToken)).send({}).expect(404);
  });
});

describe('pages of the office and the family', () => {
  it('gives the office the whole evening as a grid: every slot free, booked (with the student) or blocked, with counts', async () => {
    const res = await request(t.http).get(`/api/v1/admin/events/${eveningId}/grid`).set(bearer(school.adminToken)).expect(200);
    const { rows } = await t.db.query(
      `select s.id, a.id as appointment_id, s.blocked from slot s left join appointment a on a.slot_id = s.id and a.status = 'active' where s.evening_id = $1`,
      [eveningId],
    );
    expect(res.body.slots).toHaveLength(rows.length);
    const booked = rows.filter((r) => r.appointment_id).length;
    // Families: parents of invited children (every year here), none of whose children has an appointment in the evening.
    const { rows: [families] } = await t.db.query(
      `select count(*)::int as n from (select cl.contact_id from contact_link cl where cl.school_id = $2 group by cl.contact_id
        having bool_and(not exists (select 1 from appointment a where a.evening_id = $1 and a.student_id = cl.student_id and a.status = 'active'))) f`,
      [eveningId, school.id],
    );
    expect(families.n).toBeGreaterThan(0);
    expect(res.body.counts).toEqual({
      booked,
      blocked: rows.filter((r) => !r.appointment_id && r.blocked).length,
      free: rows.filter((r) => !r.appointment_id && !r.blocked).length,
      familiesNotBooked: families.n,
    });
    const cell = res.body.slots.find((sl: { state: string }) => sl.state === 'booked');
    const { rows: [who] } = await t.db.query('select s.first_name, s.last_name from appointment a join student s on s.id = a.student_id where a.id = $1', [cell.appointmentId]);
    expect(cell.studentName).toBe(`${who.first_name} ${who.last_name}`);
    expect(res.body.teachers).toHaveLength(3);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/grid`).set(bearer(teacherToken)).expect(403);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/grid`).set(bearer(otherSchool.adminToken)).expect(404);
  });

  it('lists a family’s appointments that have not ended across evenings, in time order, for the home page', async () => {
    const res = await request(t.http).get('/api/v1/parent/appointments').set(bearer(parentToken)).expect(200);
    const { rows } = await t.db.query(
      `select a.id from appointment a join evening e on e.id = a.evening_id
        where a.student_id = any($1::uuid[]) and a.status = 'active' and a.ends_at > $2 and e.status <> 'draft' order by a.starts_at`,
      [[await id('student', 'S0'), await id('student', 'S1')], t.clock.now()],
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(res.body.map((a: { id: string }) => a.id)).toEqual(rows.map((r) => r.id));
    expect(res.body[0]).toMatchObject({ eveningName: expect.any(String), teacherName: expect.any(String), studentFirstName: expect.any(String), cancellableUntil: expect.any(String) });
    await request(t.http).get('/api/v1/parent/appointments').set(bearer(teacherToken)).expect(403);
  });
});

describe('long lists', () => {
  it("pages an evening's slots and the school's evenings: total counts all, limit and offset pick the page", async () => {
    const all = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?limit=500`).set(bearer(school.adminToken)).expect(200);
    expect(all.body.total).toBe(all.body.items.length);
    const page = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?limit=5&offset=5`).set(bearer(school.adminToken)).expect(200);
    expect(page.body).toEqual({ total: all.body.total, items: all.body.items.slice(5, 10) });
    await request(t.http).get('/api/v1/admin/events/00000000-0000-4000-8000-000000000000/slots').set(bearer(school.adminToken)).expect(404);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots`).set(bearer(otherSchool.adminToken)).expect(404);
    const pastTheEnd = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?limit=5&offset=${all.body.total}`).set(bearer(school.adminToken)).expect(200);
    expect(pastTheEnd.body).toEqual({ total: all.body.total, items: [] });
    const evenings = await request(t.http).get('/api/v1/admin/events?limit=1').set(bearer(school.adminToken)).expect(200);
    expect(evenings.body.items).toHaveLength(1);
    expect(evenings.body.total).toBeGreaterThan(1);
    const everyEvening = await request(t.http).get('/api/v1/admin/events?limit=100').set(bearer(school.adminToken)).expect(200);
    const opening = (items: { opensAt: string }[]) => items.map((e) => e.opensAt);
    expect(opening(everyEvening.body.items)).toEqual(opening(everyEvening.body.items).toSorted().reverse());
    expect((await request(t.http).get(`/api/v1/admin/events?offset=${evenings.body.total}`).set(bearer(school.adminToken)).expect(200)).body).toEqual({ items: [], total: evenings.body.total });
    const published = await request(t.http).get('/api/v1/parent/events?limit=100').set(bearer(parentToken)).expect(200);
    expect(published.body.items.every((e: { status: string }) => e.status === 'published')).toBe(true);
    expect(opening(published.body.items)).toEqual(opening(published.body.items).toSorted());
    expect(published.body.total).toBe(everyEvening.body.items.filter((e: { status: string }) => e.status === 'published').length);
    await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=not-a-uuid`).set(bearer(school.adminToken)).expect(400);
  });
});

describe('the family calendar subscription', () => {
  it('gives calendar apps every appointment of the family’s children by a private address, until it is replaced or revoked', async () => {
    expect((await request(t.http).get('/api/v1/parent/calendar-feed').set(bearer(parentToken)).expect(200)).body).toEqual({ active: false, createdAt: null });
    const made = await request(t.http).post('/api/v1/parent/calendar-feed').set(bearer(parentToken)).expect(201);
    expect(made.body.url).toMatch(/^https?:\/\/[^/]+\/calendar\/family\/[\w-]+\/appointments\.ics$/);
    expect((await request(t.http).get('/api/v1/parent/calendar-feed').set(bearer(parentToken)).expect(200)).body.active).toBe(true);

    const feedPath = new URL(made.body.url).pathname;
    const feed = await binary(request(t.http).get(feedPath)).expect(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse((feed.body as Buffer).toString('utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const { rows } = await t.db.query(
      "select a.id from appointment a join contact_link l on l.student_id = a.student_id where l.contact_id = $1 and a.status = 'active' order by a.starts_at",
      [await id('contact', 'C0-0')],
    );
    expect(events.map((e) => e.uid)).toEqual(rows.map((r) => `${r.id}@ptc`));
    expect(rows.length).toBeGreaterThan(0);

    // A new address replaces the old one; revoking ends it; neither needs, nor accepts, anything else.
    const renewed = await request(t.http).post('/api/v1/parent/calendar-feed').set(bearer(parentToken)).expect(201);
    expect((await request(t.http).get(feedPath).expect(404)).body.code).toBe('BOOKING.LINK_INVALID');
    await request(t.http).get(new URL(renewed.body.url).pathname).expect(200);
    await request(t.http).delete('/api/v1/parent/calendar-feed').set(bearer(parentToken)).expect(204);
    await request(t.http).get(new URL(renewed.body.url).pathname).expect(404);
    // Staff have no family subscription.
    await request(t.http).post('/api/v1/parent/calendar-feed').set(bearer(school.adminToken)).expect(403);
  });
});

describe('after the evening', () => {
  // Last in the file: it removes a student from the directory.
  it('marks in exports a past appointment whose student has since left the directory', async () => {
    const [autumn] = (await t.db.query("select id from evening where name = 'Autumn change'")).rows;
    const saved = t.clock.now();
    t.clock.set(new Date('2027-11-01T10:00:00Z'));
    await request(t.http).delete(`/api/v1/admin/students/${await id('student', 'S3')}`).set(bearer(school.adminToken)).expect(204);
    const rows = (await request(t.http).get(`/api/v1/admin/events/${autumn.id}/bookings.json`).set(bearer(school.adminToken)).expect(200)).body;
    expect(rows.map((r: { studentFirstName: string; status: string }) => [r.studentFirstName === '(removed)' ? 'removed' : 'present', r.status])).toEqual([
      ['present', 'active'],
      ['removed', 'past_person_removed'],
    ]);
    t.clock.set(saved);
  });
});
