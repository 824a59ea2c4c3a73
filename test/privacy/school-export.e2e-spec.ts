import request from 'supertest';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '@ptc/platform';
import { SchoolExportExpiryJob } from '@ptc/privacy';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { asScheduledJob, binaryBody, createOperator, drainOutbox, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: BookedSchool;
let other: BookedSchool;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2027-06-01T10:00:00Z'));
  const operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'whole-export');
  other = await seedBookedSchool(t, operatorToken, 'whole-export-other');
});
afterAll(async () => {
  await t?.close();
});

it('builds the whole school’s export in the background, stores it encrypted, and lets admins download it for 24 hours', async () => {
  const started = await request(t.http).post('/api/v1/admin/privacy/school-exports').set(admin()).expect(202);
  expect(started.body).toMatchObject({ status: 'queued', progress: 0, downloadUrl: null });
  expect((await request(t.http).post('/api/v1/admin/privacy/school-exports').set(admin()).expect(409)).body.code).toBe('PRIVACY.EXPORT_RUNNING');

  await drainOutbox(t);
  const ready = await request(t.http).get(`/api/v1/admin/privacy/school-exports/${started.body.id}`).set(admin()).expect(200);
  expect(ready.body).toMatchObject({ status: 'ready', progress: 100, expiresAt: '2027-06-02T10:00:00.000Z', downloadUrl: `/api/v1/admin/privacy/school-exports/${started.body.id}/download` });

  // Encrypted at rest: the stored bytes hold no one's address.
  const contact = (await t.db.query('select email from contact where id = $1', [school.contactId])).rows[0];
  const stored = (await t.db.query('select content from school_export where id = $1', [started.body.id])).rows[0].content as Buffer;
  expect(stored.subarray(0, 8).toString()).toBe('PTCENV1\n');
  expect(stored.includes(Buffer.from(contact.email))).toBe(false);

  const res = await request(t.http).get(ready.body.downloadUrl).set(admin()).buffer(true).parse(binaryBody as never).expect(200);
  const files = unzipSync(new Uint8Array(res.body as Buffer));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['contact.csv', 'contact.json', 'student.csv', 'appointment.csv', 'app_user.csv', 'usage_record.csv', 'README.txt']));
  // The evenings the appointments point at are in the export too, so it reads on its own.
  const evenings = parseCsv(strFromU8(files['evening.csv'])).records.map((r) => r.values.id);
  const appointmentEvenings = parseCsv(strFromU8(files['appointment.csv'])).records.map((r) => r.values.evening_id);
  expect(appointmentEvenings.length).toBeGreaterThan(0);
  expect(appointmentEvenings.every((id) => evenings.includes(id))).toBe(true);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['evening_session.csv', 'licence.csv']));
  const contacts = parseCsv(strFromU8(files['contact.csv']));
  const inDb = (await t.db.query('select count(*)::int as n from contact where school_id = $1', [school.id])).rows[0].n;
  expect(contacts.records).toHaveLength(inDb);
  expect(contacts.records.map((r) => r.values.email)).toContain(contact.email);
  expect(JSON.parse(strFromU8(files['contact.json']))).toHaveLength(inDb);
  // No credentials, and nothing of the other school.
  const users = parseCsv(strFromU8(files['app_user.csv']));
  expect(users.headers).not.toContain('password_hash');
  expect(users.headers).toContain('screen_name');
  const everything = Object.values(files).map((f) => strFromU8(f)).join('\n');
  for (const foreign of [other.id, other.contactId, other.studentId, other.appointmentId]) expect(everything).not.toContain(foreign);

  // Another school's admin cannot see or fetch it.
  await request(t.http).get(`/api/v1/admin/privacy/school-exports/${started.body.id}/download`).set(bearer(other.adminToken)).expect(404);

  t.clock.set(new Date('2027-06-02T10:00:01Z'));
  expect((await request(t.http).get(ready.body.downloadUrl).set(admin()).expect(410)).body.code).toBe('PRIVACY.EXPORT_NOT_AVAILABLE');
  expect(await withOrmContext(t, () => asScheduledJob(() => t.app.get(SchoolExportExpiryJob).run()))).toEqual({ expired: 1 });
  const after = (await t.db.query('select status, content from school_export where id = $1', [started.body.id])).rows[0];
  expect(after).toEqual({ status: 'expired', content: null });
});

it('is not available while the school’s licence is inactive', async () => {
  await t.db.query('update school set licence_active = false where id = $1', [school.id]);
  try {
    const res = await request(t.http).post('/api/v1/admin/privacy/school-exports').set(admin()).expect(402);
    expect(res.body.code).toBe('LICENCE.INACTIVE');
  } finally {
    await t.db.query('update school set licence_active = true where id = $1', [school.id]);
  }
});
