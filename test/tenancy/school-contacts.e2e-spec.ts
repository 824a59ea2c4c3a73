import request from 'supertest';
import { SchoolsService } from '@ptc/tenancy';
import { createOperator, createSchool, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** The school's customer record (issue 21): its technical and finance contacts, for the school's admins and the operator. */
let t: TestApp;
let operator: string;
let school: SchoolFixture;
let other: SchoolFixture;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  operator = (await createOperator(t)).token;
  school = await createSchool(t, operator, 'record-one');
  other = await createSchool(t, operator, 'record-two');
});
afterAll(async () => {
  await t?.close();
});

const contacts = {
  technicalContact: { name: 'Niamh Byrne', email: 'it@record-one.example', phone: '+353 1 555 0100' },
  financeContact: { name: 'Tomás Ó Ceallaigh', email: 'bursar@record-one.example' },
};

it("lets a school's admins read and correct their school's contacts, and licence notices then go to the new ones", async () => {
  const before = await request(t.http).get('/api/v1/admin/school-contacts').set(bearer(school.adminToken)).expect(200);
  expect(before.body).toEqual({
    technicalContact: { name: 'Tech Person', email: 'tech@record-one.example', phone: null },
    financeContact: { name: 'Finance Person', email: 'finance@record-one.example', phone: '+44 20 7946 0000' },
    familiesReplyTo: null,
  });
  const saved = await request(t.http).put('/api/v1/admin/school-contacts').set(bearer(school.adminToken)).send(contacts).expect(200);
  expect(saved.body).toEqual({ technicalContact: contacts.technicalContact, financeContact: { ...contacts.financeContact, phone: null }, familiesReplyTo: null });
  // The other school's record is untouched, and each admin sees only their own.
  expect((await request(t.http).get('/api/v1/admin/school-contacts').set(bearer(other.adminToken)).expect(200)).body.technicalContact.email).toBe('tech@record-two.example');
  // Licence notices are addressed from this record.
  expect((await withOrmContext(t, () => t.app.get(SchoolsService).customerContacts(school.id))).map((c) => c.email)).toEqual(['it@record-one.example', 'bursar@record-one.example']);
});

it('refuses a contact without a usable email, and anyone but the school’s admins and the operator', async () => {
  const bad = await request(t.http).put('/api/v1/admin/school-contacts').set(bearer(school.adminToken)).send({ ...contacts, financeContact: { name: 'X', email: 'not an address' } }).expect(400);
  expect(bad.body.code).toBe('VALIDATION.FAILED');
  await request(t.http).get('/api/v1/admin/school-contacts').set(bearer(operator)).expect(403);
  await request(t.http).get('/api/v1/admin/school-contacts').expect(401);
  await request(t.http).get(`/api/v1/operator/schools/${school.id}/contacts`).set(bearer(school.adminToken)).expect(403);
});

it('lets the operator read and change any school’s contacts', async () => {
  const read = await request(t.http).get(`/api/v1/operator/schools/${other.id}/contacts`).set(bearer(operator)).expect(200);
  expect(read.body.financeContact.email).toBe('finance@record-two.example');
  const changed = await request(t.http)
    .put(`/api/v1/operator/schools/${other.id}/contacts`)
    .set(bearer(operator))
    .send({ technicalContact: { name: 'Ada', email: 'ada@record-two.example' }, financeContact: { name: 'Fin', email: 'fin@record-two.example' } })
    .expect(200);
  expect(changed.body.technicalContact).toEqual({ name: 'Ada', email: 'ada@record-two.example', phone: null });
  expect((await request(t.http).get('/api/v1/admin/school-contacts').set(bearer(other.adminToken)).expect(200)).body.financeContact.email).toBe('fin@record-two.example');
  await request(t.http).get('/api/v1/operator/schools/00000000-0000-4000-8000-000000000000/contacts').set(bearer(operator)).expect(404);
});
