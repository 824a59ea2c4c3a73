import request from 'supertest';
import { unzipSync, strFromU8 } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseCsv } from '@ptc/platform';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { binaryBody, createOperator, flushUsage, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: BookedSchool;
let other: BookedSchool;
let secondParentEmail: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2027-05-03T08:00:00Z'));
  const operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'exporting');
  other = await seedBookedSchool(t, operatorToken, 'exporting-other');
  // A second family in the same school books too: none of it may appear in the first parent's export.
  const second = (await t.db.query(
    `select cl.contact_id, cl.student_id, tl.teacher_id, c.email from contact_link cl join contact c on c.id = cl.contact_id join teacher_link tl on tl.student_id = cl.student_id
      join student s on s.id = cl.student_id where s.school_id = $1 and s.sis_id = 'S1' order by cl.contact_id, tl.teacher_id limit 1`,
    [school.id],
  )).rows[0];
  secondParentEmail = second.email;
  const slots = await request(t.http).get(`/api/v1/admin/events/${school.eveningId}/slots?teacherId=${second.teacher_id}`).set(admin()).expect(200);
  const free = slots.body.items.find((s: { appointmentId: string | null; startsAt: string }) => !s.appointmentId && s.startsAt !== undefined);
  await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: school.eveningId, studentId: second.student_id, teacherId: second.teacher_id, slotId: free.id, contactId: second.contact_id }).expect(201);
  // The first parent cancels their appointment (it must still be exported) and files a request.
  await request(t.http).post(`/api/v1/bookings/${school.appointmentId}/cancel`).set(bearer(school.parentToken)).send({}).expect(200);
  await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'access', details: 'Everything, please' }).expect(202);
  await flushUsage(t);
});
afterAll(async () => {
  await t?.close();
});

it('exports everything about a parent as JSON that validates against the published schema and matches the database', async () => {
  const schema = (await request(t.http).get('/api/v1/privacy/schemas/person-export.json').expect(200)).body;
  const res = await request(t.http).get(`/api/v1/admin/privacy/people/contact/${school.contactId}/export.json`).set(admin()).expect(200);
  const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
  const valid = validate(res.body);
  expect(valid ? [] : validate.errors).toEqual([]);
  // The schema is strict enough to catch an export that drifts from it.
  expect(validate({ ...res.body, appointments: [{ ...res.body.appointments[0], status: 'maybe' }] })).toBe(false);

  const data = res.body;
  const contact = (await t.db.query('select * from contact where id = $1', [school.contactId])).rows[0];
  expect(data.person).toMatchObject({ kind: 'contact', id: contact.id, firstName: contact.first_name, lastName: contact.last_name, email: contact.email, phone: contact.phone });
  expect(data.person.students.map((s: { student: { id: string } }) => s.student.id)).toContain(school.studentId);

  const appointments = (await t.db.query('select id, status from appointment where contact_id = $1 order by starts_at', [school.contactId])).rows;
  expect(data.appointments.map((a: { id: string; status: string }) => ({ id: a.id, status: a.status }))).toEqual(appointments);
  expect(data.appointments[0]).toMatchObject({ status: 'cancelled', history: [{ action: 'booked' }, { action: 'cancelled' }] });

  const user = (await t.db.query('select id, screen_name from app_user where person_id = $1', [school.contactId])).rows[0];
  expect(data.accounts).toEqual([expect.objectContaining({ id: user.id, screenName: user.screen_name, role: 'parent' })]);
  const usageCount = (await t.db.query('select count(*)::int as n from usage_record where user_id = $1', [user.id])).rows[0].n;
  expect(data.usageRecords).toHaveLength(usageCount);
  expect(data.usageRecords.every((r: { userId: string; ip: string }) => r.userId === user.id && r.ip === '127.0.0.1')).toBe(true);
  expect(data.privacyRequests).toEqual([expect.objectContaining({ kind: 'access', details: 'Everything, please' })]);
  expect(data.metadata.purposes.length).toBeGreaterThan(5);
  expect(data.metadata.retention.usage).toContain('13');

  // Nobody else's data: not the other family of the same school, nothing of the other school.
  const text = JSON.stringify(data);
  for (const foreign of [secondParentEmail, other.id, other.contactId, other.appointmentId]) expect(text).not.toContain(foreign);
});

it('exports the same as CSV files with metadata in a zip', async () => {
  const res = await request(t.http).get(`/api/v1/admin/privacy/people/contact/${school.contactId}/export.zip`).set(admin()).buffer(true).parse(binaryBody as never).expect(200);
  expect(res.headers['content-type']).toBe('application/zip');
  const files = unzipSync(new Uint8Array(res.body as Buffer));
  expect(Object.keys(files).sort()).toEqual(['accounts.csv', 'appointments.csv', 'invitations.csv', 'links.csv', 'metadata.json', 'person.csv', 'privacy-requests.csv', 'usage-records.csv']);
  const appointments = parseCsv(strFromU8(files['appointments.csv']));
  expect(appointments.records.map((r) => r.values.id)).toEqual([school.appointmentId]);
  expect(parseCsv(strFromU8(files['person.csv'])).records[0].values.id).toBe(school.contactId);
  expect(JSON.parse(strFromU8(files['metadata.json'])).controller).toContain('School exporting');
});

it('exports a teacher and a student too; only admins of the school, and 404 for another school’s person', async () => {
  const teacher = await request(t.http).get(`/api/v1/admin/privacy/people/teacher/${school.teacherId}/export.json`).set(admin()).expect(200);
  expect(teacher.body.appointments.every((a: { teacherId: string }) => a.teacherId === school.teacherId)).toBe(true);
  const student = await request(t.http).get(`/api/v1/admin/privacy/people/student/${school.studentId}/export.json`).set(admin()).expect(200);
  expect(student.body.person.contacts.length).toBeGreaterThan(0);
  await request(t.http).get(`/api/v1/admin/privacy/people/contact/${other.contactId}/export.json`).set(admin()).expect(404);
  await request(t.http).get(`/api/v1/admin/privacy/people/parent/${school.contactId}/export.json`).set(admin()).expect(400);
  await request(t.http).get(`/api/v1/admin/privacy/people/contact/${school.contactId}/export.json`).set(bearer(school.parentToken)).expect(403);
});
