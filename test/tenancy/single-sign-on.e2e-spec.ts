import request from 'supertest';
import { createOperator, createPersonLogin, demoSchool, drainOutbox, freePort, startTestApp, TEST_PASSWORD, type SchoolFixture, type TestApp } from '../support/test-app.js';
import { signInAtProvider, startIdentityProvider, type IdentityProvider } from '../support/identity-provider.js';

/**
 * Staff sign in with their school's OpenID Connect provider (issue 21), against a real provider
 * (oidc-provider) on loopback: PTC starts the code flow with PKCE, the test signs in at the
 * provider as a browser would, and hands PTC what the provider sent back.
 */
let t: TestApp;
let idp: IdentityProvider;
let riverside: { school: SchoolFixture; ids: Record<string, string> };
let hillside: { school: SchoolFixture; ids: Record<string, string> };
let smithUserId: string;

const SMITH = 'a.smith@demo-school.invalid';
const KOWALSKI = 'l.kowalski@demo-school.invalid';
const SIOBHAN = 'siobhan@demo-parents.invalid';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const riversideClient = { clientId: 'ptc-riverside', clientSecret: 'riverside-client-secret-7Hq2' };

function providerBody(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Riverside Accounts',
    issuer: idp.issuer,
    ...riversideClient,
    allowedEmailDomains: ['demo-school.invalid'],
    roles: ['school_admin', 'teacher'],
    staffPasswordSignIn: true,
    ...overrides,
  };
}

async function start(slug: string, next?: string): Promise<string> {
  const res = await request(t.http).post(`/api/v1/auth/sso/${slug}/start`).send(next ? { next } : {}).expect(200);
  return res.body.authorizationUrl;
}

/** Starts at PTC, signs in at the provider as `email`, and returns the provider's answer as PTC's web page receives it. */
async function answerFor(slug: string, email: string, next?: string): Promise<Record<string, string>> {
  const back = await signInAtProvider(await start(slug, next), email);
  expect(back.origin + back.pathname).toBe(`${t.config.publicBaseUrl}/sign-in/sso/${slug}`);
  return Object.fromEntries(back.searchParams);
}

const finish = (slug: string, answer: Record<string, string>) => request(t.http).post(`/api/v1/auth/sso/${slug}/finish`).send(answer);

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_BASE_URL: `http://127.0.0.1:${await freePort()}` });
  const operator = await createOperator(t);
  riverside = await demoSchool(t, 'riverside', operator.token);
  hillside = await demoSchool(t, 'hillside', operator.token);
  smithUserId = (await request(t.http).post('/api/v1/admin/users').set(bearer(riverside.school.adminToken)).send({ role: 'teacher', personId: riverside.ids.T1, screenName: 'asmith', password: TEST_PASSWORD }).expect(201)).body.id;
  await createPersonLogin(t, riverside.school, 'parent', riverside.ids.C1, 'siobhan');
  await createPersonLogin(t, hillside.school, 'teacher', hillside.ids.T1, 'asmith');
  idp = await startIdentityProvider([
    { ...riversideClient, redirectUri: `${t.config.publicBaseUrl}/sign-in/sso/riverside` },
    { clientId: 'ptc-hillside', clientSecret: 'hillside-client-secret-9Kd4', redirectUri: `${t.config.publicBaseUrl}/sign-in/sso/hillside` },
  ]);
}, 60_000);

afterAll(async () => {
  await idp?.close();
  await t?.close();
});

