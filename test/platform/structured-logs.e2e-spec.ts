import { Writable } from 'node:stream';
import request from 'supertest';
import { JobRunner } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { createOperator, postSchool, schoolBody, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/** The API's log, as an operator's log collector reads it: one JSON object per line. */
const lines: string[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});
const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
/** Request lines are written once the answer has gone out, which can be just after the client has it. */
async function requestLines(count: number) {
  for (let waited = 0; entries().filter((e) => e.msg === 'request').length < count && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  return entries().filter((e) => e.msg === 'request');
}
let t: TestApp;
let adminToken: string;

beforeAll(async () => {
  t = await startTestApp({ LOG_FORMAT: 'json' }, { logTo: logSink, logLevels: ['error', 'warn', 'log'] });
  const operator = await createOperator(t);
  await postSchool(t, operator.token, schoolBody('logged', { admin: { screenName: 'logged.admin', password: TEST_PASSWORD } })).expect(201);
  const login = await request(t.http).post('/api/v1/auth/login').send({ school: 'logged', screenName: 'logged.admin', password: TEST_PASSWORD }).expect(200);
  adminToken = login.body.accessToken;
});
afterAll(async () => {
  await t?.close();
});

it('writes one JSON line per request: method, route template, status, duration, request id, school and user, and nothing the caller sent', async () => {
  lines.length = 0;
  const listed = await request(t.http).get('/api/v1/admin/students?q=Zo%C3%AB%20Smith&limit=5').set('Authorization', `Bearer ${adminToken}`).expect(200);
  await request(t.http).get('/api/v1/auth/password-reset/SIGNED-LINK-TOKEN-abc123').expect((res) => expect(res.status).toBeGreaterThanOrEqual(400));

  expect(await requestLines(2)).toEqual([
    expect.objectContaining({
      level: 'info',
      context: 'HTTP',
      method: 'GET',
      route: '/api/v1/admin/students',
      status: 200,
      durationMs: expect.any(Number),
      requestId: listed.headers['x-request-id'],
      schoolId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      userId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      time: expect.any(String),
    }),
    expect.objectContaining({ method: 'GET', route: '/api/v1/auth/password-reset/:token', status: expect.any(Number) }),
  ]);
  const log = lines.join('\n');
  for (const secret of ['Zo', 'Smith', 'SIGNED-LINK-TOKEN', adminToken, 'Bearer']) expect(log).not.toContain(secret);
});

it('logs neither the password nor the issued token of a sign-in', async () => {
  lines.length = 0;
  const login = await request(t.http).post('/api/v1/auth/login').send({ school: 'logged', screenName: 'logged.admin', password: TEST_PASSWORD }).expect(200);
  await requestLines(1);
  expect(entries()).toEqual([expect.objectContaining({ msg: 'request', method: 'POST', route: '/api/v1/auth/login', status: 200 })]);
  expect(lines.join('\n')).not.toContain(TEST_PASSWORD);
  expect(lines.join('\n')).not.toContain(login.body.accessToken);
});

it('logs a failure with the request id the caller was given, redacted', async () => {
  lines.length = 0;
  // A failure whose message carries what must never be logged.
  const schools = t.app.get(SchoolsService);
  const current = schools.current;
  schools.current = () =>
    Promise.reject(new Error('could not mail office@logged.example the link https://ptc.example/reset-password/abcdef.sig with Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'));
  const res = await request(t.http).get('/api/v1/school').set('Authorization', `Bearer ${adminToken}`);
  schools.current = current;
  expect(res.status).toBe(500);
  await requestLines(1);
  const error = entries().find((e) => e.level === 'error')!;
  expect(error).toMatchObject({ requestId: res.body.requestId, context: expect.any(String) });
  expect(String(error.msg)).toContain('could not mail [email] the link https://ptc.example/reset-password/[redacted] with Bearer [redacted]');
  expect(entries().find((e) => e.msg === 'request')).toMatchObject({ requestId: res.body.requestId, status: 500, route: '/api/v1/school' });
});

it('logs each scheduled job run with its name and tick', async () => {
  lines.length = 0;
  await t.app.get(JobRunner).run('log-test', 'daily', async () => ({ done: 3 }));
  expect(entries()).toEqual([expect.objectContaining({ context: 'Jobs', job: 'log-test', tick: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), outcome: 'succeeded', counts: { done: 3 } })]);
});
