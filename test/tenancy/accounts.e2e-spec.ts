import request from 'supertest';
import { generateDirectory } from '../support/directory-factory.js';
import { linkInEmail, openEmailedLink } from '../support/emailed-links.js';
import { createOperator, createPersonLogin, createSchool, createUser, drainOutbox, login, startTestApp, TEST_PASSWORD, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
const directory = generateDirectory(4, 2, 2);
const NEW_PASSWORD = 'a brand new passphrase';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const idOf = async (table: string, sisId: string, schoolId = school.id) =>
  (await t.db.query(`select id from ${table} where sis_id = $1 and school_id = $2`, [sisId, schoolId])).rows[0].id as string;
const askForReset = (screenNameOrEmail: string, schoolSlug = school.slug) =>
  request(t.http).post('/api/v1/auth/password-reset').send({ school: schoolSlug, screenNameOrEmail });
const confirm = (token: string, newPassword = NEW_PASSWORD) => request(t.http).post('/api/v1/auth/password-reset/confirm').send({ token, newPassword });

/** Delivers the outbox and returns the reset link of the newest email to this address. */
async function resetLinkSentTo(email: string) {
  await drainOutbox(t);
  const mails = t.mailbox.to(email);
  expect(mails.length).toBeGreaterThan(0);
  return { mail: mails[mails.length - 1], link: linkInEmail(t, mails[mails.length - 1].text!, 'reset-password') };
}

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_BASE_URL: 'https://ptc.example' });
  operatorToken = (await createOperator(t)).token;
  school = await createSchool(t, operatorToken, 'reset-school');
  otherSchool = await createSchool(t, operatorToken, 'reset-elsewhere');
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(directory).expect(201);
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(otherSchool.adminToken)).send(generateDirectory(2, 1, 1)).expect(201);
});
afterAll(async () => {
  await t?.close();
});

describe('forgotten password', () => {
  it('emails a single-use link that sets a new password, revokes older tokens, and signs in with the new one', async () => {
    const oldToken = await createPersonLogin(t, school, 'parent', await idOf('contact', 'C0-0'), 'forgetful.parent');
    const asked = await askForReset('forgetful.parent').expect(202);
    expect(asked.body).toEqual({ status: 'accepted', message: expect.any(String) });

    const { mail, link } = await resetLinkSentTo('parent0-0@home.example');
    expect(mail.subject).toBe('School reset-school: set a new PTC password');
    expect(mail.text).toContain('for 30 minutes');
    expect(mail.text).toContain('Your screen name: forgetful.parent');
    expect(link.url).toBe(`https://ptc.example/reset-password/${link.token}`);
    await openEmailedLink(t, link);
    // Only a hash of the token is stored.
    const stored = await t.db.query('select token_hash from password_reset');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(link.token);

    const inspected = await request(t.http).get(`/api/v1/auth/password-reset/${link.token}`).expect(200);
    expect(inspected.body).toMatchObject({ school: { slug: 'reset-school' }, screenName: 'forgetful.parent' });

    const weak = await confirm(link.token, 'password').expect(400);
    expect(weak.body.code).toBe('AUTH.PASSWORD_TOO_COMMON');
    const done = await confirm(link.token).expect(200);
    expect(done.body).toEqual({ school: 'reset-school', screenName: 'forgetful.parent' });

    expect((await request(t.http).get('/api/v1/auth/me').set(bearer(oldToken)).expect(401)).body.code).toBe('AUTH.TOKEN_REVOKED');
    await request(t.http).post('/api/v1/auth/login').send({ school: 'reset-school', screenName: 'forgetful.parent', password: TEST_PASSWORD }).expect(401);
    const fresh = await login(t, 'reset-school', 'forgetful.parent', NEW_PASSWORD);
    await request(t.http).get('/api/v1/parent/contact').set(bearer(fresh)).expect(200);
    // Single use.
    expect((await confirm(link.token, 'yet another passphrase').expect(404)).body.code).toBe('AUTH.RESET_LINK_INVALID');
    await request(t.http).get(`/api/v1/auth/password-reset/${link.token}`).expect(404);
  });

  it('answers the same for unknown schools, unknown names and known ones, and emails only a real account', async () => {
    await createPersonLogin(t, school, 'parent', await idOf('contact', 'C1-0'), 'known.parent');
    const before = t.mailbox.messages.length;
    const answers = await Promise.all([askForReset('known.parent'), askForReset('nobody.here'), askForReset('known.parent', 'no-such-school')]);
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    await drainOutbox(t);
    expect(t.mailbox.messages.slice(before).map((m) => [m.to].flat()[0]?.value[0].address)).toEqual(['parent1-0@home.example']);
  });

  it('finds the login by the email address the school holds', async () => {
    await createPersonLogin(t, school, 'parent', await idOf('contact', 'C2-0'), 'by.email');
    await askForReset('Parent2-0@HOME.example').expect(202);
    const { mail } = await resetLinkSentTo('parent2-0@home.example');
    expect(mail.text).toContain('Your screen name: by.email');
  });

  it('keeps only the newest link, which expires after 30 minutes', async () => {
    await createPersonLogin(t, school, 'parent', await idOf('contact', 'C3-0'), 'twice.asked');
    await askForReset('twice.asked').expect(202);
    const first = (await resetLinkSentTo('parent3-0@home.example')).link;
    await askForReset('twice.asked').expect(202);
    const second = (await resetLinkSentTo('parent3-0@home.example')).link;
    expect((await confirm(first.token).expect(404)).body.code).toBe('AUTH.RESET_LINK_INVALID');
    t.clock.advance(30 * 60_000 + 1000);
    expect((await confirm(second.token).expect(404)).body.code).toBe('AUTH.RESET_LINK_INVALID');
  });

  it('ends open reset links when the password is changed by its owner', async () => {
    const token = await createPersonLogin(t, school, 'teacher', await idOf('teacher', 'T0'), 'changing.teacher');
    await askForReset('changing.teacher').expect(202);
    const { link } = await resetLinkSentTo(directory.teachers[0].email!);
    await request(t.http).post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
    await confirm(link.token, 'a third passphrase here').expect(404);
  });

});

