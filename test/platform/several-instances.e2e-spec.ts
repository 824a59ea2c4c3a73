import request from 'supertest';
import { createOperator, drainOutbox, postSchool, schoolBody, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/** Two application instances on one database, as in a scaled-out deployment. */
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  first = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '4' });
  // Same database and JWT secret; its own process state (and its own SMTP server, which is fine: both deliver).
  second = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '4', JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

it('holds the login throttle across instances: failures on one lock the account on the other', async () => {
  const operator = await createOperator(first, 'multi.operator');
  for (const app of [first, second, first, second]) {
    await request(app.http).post('/auth/login').send({ screenName: 'multi.operator', password: 'wrong password' }).expect(401);
  }
  const res = await request(second.http).post('/auth/login').send({ screenName: 'multi.operator', password: TEST_PASSWORD });
  expect(res.status).toBe(429);
  // A token issued by one instance is accepted by the other.
  await request(second.http).get('/auth/me').set('Authorization', `Bearer ${operator.token}`).expect(200);
});

it('delivers each outbox message exactly once when both instances drain at the same time', async () => {
  const { token } = await createOperator(first, 'mail.operator');
  for (let i = 0; i < 12; i++) {
    await postSchool(first, token, schoolBody(`parallel-${i}`)).expect(201);
  }
  const [a, b] = await Promise.all([drainOutbox(first), drainOutbox(second)]);
  expect(a + b).toBe(12);
  const delivered = [...first.mailbox.messages, ...second.mailbox.messages].map((m) => m.subject);
  expect(delivered).toHaveLength(12);
  expect(new Set(delivered).size).toBe(12);
  const { rows } = await first.db.query("select count(*)::int as n from outbox_message where status = 'done' and attempts = 1");
  expect(rows[0].n).toBe(12);
});
