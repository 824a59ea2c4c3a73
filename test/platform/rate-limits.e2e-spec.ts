import request from 'supertest';
import { createPersonLogin, demoSchool, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Rate limits on the routes anyone can reach and on booking writes, with small limits so a test
 * reaches them; two instances on one database, because a limit that one instance keeps to itself
 * is one more instance away from being useless.
 */
const LIMITS = {
  RATE_LIMIT_LINKS: '3/60',
  RATE_LIMIT_FEEDS: '2/300',
  RATE_LIMIT_ACCOUNTS: '2/900',
  RATE_LIMIT_WEBHOOK: '2/60',
  RATE_LIMIT_BOOKING_WRITES: '3/60',
};
let first: TestApp;
let second: TestApp;
let demo: Awaited<ReturnType<typeof demoSchool>>;

beforeAll(async () => {
  first = await startTestApp(LIMITS);
  second = await startTestApp({ ...LIMITS, JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
  demo = await demoSchool(first, 'rate-limits');
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** Both instances' clocks move together, as real ones would. */
function advance(seconds: number) {
  for (const app of [first, second]) app.clock.set(new Date(app.clock.now().getTime() + seconds * 1000));
}

function expectLimited(res: request.Response, windowSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ statusCode: 429, code: 'REQUEST.RATE_LIMITED', requestId: expect.any(String) });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

it('limits signed links per address across both instances, and lets the address in again when the window ends', async () => {
  const link = (app: TestApp) => request(app.http).get('/api/v1/appointments/link/not-a-real-link');
  for (const app of [first, second, first]) expect((await link(app)).body.code).toBe('BOOKING.LINK_INVALID');
  expectLimited(await link(second), 60);
  expectLimited(await link(first), 60);
  // The invitation and reset links count in the same bucket: the address is over its limit for all of them.
  expectLimited(await request(first.http).get('/api/v1/auth/invitations/not-a-real-link'), 60);
  // Routes outside the policy are not affected.
  await request(first.http).get('/health/live').expect(200);
  advance(61);
  expect((await link(second)).body.code).toBe('BOOKING.LINK_INVALID');
});

it('limits account set-up by emailed token and the payment webhook per address', async () => {
  const accept = () => request(first.http).post('/api/v1/auth/invitations/accept').send({ token: 'x'.repeat(40), screenName: 'someone.new', password: 'a long enough phrase' });
  for (let i = 0; i < 2; i++) expect((await accept()).status).toBeLessThan(429);
  expectLimited(await accept(), 900);
  // Asking for a password reset is account set-up too: the same address is over the limit.
  expectLimited(await request(second.http).post('/api/v1/auth/password-reset').send({ school: 'demo', screenNameOrEmail: 'anyone' }), 900);

  const webhook = () => request(second.http).post('/api/v1/licensing/payment-webhook').set('Content-Type', 'application/json').send('{}');
  for (let i = 0; i < 2; i++) expect((await webhook()).status).toBeLessThan(429);
  expectLimited(await webhook(), 60);
  advance(901);
});

it('limits each calendar feed on its own, so one busy subscription does not stop the others', async () => {
  const { school, ids } = demo;
  const siobhan = await createPersonLogin(first, school, 'parent', ids.C1, 'siobhan.feeds');
  const jose = await createPersonLogin(first, school, 'parent', ids.C2, 'jose.feeds');
  const feedOf = async (token: string) =>
    new URL((await request(first.http).post('/api/v1/parent/calendar-feed').set({ Authorization: `Bearer ${token}` }).expect(201)).body.url).pathname;
  const [busy, quiet] = [await feedOf(siobhan), await feedOf(jose)];

  await request(first.http).get(busy).expect(200);
  await request(second.http).get(busy).expect(200);
  expectLimited(await request(first.http).get(busy), 300);
  await request(first.http).get(quiet).expect(200);
  advance(301);
  await request(second.http).get(busy).expect(200);
});

it('limits booking writes per user: one parent over the limit does not stop another', async () => {
  const { school, ids } = demo;
  const siobhan = { Authorization: `Bearer ${await createPersonLogin(first, school, 'parent', ids.C1, 'siobhan.rate')}` };
  const jose = { Authorization: `Bearer ${await createPersonLogin(first, school, 'parent', ids.C2, 'jose.rate')}` };
  const attempt = (app: TestApp, who: Record<string, string>) =>
    request(app.http).post('/api/v1/bookings').set(who).send({ eventId: ids.S1, studentId: ids.S1, teacherId: ids.T1, slotId: ids.S1 });
  // Refused bookings count too: the limit is on writing, not on succeeding.
  for (const app of [first, second, first]) expect((await attempt(app, siobhan)).status).toBe(404);
  expectLimited(await attempt(second, siobhan), 60);
  expectLimited(await request(first.http).post(`/api/v1/bookings/${ids.S1}/cancel`).set(siobhan).send({}), 60);
  expect((await attempt(first, jose)).status).toBe(404);
  // Reading is not a booking write.
  await request(first.http).get('/api/v1/parent/events').set(siobhan).expect(200);
  advance(61);
  expect((await attempt(second, siobhan)).status).toBe(404);
});
