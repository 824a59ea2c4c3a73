import request from 'supertest';
import { createOperator, createSchool, drainOutbox, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const hosting = { name: 'Example Hosting Ltd', purpose: 'Hosting of the application and its database', location: 'Frankfurt', country: 'DE', dataCategories: ['all personal data PTC holds'], since: '2026-01-01' };
const mailer = { name: 'Example Mail GmbH', purpose: 'Sending emails', location: 'Berlin', country: 'DE', dataCategories: ['contact details', 'appointments'], since: '2027-03-15' };
const publish = (body: object) => request(t.http).post('/api/v1/operator/sub-processors').set(bearer(operatorToken)).send(body);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2027-02-01T10:00:00Z'));
  operatorToken = (await createOperator(t)).token;
  await createSchool(t, operatorToken, 'subs-a');
  await createSchool(t, operatorToken, 'subs-b');
  await drainOutbox(t);
});
afterAll(async () => {
  await t?.close();
});

it('publishes the list to anyone, without a login, versioned, with changes announced 30 days ahead to every school', async () => {
  expect((await request(t.http).get('/api/v1/privacy/sub-processors').expect(200)).body).toMatchObject({ version: 0, subProcessors: [] });
  await publish({ effectiveFrom: '2027-02-01', summary: 'The first list', subProcessors: [hosting] }).expect(201);

  // A change needs 30 days' notice: 29 is refused, 30 is accepted.
  const early = await publish({ effectiveFrom: '2027-03-02', summary: 'Adds a mail provider', subProcessors: [hosting, mailer] }).expect(400);
  expect(early.body).toMatchObject({ code: 'PRIVACY.SUB_PROCESSORS_NOTICE', message: expect.stringContaining('2027-03-03') });
  const change = await publish({ effectiveFrom: '2027-03-03', summary: 'Adds a mail provider', subProcessors: [hosting, mailer] }).expect(201);
  expect(change.body).toMatchObject({ version: 2, effectiveFrom: '2027-03-03', schoolsNotified: 2 });

  const today = await request(t.http).get('/api/v1/privacy/sub-processors').expect(200);
  expect(today.body).toMatchObject({ version: 1, subProcessors: [hosting], upcoming: [{ version: 2, effectiveFrom: '2027-03-03', subProcessors: [hosting, mailer] }] });
  expect(today.body.history.map((h: { version: number }) => h.version)).toEqual([1, 2]);
  t.clock.set(new Date('2027-03-03T00:00:00Z'));
  expect((await request(t.http).get('/api/v1/privacy/sub-processors').expect(200)).body).toMatchObject({ version: 2, upcoming: [] });
  expect((await request(t.http).get('/api/v1/privacy/sub-processors?version=1').expect(200)).body).toMatchObject({ version: 1, subProcessors: [hosting] });
  await request(t.http).get('/api/v1/privacy/sub-processors?version=9').expect(404);
  await request(t.http).get('/api/v1/privacy/sub-processors?version=abc').expect(400);

  await drainOutbox(t);
  for (const slug of ['subs-a', 'subs-b']) {
    const subjects = t.mailbox.to(`tech@${slug}.example`).map((m) => m.subject);
    expect(subjects.filter((s) => s?.includes('sub-processors'))).toEqual(["PTC's sub-processors change on 2027-02-01", "PTC's sub-processors change on 2027-03-03"]);
  }
});

it('lets only the operator publish, and validates each entry', async () => {
  const bad = await publish({ effectiveFrom: '2027-06-01', summary: 'Bad country', subProcessors: [{ ...mailer, country: 'Germany' }] }).expect(400);
  expect(bad.body.details[0].field).toBe('subProcessors.0.country');
  const school = await createSchool(t, operatorToken, 'subs-c');
  await request(t.http).post('/api/v1/operator/sub-processors').set(bearer(school.adminToken)).send({}).expect(403);
});
