import request from 'supertest';
import { createOperator, createSchool, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

it('smoke', async () => {
  const op = await createOperator(t);
  const s = await createSchool(t, op.token, 'alpha');
  const me = await request(t.http).get('/auth/me').set('Authorization', `Bearer ${s.adminToken}`);
  console.log(me.status, me.body);
  const bad = await request(t.http).post('/auth/login').set('content-type','application/json').send('{"x":');
  console.log(bad.status, bad.body);
});