describe('setting up the provider', () => {
  it('shows the redirect URI to register, checks the issuer, and keeps the secret to itself', async () => {
    const before = await request(t.http).get('/api/v1/admin/sign-in-provider').set(bearer(riverside.school.adminToken)).expect(200);
    expect(before.body).toEqual({ redirectUri: `${t.config.publicBaseUrl}/sign-in/sso/riverside`, provider: null });
    expect((await request(t.http).get('/api/v1/auth/sso/riverside').expect(200)).body).toEqual({ providerName: null, providerRoles: [], staffPasswordSignIn: true });

    const put = (body: object) => request(t.http).put('/api/v1/admin/sign-in-provider').set(bearer(riverside.school.adminToken)).send(body);
    expect((await put(providerBody({ issuer: 'http://login.example.org' })).expect(400)).body.code).toBe('SSO.ISSUER_INVALID');
    expect((await put(providerBody({ issuer: `http://127.0.0.1:${await freePort()}` })).expect(400)).body.code).toBe('SSO.PROVIDER_UNREACHABLE');
    expect((await put(providerBody({ clientSecret: undefined })).expect(400)).body.code).toBe('SSO.CLIENT_SECRET_REQUIRED');
    expect((await put(providerBody({ allowedEmailDomains: ['demo school'] })).expect(400)).body).toMatchObject({ code: 'SSO.EMAIL_DOMAIN_INVALID', details: { invalid: ['demo school'] } });
    // The admin saving it has no directory record: turning passwords off would lock them out.
    expect((await put(providerBody({ staffPasswordSignIn: false })).expect(400)).body.code).toBe('SSO.ADMINS_LOCKED_OUT');
    expect((await put(providerBody({ staffPasswordSignIn: false, roles: ['teacher'] })).expect(400)).body.code).toBe('SSO.ADMINS_LOCKED_OUT');

    const saved = await put(providerBody({ allowedEmailDomains: ['@Demo-School.invalid'] })).expect(200);
    expect(saved.body.provider).toEqual({
      displayName: 'Riverside Accounts',
      issuer: idp.issuer,
      clientId: 'ptc-riverside',
      allowedEmailDomains: ['demo-school.invalid'],
      roles: ['school_admin', 'teacher'],
      staffPasswordSignIn: true,
      updatedAt: expect.any(String),
    });
    expect(saved.text).not.toContain(riversideClient.clientSecret);
    const stored = await t.db.query(`select client_secret from sign_in_provider where school_id = $1`, [riverside.school.id]);
    expect(stored.rows[0].client_secret.toString('latin1')).not.toContain(riversideClient.clientSecret);
    // Changing it without the secret keeps the one stored.
    await put(providerBody({ clientSecret: undefined, displayName: 'Riverside Accounts' })).expect(200);
    expect((await request(t.http).get('/api/v1/auth/sso/riverside').expect(200)).body).toEqual({ providerName: 'Riverside Accounts', providerRoles: ['school_admin', 'teacher'], staffPasswordSignIn: true });
    // An unknown school looks like one without a provider.
    expect((await request(t.http).get('/api/v1/auth/sso/nowhere').expect(200)).body.providerName).toBeNull();
  });
});

