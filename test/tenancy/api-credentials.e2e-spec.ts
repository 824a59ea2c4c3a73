import request from 'supertest';
import { createOperator, demoSchool, flushUsage, createPersonLogin, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Issue 21: a school lets a named third party read some of its data through the API, and can stop it at once. */
let t: TestApp;
let school: SchoolFixture;
let operator: string;
let parent: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const inDays = (days: number) => new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();

function create(body: Record<string, unknown> = {}) {
  return request(t.http)
    .post('/api/v1/admin/api-credentials')
    .set(admin())
    .send({ name: 'Timetable Co.', purpose: 'Builds the teachers’ timetables', scopes: ['directory:read'], expiresAt: inDays(30), ...body });
}

beforeAll(async () => {
  t = await startTestApp();
  operator = (await createOperator(t)).token;
  const demo = await demoSchool(t, 'third-parties', operator);
  school = demo.school;
  parent = await createPersonLogin(t, school, 'parent', demo.ids.C1, 'siobhan.tp');
});
afterAll(async () => {
  await t?.close();
});

it('shows the secret once, stores only its hash, and lets the third party read within its scopes only', async () => {
  const created = await create().expect(201);
  expect(created.body).toMatchObject({ name: 'Timetable Co.', scopes: ['directory:read'], status: 'active', lastUsedAt: null });
  const secret: string = created.body.secret;
  expect(secret).toMatch(/^ptc_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
  const stored = (await t.db.query('select secret_hash from api_credential where id = $1', [created.body.id])).rows[0].secret_hash;
  expect(stored).not.toContain(secret.slice(41));
  const listed = await request(t.http).get('/api/v1/admin/api-credentials').set(admin()).expect(200);
  expect(JSON.stringify(listed.body)).not.toContain(secret.slice(41));

  const students = await request(t.http).get('/api/v1/admin/students').set(bearer(secret)).expect(200);
  expect(students.body.total).toBe(5);
  const refused = await request(t.http).get('/api/v1/admin/events').set(bearer(secret)).expect(403);
  expect(refused.body).toMatchObject({ code: 'AUTH.FORBIDDEN_SCOPE', details: { scopes: ['bookings:read', 'schedules:read'] } });
  // Writes and everything else not opened to third parties stay closed, whatever the scopes.
  expect((await request(t.http).post('/api/v1/admin/students').set(bearer(secret)).send({ firstName: 'A', lastName: 'B' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN_ROLE');
  expect((await request(t.http).get('/api/v1/auth/me').set(bearer(secret)).expect(403)).body.code).toBe('AUTH.FORBIDDEN_ROLE');
  // An altered secret is nobody.
  expect((await request(t.http).get('/api/v1/admin/students').set(bearer(`${secret.slice(0, -2)}xx`)).expect(401)).body.code).toBe('AUTH.TOKEN_INVALID');

  // Each use is in the usage records under the credential's name, and the admin sees when it was last used.
  await flushUsage(t);
  const uses = await t.db.query("select credential_name, route, status from usage_record where user_id = $1 order by id", [created.body.id]);
  expect(uses.rows).toContainEqual({ credential_name: 'Timetable Co.', route: '/api/v1/admin/students', status: 200 });
  expect(uses.rows).toContainEqual({ credential_name: 'Timetable Co.', route: '/api/v1/admin/events', status: 403 });
  const after = (await request(t.http).get('/api/v1/admin/api-credentials').set(admin()).expect(200)).body.find((c: { id: string }) => c.id === created.body.id);
  expect(after.lastUsedAt).toBe(t.clock.now().toISOString());

  // Revoking is immediate.
  await request(t.http).post(`/api/v1/admin/api-credentials/${created.body.id}/revoke`).set(admin()).expect(200);
  expect((await request(t.http).get('/api/v1/admin/students').set(bearer(secret)).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
});

it('refuses a credential after its expiry and outside its address ranges', async () => {
  const expiring = await create({ name: 'Short Lived Ltd', expiresAt: inDays(1) }).expect(201);
  await request(t.http).get('/api/v1/admin/teachers').set(bearer(expiring.body.secret)).expect(200);
  const saved = t.clock.now();
  t.clock.set(new Date(saved.getTime() + 86_400_000 + 1000));
  expect((await request(t.http).get('/api/v1/admin/teachers').set(bearer(expiring.body.secret)).expect(401)).body.code).toBe('AUTH.TOKEN_EXPIRED');
  const listed = (await request(t.http).get('/api/v1/admin/api-credentials').set(admin()).expect(200)).body.find((c: { id: string }) => c.id === expiring.body.id);
  expect(listed.status).toBe('expired');
  t.clock.set(saved);

  const elsewhere = await create({ name: 'Remote Office', allowedRanges: ['203.0.113.0/24'] }).expect(201);
  expect((await request(t.http).get('/api/v1/admin/teachers').set(bearer(elsewhere.body.secret)).expect(403)).body.code).toBe('AUTH.ADDRESS_NOT_ALLOWED');
  const here = await create({ name: 'Local Office', allowedRanges: ['127.0.0.0/8', '::1/128'] }).expect(201);
  await request(t.http).get('/api/v1/admin/teachers').set(bearer(here.body.secret)).expect(200);
});

it('refuses bad requests for a credential, and only a school admin may make one', async () => {
  expect((await create({ expiresAt: inDays(-1) }).expect(400)).body.code).toBe('API_CREDENTIAL.EXPIRY');
  expect((await create({ expiresAt: inDays(400) }).expect(400)).body.code).toBe('API_CREDENTIAL.EXPIRY');
  expect((await create({ allowedRanges: ['10.0.0.0/40'] }).expect(400)).body.code).toBe('API_CREDENTIAL.RANGE');
  expect((await create({ scopes: ['bookings:write'] }).expect(400)).body.code).toBe('VALIDATION.FAILED');
  expect((await create({ scopes: [] }).expect(400)).body.code).toBe('VALIDATION.FAILED');
  const body = { name: 'Vendor Pick', purpose: 'x', scopes: ['directory:read'], expiresAt: inDays(30) };
  expect((await request(t.http).post('/api/v1/admin/api-credentials').set(bearer(operator)).send(body).expect(403)).body.code).toBe('AUTH.FORBIDDEN_ROLE');
  expect((await request(t.http).post('/api/v1/admin/api-credentials').set(bearer(parent)).send(body).expect(403)).body.code).toBe('AUTH.FORBIDDEN_ROLE');
  await request(t.http).post('/api/v1/admin/api-credentials/00000000-0000-4000-8000-000000000000/revoke').set(admin()).expect(404);
});

it('names the third parties in force to the school’s people and in the school’s processing records', async () => {
  const names = (body: { name: string }[]) => body.map((p) => p.name);
  const inForce = names((await request(t.http).get('/api/v1/school/third-parties').set(bearer(parent)).expect(200)).body);
  // Revoked and expired ones are gone; those in force are named with what for.
  expect(inForce).toEqual(['Local Office', 'Remote Office', 'Short Lived Ltd']);
  const records = await request(t.http).get(`/api/v1/operator/processing-records?schoolId=${school.id}`).set(bearer(operator)).expect(200);
  expect(records.body.thirdParties).toContainEqual(expect.objectContaining({ name: 'Local Office', purpose: 'Builds the teachers’ timetables', scopes: ['directory:read'] }));
  expect((await request(t.http).get('/api/v1/operator/processing-records').set(bearer(operator)).expect(200)).body.thirdParties).toBeUndefined();
  await request(t.http).get('/api/v1/operator/processing-records?schoolId=00000000-0000-4000-8000-000000000000').set(bearer(operator)).expect(404);
});
