import request from 'supertest';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { createOperator, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: BookedSchool;
const admin = () => ({ Authorization: `Bearer ${school.adminToken}` });

beforeAll(async () => {
  t = await startTestApp();
  school = await seedBookedSchool(t, (await createOperator(t)).token, 'terminated');
  await request(t.http).post('/api/v1/privacy/requests').set('Authorization', `Bearer ${school.parentToken}`).send({ kind: 'access', details: 'A copy, please' }).expect(202);
  // The licence ends: the school's users are stopped at 402, but the school's legal duties go on.
  await t.db.query('update school set licence_active = false where id = $1', [school.id]);
});
afterAll(async () => {
  await t?.close();
});

it("keeps the privacy queue, its steps, per-person exports and erasure open to the school's admins while the licence is terminated", async () => {
  expect((await request(t.http).get('/api/v1/admin/students').set(admin()).expect(402)).body.code).toBe('LICENCE.INACTIVE');
  const queue = await request(t.http).get('/api/v1/admin/privacy/requests').set(admin()).expect(200);
  const [filed] = queue.body.items;
  await request(t.http).post(`/api/v1/admin/privacy/requests/${filed.id}/acknowledge`).set(admin()).expect(200);
  await request(t.http).get(`/api/v1/admin/privacy/people/contact/${school.contactId}/export.json`).set(admin()).expect(200);
  await request(t.http).get('/api/v1/admin/privacy/erasures').set(admin()).expect(200);
  const { rows } = await t.db.query('select id from contact where school_id = $1 and id not in (select contact_id from appointment) limit 1', [school.id]);
  const erased = await request(t.http).post('/api/v1/admin/privacy/erasures').set(admin()).send({ personKind: 'contact', personId: rows[0].id }).expect(200);
  expect(erased.body.personId).toBe(rows[0].id);
});