describe('signing in with the provider', () => {
  it('starts the code flow with PKCE and a nonce, and signs the teacher with the verified email into their own login', async () => {
    const authorizationUrl = new URL(await start('riverside', '/teacher/evenings/1'));
    expect(authorizationUrl.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorizationUrl.searchParams)).toMatchObject({
      client_id: 'ptc-riverside',
      redirect_uri: `${t.config.publicBaseUrl}/sign-in/sso/riverside`,
      response_type: 'code',
      scope: 'openid email',
      code_challenge_method: 'S256',
      state: expect.stringMatching(/^[\w-]{43}$/),
      nonce: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
    });

    const answer = await answerFor('riverside', SMITH.toUpperCase(), '/teacher/evenings/1');
    const done = await finish('riverside', answer).expect(200);
    expect(done.body).toMatchObject({ tokenType: 'Bearer', next: '/teacher/evenings/1' });
    const me = await request(t.http).get('/api/v1/auth/me').set(bearer(done.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id: smithUserId, role: 'teacher', personId: riverside.ids.T1, school: { slug: 'riverside' } });
    const schedule = await request(t.http).get('/api/v1/teacher/events').set(bearer(done.body.accessToken));
    expect(schedule.status).toBe(200);

    // The provider's answer works once.
    expect((await finish('riverside', answer).expect(401)).body.code).toBe('SSO.ATTEMPT_UNKNOWN');
  });

  it('refuses an ID token made out to another client', async () => {
    idp.issueIdTokensFor('another-app');
    try {
      const refused = await finish('riverside', await answerFor('riverside', SMITH)).expect(401);
      expect(refused.body.code).toBe('SSO.RESPONSE_REJECTED');
      expect(refused.body.accessToken).toBeUndefined();
    } finally {
      idp.issueIdTokensFor(null);
    }
  });

  it('refuses a state it never gave out, an answer for another sign-in, and an ID token without the attempt’s nonce', async () => {
    const answer = await answerFor('riverside', SMITH);
    expect((await finish('riverside', { ...answer, state: 'x'.repeat(43) }).expect(401)).body.code).toBe('SSO.ATTEMPT_UNKNOWN');

    // A code from one sign-in handed in with another's state: the PKCE verifier does not match it.
    const other = await answerFor('riverside', SMITH);
    expect((await finish('riverside', { ...answer, state: other.state }).expect(401)).body.code).toBe('SSO.RESPONSE_REJECTED');

    const third = await answerFor('riverside', SMITH);
    await t.db.query(`update sign_in_attempt set nonce = 'not-the-nonce-sent' where school_id = $1`, [riverside.school.id]);
    expect((await finish('riverside', third).expect(401)).body.code).toBe('SSO.RESPONSE_REJECTED');
  });

  it('refuses an email the provider does not vouch for, one of another domain, one with no login, and a role the school keeps on passwords', async () => {
    idp.people.set(SMITH, { email: SMITH, emailVerified: false });
    try {
      expect((await finish('riverside', await answerFor('riverside', SMITH)).expect(401)).body.code).toBe('SSO.EMAIL_NOT_VERIFIED');
    } finally {
      idp.people.delete(SMITH);
    }
    expect((await finish('riverside', await answerFor('riverside', SIOBHAN)).expect(401)).body.code).toBe('SSO.EMAIL_DOMAIN_NOT_ALLOWED');
    // Kowalski is in the directory but has no login; nobody@ is not in it.
    expect((await finish('riverside', await answerFor('riverside', KOWALSKI)).expect(401)).body.code).toBe('SSO.NO_LOGIN');
    expect((await finish('riverside', await answerFor('riverside', 'nobody@demo-school.invalid')).expect(401)).body.code).toBe('SSO.NO_LOGIN');

    // Parents may use the provider only when the school says so.
    await request(t.http).put('/api/v1/admin/sign-in-provider').set(bearer(riverside.school.adminToken)).send(providerBody({ clientSecret: undefined, allowedEmailDomains: [] })).expect(200);
    expect((await finish('riverside', await answerFor('riverside', SIOBHAN)).expect(401)).body.code).toBe('SSO.NO_LOGIN');
    await request(t.http).put('/api/v1/admin/sign-in-provider').set(bearer(riverside.school.adminToken)).send(providerBody({ clientSecret: undefined, allowedEmailDomains: [], roles: ['teacher', 'parent'] })).expect(200);
    const parent = await finish('riverside', await answerFor('riverside', SIOBHAN)).expect(200);
    expect((await request(t.http).get('/api/v1/auth/me').set(bearer(parent.body.accessToken)).expect(200)).body).toMatchObject({ role: 'parent', personId: riverside.ids.C1 });
    await request(t.http).put('/api/v1/admin/sign-in-provider').set(bearer(riverside.school.adminToken)).send(providerBody({ clientSecret: undefined })).expect(200);
  });

  it('cannot sign into one school with another school’s sign-in', async () => {
    await request(t.http)
      .put('/api/v1/admin/sign-in-provider')
      .set(bearer(hillside.school.adminToken))
      .send(providerBody({ displayName: 'Hillside Accounts', clientId: 'ptc-hillside', clientSecret: 'hillside-client-secret-9Kd4' }))
      .expect(200);
    // Smith has a login at both schools with the same email: Hillside's answer opens only Hillside.
    const hillsideAnswer = await answerFor('hillside', SMITH);
    expect((await finish('riverside', hillsideAnswer).expect(401)).body.code).toBe('SSO.ATTEMPT_UNKNOWN');
    const done = await finish('hillside', hillsideAnswer).expect(200);
    expect((await request(t.http).get('/api/v1/auth/me').set(bearer(done.body.accessToken)).expect(200)).body.school.slug).toBe('hillside');
  });

  it('refuses a disabled login, and a provider that says no', async () => {
    expect((await finish('riverside', { state: (await answerFor('riverside', SMITH)).state, error: 'access_denied' }).expect(401)).body.code).toBe('SSO.PROVIDER_REFUSED');
    await request(t.http).post(`/api/v1/admin/users/${smithUserId}/disable`).set(bearer(riverside.school.adminToken)).expect(200);
    try {
      expect((await finish('riverside', await answerFor('riverside', SMITH)).expect(403)).body.code).toBe('SSO.LOGIN_DISABLED');
    } finally {
      await request(t.http).post(`/api/v1/admin/users/${smithUserId}/enable`).set(bearer(riverside.school.adminToken)).expect(200);
    }
  });
});