describe('resets sent by the school or the vendor', () => {
  it("lets an admin send a reset link to one of the school's logins, to the person's own email", async () => {
    const teacherId = await idOf('teacher', 'T1');
    await createPersonLogin(t, school, 'teacher', teacherId, 'locked.out');
    const userId = (await t.db.query('select id from app_user where person_id = $1', [teacherId])).rows[0].id;
    const sent = await request(t.http).post(`/api/v1/admin/users/${userId}/password-reset`).set(bearer(school.adminToken)).expect(202);
    expect(sent.body).toEqual({ sentTo: 'directory-email', expiresAt: expect.any(String) });
    const { mail, link } = await resetLinkSentTo(directory.teachers[1].email!);
    expect(mail.text).toContain('School reset-school sent you this link');
    await confirm(link.token).expect(200);
    await login(t, 'reset-school', 'locked.out', NEW_PASSWORD);
  });

  it('says clearly when a login has no email to send to, and hides other schools’ logins', async () => {
    const noPerson = await createUser(t, school, 'school_admin', 'second.admin');
    const refused = await request(t.http).post(`/api/v1/admin/users/${noPerson.id}/password-reset`).set(bearer(school.adminToken)).expect(409);
    expect(refused.body.code).toBe('USER.NO_EMAIL');
    const foreign = await createUser(t, otherSchool, 'school_admin', 'foreign.admin');
    expect((await request(t.http).post(`/api/v1/admin/users/${foreign.id}/password-reset`).set(bearer(school.adminToken)).expect(404)).body.code).toBe('USER.NOT_FOUND');
    const teacher = await createUser(t, school, 'teacher', 'not.an.admin');
    await request(t.http).post(`/api/v1/admin/users/${noPerson.id}/password-reset`).set(bearer(teacher.token)).expect(403);
  });

  it("lets an operator send a school's login a reset link", async () => {
    const contactId = await idOf('contact', 'C0-1');
    await createPersonLogin(t, school, 'parent', contactId, 'operator.helped');
    const userId = (await t.db.query('select id from app_user where person_id = $1', [contactId])).rows[0].id;
    await request(t.http).post(`/api/v1/operator/schools/${school.id}/users/${userId}/password-reset`).set(bearer(operatorToken)).expect(202);
    const { link } = await resetLinkSentTo('parent0-1@home.example');
    await confirm(link.token).expect(200);
    // The school in the path scopes the user: another school's id finds nothing.
    await request(t.http).post(`/api/v1/operator/schools/${otherSchool.id}/users/${userId}/password-reset`).set(bearer(operatorToken)).expect(404);
    await request(t.http).post(`/api/v1/operator/schools/${school.id}/users/${userId}/password-reset`).set(bearer(school.adminToken)).expect(403);
  });
});

