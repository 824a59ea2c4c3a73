import request from 'supertest';
import { createOperator, createSchool, listen, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: SchoolFixture;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchool(t, (await createOperator(t)).token, 'bad-input');
});
afterAll(async () => {
  await t?.close();
});

it('refuses deeply nested JSON with 400 before validation, even on the public login', async () => {
  const nested = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
  const res = await request(t.http).post('/api/v1/auth/login').set('content-type', 'application/json').send(`{"school":"x","screenName":"y","password":${nested}}`).expect(400);
  expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', details: [{ field: expect.stringMatching(/^body\.password/), problems: ['nests deeper than 32 levels'] }] });
});

it('refuses NUL characters anywhere (body, query, login) with 400, not a database error', async () => {
  const login = await request(t.http).post('/api/v1/auth/login').send({ school: 'bad\u0000school', screenName: 'admin', password: 'x' }).expect(400);
  expect(login.body.details).toEqual([{ field: 'body.school', problems: ['must not contain NUL characters'] }]);
  const search = await request(t.http).get('/api/v1/admin/students?q=a%00b').set(bearer(school.adminToken)).expect(400);
  expect(search.body.details[0].field).toBe('query.q');
  await request(t.http).post('/api/v1/admin/students').set(bearer(school.adminToken)).send({ firstName: 'A\u0000', lastName: 'B' }).expect(400);
});

it('refuses ill-formed Unicode (a lone surrogate) with 400', async () => {
  const res = await request(t.http)
    .post('/api/v1/admin/contacts')
    .set(bearer(school.adminToken))
    .set('content-type', 'application/json')
    .send('{"firstName":"A","lastName":"B","email":"a\\ud800b@example.org"}')
    .expect(400);
  expect(res.body.details).toEqual([{ field: 'body.email', problems: ['must be well-formed Unicode'] }]);
});

it('lets no cache keep answers that carry tokens or personal data', async () => {
  const login = await request(t.http).post('/api/v1/auth/login').send({ school: 'bad-input', screenName: 'admin', password: 'wrong password' });
  expect(login.headers['cache-control']).toBe('no-store');
  expect((await request(t.http).get('/api/v1/auth/me').set(bearer(school.adminToken)).expect(200)).headers['cache-control']).toBe('no-store');
  expect((await request(t.http).get('/api/v1/admin/students').set(bearer(school.adminToken)).expect(200)).headers['cache-control']).toBe('no-store');
  expect((await request(t.http).get('/calendar/teacher/not-a-token/schedule.ics')).headers['cache-control']).toBe('private, max-age=300');
});

it('answers headers too large for the server with 431 and the error body, echoing nothing', async () => {
  const url = await listen(t);
  const res = await fetch(`${url}/api/v1/auth/me?echo=marker-in-the-path`, { headers: { 'x-big': 'x'.repeat(20_000) } });
  expect(res.status).toBe(431);
  const text = await res.text();
  expect(JSON.parse(text)).toEqual({ statusCode: 431, code: 'REQUEST.HEADERS_TOO_LARGE', message: 'The request headers are too large', requestId: expect.any(String) });
  expect(text).not.toContain('marker-in-the-path');
});