describe('password sign-in for staff', () => {
  it('is refused while the school signs its staff in with the provider, for staff only, and comes back when the provider is removed', async () => {
    // An admin linked to their directory record (Kowalski) can turn passwords off for staff.
    await request(t.http).post('/api/v1/admin/users').set(bearer(riverside.school.adminToken)).send({ role: 'school_admin', personId: riverside.ids.T2, screenName: 'lkowalski', password: TEST_PASSWORD }).expect(201);
    const kowalski = await request(t.http).post('/api/v1/auth/login').send({ school: 'riverside', screenName: 'lkowalski', password: TEST_PASSWORD }).expect(200);
    await request(t.http).put('/api/v1/admin/sign-in-provider').set(bearer(kowalski.body.accessToken)).send(providerBody({ clientSecret: undefined, staffPasswordSignIn: false })).expect(200);
    expect((await request(t.http).get('/api/v1/auth/sso/riverside').expect(200)).body.staffPasswordSignIn).toBe(false);

    const signIn = (screenName: string, password = TEST_PASSWORD) => request(t.http).post('/api/v1/auth/login').send({ school: 'riverside', screenName, password });
    expect((await signIn('asmith').expect(403)).body).toMatchObject({ code: 'AUTH.PASSWORD_SIGN_IN_OFF', message: expect.stringContaining('Riverside Accounts') });
    // A wrong password says only that it is wrong.
    expect((await signIn('asmith', 'not the password at all').expect(401)).body.code).toBe('AUTH.INVALID_CREDENTIALS');
    await signIn('siobhan').expect(200);
    // Asking for a new password gets a teacher no link (it would not sign them in); a parent still gets one.
    await drainOutbox(t);
    for (const name of ['asmith', 'siobhan']) await request(t.http).post('/api/v1/auth/password-reset').send({ school: 'riverside', screenNameOrEmail: name }).expect(202);
    await drainOutbox(t);
    expect(t.mailbox.to(SMITH)).toHaveLength(0);
    expect(t.mailbox.to(SIOBHAN)).toHaveLength(1);
    // The provider still signs both staff in.
    const admin = await finish('riverside', await answerFor('riverside', KOWALSKI)).expect(200);
    expect((await request(t.http).get('/api/v1/auth/me').set(bearer(admin.body.accessToken)).expect(200)).body.role).toBe('school_admin');

    await request(t.http).delete('/api/v1/admin/sign-in-provider').set(bearer(admin.body.accessToken)).expect(204);
    await signIn('asmith').expect(200);
    expect((await request(t.http).post('/api/v1/auth/sso/riverside/start').send({}).expect(404)).body.code).toBe('SSO.NOT_CONFIGURED');
  });
});
