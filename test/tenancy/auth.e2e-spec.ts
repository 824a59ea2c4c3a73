import jwt from 'jsonwebtoken';
import { JobRunner, ThrottleSweepJob } from '@ptc/platform';
import request from 'supertest';
import { createOperator, createSchool, createUser, login, startTestApp, TEST_PASSWORD, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: SchoolFixture;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  const operator = await createOperator(t);
  school = await createSchool(t, operator.token, 'auth-school');
});
afterAll(async () => {
  await t?.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('login', () => {
  it('returns a short-lived HS256 token naming the user, school, role, audience and issuer', async () => {
    const res = await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'ADMIN', password: TEST_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });
    const decoded = jwt.decode(res.body.accessToken, { complete: true })!;
    expect(decoded.header.alg).toBe('HS256');
    expect(decoded.payload).toMatchObject({ sub: school.adminId, school: school.id, role: 'school_admin', aud: 'ptc-api', iss: 'ptc' });
    const claims = decoded.payload as jwt.JwtPayload;
    expect(claims.exp! - claims.iat!).toBe(3600);

    const me = await request(t.http).get('/api/v1/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id: school.adminId, role: 'school_admin', screenName: 'admin', school: { slug: school.slug } });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('answers a wrong password, an unknown user and an unknown school identically', async () => {
    const wrongPassword = await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'admin', password: 'not the password' });
    const unknownUser = await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'nobody', password: 'not the password' });
    const unknownSchool = await request(t.http).post('/api/v1/auth/login').send({ school: 'no-such-school', screenName: 'admin', password: TEST_PASSWORD });
    for (const res of [wrongPassword, unknownUser, unknownSchool]) {
      expect(res.status).toBe(401);
      expect(withoutRequestId(res.body)).toEqual(withoutRequestId(wrongPassword.body));
    }
    expect(wrongPassword.body).toMatchObject({ statusCode: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    expect(typeof wrongPassword.body.requestId).toBe('string');
  });

  it('does not let a school user log in as an operator or the other way round', async () => {
    await request(t.http).post('/api/v1/auth/login').send({ screenName: 'admin', password: TEST_PASSWORD }).expect(401);
    await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'operator', password: TEST_PASSWORD }).expect(401);
  });

  it('locks an account after repeated failures, even for the right password, until the window ends', async () => {
    await createUser(t, school, 'teacher', 'throttled.teacher');
    for (let i = 0; i < 3; i++) {
      await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'throttled.teacher', password: 'wrong password' }).expect(401);
    }
    const locked = await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'throttled.teacher', password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    // Another account from the same address is unaffected by this account's lock.
    await login(t, school.slug, 'admin');

    t.clock.advance(t.config.loginThrottle.windowSeconds * 1000 + 1000);
    await login(t, school.slug, 'throttled.teacher');
  });

  it('keeps its counters in PostgreSQL under hashed keys', async () => {
    const { rows } = await t.db.query<{ n: string }>("select count(*) as n from throttle_bucket where key like 'login-ip:%'");
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    const keys = await t.db.query<{ key: string }>('select key from throttle_bucket');
    // Keys are hashed: no screen name or address is stored.
    expect(keys.rows.map((r) => r.key).join(' ')).not.toMatch(/throttled|127\.0\.0\.1/);
  });

  it('sweeps ended windows with the daily job', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from throttle_bucket');
    expect(before.rows[0].n).toBeGreaterThan(0);
    t.clock.advance(t.config.loginThrottle.windowSeconds * 1000 + 1000);
    const counts = await t.app.get(JobRunner).run('throttle-sweep', 'daily', () => t.app.get(ThrottleSweepJob).sweep());
    expect(counts).toEqual({ deleted: before.rows[0].n });
    expect((await t.db.query('select count(*)::int as n from throttle_bucket')).rows[0].n).toBe(0);
  });

  it('rejects a malformed login body with the validation error body', async () => {
    const res = await request(t.http).post('/api/v1/auth/login').send({ screenName: 'admin' }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION.FAILED' });
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });
});

