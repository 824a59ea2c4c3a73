import request from 'supertest';
import { generateDirectory } from '../support/directory-factory.js';
import { createOperator, createSchool, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;

beforeAll(async () => {
  t = await startTestApp({ BODY_LIMIT: '2kb' });
  operatorToken = (await createOperator(t)).token;
});
afterAll(async () => {
  await t?.close();
});

const errorBody = (statusCode: number, code: string) => ({ statusCode, code, message: expect.any(String), requestId: expect.any(String) });

it('refuses an unknown field with 400 and names it', async () => {
  const res = await request(t.http).post('/api/v1/auth/login').send({ screenName: 'a', password: 'b', isAdmin: true }).expect(400);
  expect(res.body).toEqual({ ...errorBody(400, 'VALIDATION.FAILED'), details: [{ field: 'isAdmin', problems: ['property isAdmin should not exist'] }] });
});

it('refuses malformed JSON with 400 and the error body', async () => {
  const res = await request(t.http).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"screenName": "admin",').expect(400);
  expect(res.body).toEqual(errorBody(400, 'REQUEST.MALFORMED_JSON'));
});

it('refuses a body over the size limit with 413', async () => {
  const res = await request(t.http).post('/api/v1/auth/login').send({ screenName: 'a', password: 'x'.repeat(4096) }).expect(413);
  expect(res.body).toEqual(errorBody(413, 'REQUEST.PAYLOAD_TOO_LARGE'));
});

it('answers an unknown route with 404 and the error body', async () => {
  const res = await request(t.http).get('/api/v1/no/such/route').set('Authorization', `Bearer ${operatorToken}`).expect(404);
  expect(res.body).toEqual(errorBody(404, 'REQUEST.ROUTE_NOT_FOUND'));
});

it('takes a whole-school snapshot larger than the general limit on the sync routes only', async () => {
  const school = await createSchool(t, operatorToken, 'large-sync');
  const snapshot = generateDirectory(40, 2, 1);
  expect(JSON.stringify(snapshot).length).toBeGreaterThan(2048);
  const res = await request(t.http).post('/api/v1/admin/sync/json?dryRun=true').set('Authorization', `Bearer ${school.adminToken}`).send(snapshot).expect(201);
  expect(res.body).toMatchObject({ dryRun: true });
});

it('refuses a malformed id in the path with 400, not 500', async () => {
  const res = await request(t.http).get('/api/v1/operator/schools').set('Authorization', `Bearer ${operatorToken}`).expect(200);
  expect(Array.isArray(res.body.items)).toBe(true);
  const { adminToken } = await createSchool(t, operatorToken, 'pipeline');
  const badId = await request(t.http).get('/api/v1/admin/users/not-a-uuid').set('Authorization', `Bearer ${adminToken}`).expect(400);
  expect(badId.body).toEqual(errorBody(400, 'VALIDATION.FAILED'));
  const badQuery = await request(t.http).get('/api/v1/admin/users?limit=100000').set('Authorization', `Bearer ${adminToken}`).expect(400);
  expect(badQuery.body.details).toEqual([{ field: 'limit', problems: ['limit must not be greater than 500'] }]);
});

it('names every missing field of a nested body', async () => {
  const bad = await request(t.http).post('/api/v1/operator/schools').set('Authorization', `Bearer ${operatorToken}`).send({ slug: 'UPPER case' }).expect(400);
  expect(bad.body.code).toBe('VALIDATION.FAILED');
  expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
    expect.arrayContaining(['name', 'slug', 'timezone', 'technicalContact', 'financeContact', 'admin']),
  );
});

it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
  const given = await request(t.http).post('/api/v1/auth/login').set('X-Request-Id', 'trace-123').send({}).expect(400);
  expect(given.headers['x-request-id']).toBe('trace-123');
  expect(given.body.requestId).toBe('trace-123');
  const invented = await request(t.http).post('/api/v1/auth/login').set('X-Request-Id', 'bad id with spaces <script>').send({}).expect(400);
  expect(invented.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
});

it('answers liveness and readiness for orchestrators in terminus shape, without describing backups', async () => {
  const live = await request(t.http).get('/health/live').expect(200);
  expect(live.body).toEqual({ status: 'ok', info: { process: { status: 'up' } }, error: {}, details: { process: { status: 'up' } } });
  const ready = await request(t.http).get('/health/ready').expect(200);
  expect(ready.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, migrations: { status: 'up' } } });
  expect(JSON.stringify(ready.body)).not.toContain('backup');
  await request(t.http).get('/health').expect(404);
  // Nothing stays at the old paths: they are the web app's now.
  expect((await request(t.http).get('/auth/me').expect(200)).headers['content-type']).toMatch(/^text\/html/);
});

it("does not call a new installation's backups stale before the first one was due", async () => {
  const health = () => request(t.http).get('/api/v1/operator/health').set('Authorization', `Bearer ${operatorToken}`).expect(200);
  expect((await health()).body.backup).toEqual({ lastSucceededAt: null, ageHours: null, stale: false });
  const saved = t.clock.now();
  t.clock.set(new Date(saved.getTime() + 26 * 3_600_000)); // past BACKUP_MAX_AGE_HOURS (25) since the installation, and still none
  expect((await health()).body.backup).toEqual({ lastSucceededAt: null, ageHours: null, stale: true });
  t.clock.set(saved);
});

it('sends security headers and no framework banner', async () => {
  const res = await request(t.http).get('/health/live').expect(200);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['x-powered-by']).toBeUndefined();
  // Plain HTTP without a trusted TLS proxy: no HSTS (see the HTTPS test for the other case).
  expect(res.headers['strict-transport-security']).toBeUndefined();
});

it('serves the OpenAPI document and Swagger UI without login', async () => {
  const spec = await request(t.http).get('/api/docs/openapi.json').expect(200);
  expect(spec.body.openapi).toMatch(/^3\./);
  expect(Object.keys(spec.body.paths)).toEqual(
    expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/admin/users/{id}', '/api/v1/operator/schools', '/health/ready', '/calendar/teacher/{token}/schedule.ics']),
  );
  const ui = await request(t.http).get('/api/docs').expect(200);
  expect(ui.text).toContain('swagger');
  // Only Swagger UI may run inline script; every other page keeps the strict policy.
  expect(ui.headers['content-security-policy']).toContain("'unsafe-inline'");
  const other = await request(t.http).get('/api/v1/auth/me').expect(401);
  expect(other.headers['content-security-policy']).toContain("script-src 'self';");
});