describe('logins made by an admin', () => {
  it('can belong to a directory person, so that a parent made by an admin can book', async () => {
    const contactId = await idOf('contact', 'C1-1');
    const made = await request(t.http)
      .post('/api/v1/admin/users')
      .set(bearer(school.adminToken))
      .send({ screenName: 'made.by.admin', role: 'parent', password: TEST_PASSWORD, personId: contactId })
      .expect(201);
    expect(made.body.personId).toBe(contactId);
    const token = await login(t, 'reset-school', 'made.by.admin');
    expect((await request(t.http).get('/api/v1/parent/contact').set(bearer(token)).expect(200)).body.id).toBe(contactId);
    const again = await request(t.http).post('/api/v1/admin/users').set(bearer(school.adminToken)).send({ screenName: 'second.login', role: 'parent', password: TEST_PASSWORD, personId: contactId }).expect(409);
    expect(again.body.code).toBe('USER.PERSON_HAS_LOGIN');
  });

  it('refuses a person of the wrong kind or of another school', async () => {
    const create = (body: object) => request(t.http).post('/api/v1/admin/users').set(bearer(school.adminToken)).send({ password: TEST_PASSWORD, ...body });
    const wrongKind = await create({ screenName: 'wrong.kind', role: 'teacher', personId: await idOf('contact', 'C2-1') }).expect(400);
    expect(wrongKind.body.code).toBe('USER.PERSON_WRONG_KIND');
    const foreign = await create({ screenName: 'foreign.person', role: 'parent', personId: await idOf('contact', 'C0-0', otherSchool.id) }).expect(404);
    expect(foreign.body.code).toBe('USER.PERSON_NOT_FOUND');
    expect((await t.db.query(`select count(*)::int as n from app_user where screen_name in ('wrong.kind', 'foreign.person')`)).rows[0].n).toBe(0);
  });

  it('keeps its link to the directory when disabled and enabled again, and an invitation names the disabled login', async () => {
    const contactId = await idOf('contact', 'C3-1');
    const made = await request(t.http)
      .post('/api/v1/admin/users')
      .set(bearer(school.adminToken))
      .send({ screenName: 'paused.parent', role: 'parent', password: TEST_PASSWORD, personId: contactId })
      .expect(201);
    await request(t.http).post(`/api/v1/admin/users/${made.body.id}/disable`).set(bearer(school.adminToken)).expect(200);
    const invited = await request(t.http).post('/api/v1/admin/invitations').set(bearer(school.adminToken)).send({ contactIds: [contactId] }).expect(200);
    expect(invited.body).toEqual({ invited: 0, skipped: [{ personId: contactId, reason: 'login_disabled' }] });
    const everyone = await request(t.http).post('/api/v1/admin/invitations').set(bearer(school.adminToken)).send({ everyoneWithoutAccount: ['contact'] }).expect(200);
    expect(everyone.body.skipped).toContainEqual({ personId: contactId, reason: 'login_disabled' });

    const enabled = await request(t.http).post(`/api/v1/admin/users/${made.body.id}/enable`).set(bearer(school.adminToken)).expect(200);
    expect(enabled.body).toMatchObject({ status: 'active', personId: contactId });
    const token = await login(t, 'reset-school', 'paused.parent');
    expect((await request(t.http).get('/api/v1/parent/contact').set(bearer(token)).expect(200)).body.id).toBe(contactId);
  });
});

describe('guessing reset links', () => {
  // Last in the file: it leaves this client address throttled.
  it('is throttled like failed logins (LOGIN_MAX_FAILURES_PER_IP per window)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < t.config.loginThrottle.maxFailuresPerIp + 1; i++) {
      statuses.push((await confirm(`guess-${i}`)).status);
    }
    expect(statuses[0]).toBe(404);
    expect(statuses[statuses.length - 1]).toBe(429);
    const blocked = await confirm('guess-last').expect(429);
    expect(blocked.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