describe('tokens', () => {
  const sign = (payload: object, secret: string, options: jwt.SignOptions = {}) =>
    jwt.sign(payload, secret, { algorithm: 'HS256', audience: 'ptc-api', issuer: 'ptc', expiresIn: 600, ...options });
  const claimsOf = () => ({ sub: school.adminId, school: school.id, role: 'school_admin', ver: 0 });

  it('accepts a token signed with the configured secret (the forging helpers below are sound)', async () => {
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf(), t.config.jwt.secret))).expect(200);
  });

  it('rejects a missing token with 401', async () => {
    const res = await request(t.http).get('/api/v1/auth/me').expect(401);
    expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('rejects an expired token', async () => {
    const expired = sign({ ...claimsOf(), iat: Math.floor(Date.now() / 1000) - 7200 }, t.config.jwt.secret, { expiresIn: 60 });
    const res = await request(t.http).get('/api/v1/auth/me').set(bearer(expired)).expect(401);
    expect(res.body.code).toBe('AUTH.TOKEN_EXPIRED');
  });

  it('rejects a token signed with another key', async () => {
    const forged = sign(claimsOf(), 'an-attacker-secret-that-is-long-enough-to-sign');
    const res = await request(t.http).get('/api/v1/auth/me').set(bearer(forged)).expect(401);
    expect(res.body.code).toBe('AUTH.TOKEN_INVALID');
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...claimsOf(), aud: 'ptc-api', iss: 'ptc', iat: now, exp: now + 600 })}.`;
    await request(t.http).get('/api/v1/auth/me').set(bearer(unsigned)).expect(401);
  });

  it('rejects a token for another audience or issuer', async () => {
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf(), t.config.jwt.secret, { audience: 'other-api' }))).expect(401);
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf(), t.config.jwt.secret, { issuer: 'someone-else' }))).expect(401);
  });

  it('revokes existing tokens when the password changes, and the new password works', async () => {
    const user = await createUser(t, school, 'parent', 'changing.parent');
    const wrong = await request(t.http).post('/api/v1/auth/password').set(bearer(user.token)).send({ currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('AUTH.CURRENT_PASSWORD_WRONG');

    const changed = await request(t.http)
      .post('/api/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })
      .expect(200);
    const revoked = await request(t.http).get('/api/v1/auth/me').set(bearer(user.token)).expect(401);
    expect(revoked.body.code).toBe('AUTH.TOKEN_REVOKED');
    await request(t.http).get('/api/v1/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'changing.parent', password: TEST_PASSWORD }).expect(401);
    await login(t, school.slug, 'changing.parent', 'a brand new passphrase');
  });

  it('revokes a disabled user’s tokens at once and refuses their login', async () => {
    const user = await createUser(t, school, 'teacher', 'leaving.teacher');
    await request(t.http).get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
    const res = await request(t.http).post(`/api/v1/admin/users/${user.id}/disable`).set(bearer(school.adminToken)).expect(200);
    expect(res.body.status).toBe('disabled');
    const after = await request(t.http).get('/api/v1/auth/me').set(bearer(user.token)).expect(401);
    expect(after.body.code).toBe('AUTH.TOKEN_REVOKED');
    await request(t.http).post('/api/v1/auth/login').send({ school: school.slug, screenName: 'leaving.teacher', password: TEST_PASSWORD }).expect(401);
  });
});

describe('passwords', () => {
  const create = (password: string, screenName = 'pw.user') =>
    request(t.http).post('/api/v1/admin/users').set(bearer(school.adminToken)).send({ screenName, role: 'parent', password });

  it('refuses passwords shorter than 8 or longer than 128 characters', async () => {
    expect((await create('short12')).body.code).toBe('AUTH.PASSWORD_LENGTH');
    expect((await create('x'.repeat(129))).body.code).toBe('AUTH.PASSWORD_LENGTH');
  });

  it('refuses common passwords and the screen name itself, with no composition rules', async () => {
    const common = await create('Password123');
    expect(common.status).toBe(400);
    expect(common.body.code).toBe('AUTH.PASSWORD_TOO_COMMON');
    expect((await create('pw.user.one', 'pw.user.one')).body.code).toBe('AUTH.PASSWORD_TOO_COMMON');
    // All lower case, no digits, 64 characters: accepted.
    await create('a'.repeat(20) + ' plain words are fine when they are long enough ok', 'pw.user.two').expect(201);
  });

  it('stores only an argon2id hash with the configured cost', async () => {
    const { rows } = await t.db.query<{ password_hash: string }>("select password_hash from app_user where screen_name = 'admin' and school_id = $1", [school.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('found by probing', () => {
  const sign = (payload: object, options: jwt.SignOptions = {}) => jwt.sign(payload, t.config.jwt.secret, { algorithm: 'HS256', audience: 'ptc-api', issuer: 'ptc', ...options });
  const claimsOf = () => ({ sub: school.adminId, school: school.id, role: 'school_admin', ver: 0 });
  const login = (schoolName: string, screenName: string, password: string) => request(t.http).post('/api/v1/auth/login').send({ school: schoolName, screenName, password });

  it('refuses a correctly signed token without an expiry, or with a lifetime longer than PTC gives', async () => {
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf()))).expect(401);
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf(), { expiresIn: t.config.jwt.ttlSeconds + 60 }))).expect(401);
    await request(t.http).get('/api/v1/auth/me').set(bearer(sign(claimsOf(), { expiresIn: t.config.jwt.ttlSeconds }))).expect(200);
  });

  it("counts failures against the account whatever the letter case of the school's sign-in name", async () => {
    await createUser(t, school, 'parent', 'case.probe');
    for (let i = 0; i < 3; i++) expect((await login(school.slug, 'case.probe', 'wrong password here')).status).toBe(401);
    for (const variant of [school.slug.toUpperCase(), `${school.slug[0].toUpperCase()}${school.slug.slice(1)}`]) {
      expect((await login(variant, 'case.probe', TEST_PASSWORD)).status).toBe(429);
    }
  });

  it('counts parallel guesses before checking them: no more than the limit get an answer about the password', async () => {
    await createUser(t, school, 'parent', 'parallel.probe');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => request(t.http).post('/api/v1/auth/login').set('X-Forwarded-For', `203.0.113.${i + 1}`).send({ school: school.slug, screenName: 'parallel.probe', password: `guess number ${i}` })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(17);
  });

  it('limits guesses of the current password when changing it', async () => {
    const user = await createUser(t, school, 'parent', 'change.probe');
    const change = (currentPassword: string) => request(t.http).post('/api/v1/auth/password').set(bearer(user.token)).send({ currentPassword, newPassword: 'a brand new passphrase' });
    for (let i = 0; i < 3; i++) expect((await change(`not it ${i}, surely`)).status).toBe(400);
    const locked = await change(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });
});
