import request from 'supertest';
import { generateDirectory, clone } from '../support/directory-factory.js';
import { linkInEmail, openEmailedLink } from '../support/emailed-links.js';
import { createOperator, createSchool, createUser, drainOutbox, startTestApp, TEST_PASSWORD, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
const directory = generateDirectory(6, 3, 2);

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const idOf = async (table: string, sisId: string, schoolId = school.id) =>
  (await t.db.query(`select id from ${table} where sis_id = $1 and school_id = $2`, [sisId, schoolId])).rows[0].id as string;

/** Invites one person, delivers the email, and returns the token from the link in it. */
async function inviteAndReadToken(body: object, email: string): Promise<string> {
  const res = await request(t.http).post('/api/v1/admin/invitations').set(bearer(school.adminToken)).send(body).expect(200);
  expect(res.body.invited).toBeGreaterThan(0);
  await drainOutbox(t);
  const mails = t.mailbox.to(email);
  const link = linkInEmail(t, mails[mails.length - 1].text!, 'invite');
  return link.token;
}

const accept = (token: string, screenName: string, password = TEST_PASSWORD) =>
  request(t.http).post('/api/v1/auth/invitations/accept').send({ token, screenName, password });

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_BASE_URL: 'https://ptc.example', INVITATION_TTL_HOURS: '48' });
  const operator = await createOperator(t);
  school = await createSchool(t, operator.token, 'invite-school');
  otherSchool = await createSchool(t, operator.token, 'elsewhere');
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(directory).expect(201);
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(otherSchool.adminToken)).send(generateDirectory(2, 1, 1)).expect(201);
});
afterAll(async () => {
  await t?.close();
});

describe('invitations', () => {
  it('emails a one-time link; accepting it creates a parent login linked to the contact', async () => {
    const contactId = await idOf('contact', 'C0-0');
    const token = await inviteAndReadToken({ contactIds: [contactId] }, 'parent0-0@home.example');
    const mail = t.mailbox.to('parent0-0@home.example')[0];
    expect(mail.subject).toBe('School invite-school: your invitation to PTC');
    expect(mail.text).toContain("your school's sign-in name is: invite-school");
    expect(mail.text).toContain('for 2 days');
    const link = linkInEmail(t, mail.text!, 'invite');
    expect(link.url).toBe(`https://ptc.example/invite/${token}`);
    // The emailed address opens a page (the web app's, or until then one that says what to do), never a JSON 404.
    await openEmailedLink(t, link);
    const preview = await request(t.http).get(`/api/v1/auth/invitations/${link.token}`).expect(200);
    expect(preview.body).toMatchObject({ school: { name: 'School invite-school', slug: 'invite-school' }, person: { lastName: expect.any(String) }, role: 'parent' });
    // Only a hash of the token is stored.
    const { rows } = await t.db.query('select token_hash from invitation where person_id = $1', [contactId]);
    expect(rows[0].token_hash).not.toContain(token);
    expect(rows[0].token_hash).toHaveLength(64);

    // The office's directory shows the invitation as sent, and no login yet.
    const listed = async () =>
      ((await request(t.http).get('/api/v1/admin/contacts?q=' + encodeURIComponent(own0.lastName)).set(bearer(school.adminToken)).expect(200)).body.items as { id: string; login: string | null; invitation: { acceptedAt: string | null; expired: boolean } | null }[]).find((c) => c.id === contactId)!;
    const own0 = (await request(t.http).get(`/api/v1/admin/contacts/${contactId}`).set(bearer(school.adminToken)).expect(200)).body;
    expect(await listed()).toMatchObject({ login: null, invitation: { acceptedAt: null, expired: false } });

    const accepted = await accept(token, 'zoe.parent').expect(201);
    expect(await listed()).toMatchObject({ login: 'active', invitation: { acceptedAt: expect.any(String) } });
    expect(accepted.body).toMatchObject({ screenName: 'zoe.parent', role: 'parent', school: 'invite-school' });
    const login = await request(t.http).post('/api/v1/auth/login').send({ school: 'invite-school', screenName: 'zoe.parent', password: TEST_PASSWORD }).expect(200);
    const own = await request(t.http).get('/api/v1/parent/contact').set(bearer(login.body.accessToken)).expect(200);
    expect(own.body).toMatchObject({ id: contactId, sisId: 'C0-0', email: 'parent0-0@home.example' });
    expect(own.body.students.map((s: { student: { sisId: string } }) => s.student.sisId)).toEqual(['S0']);
  });

  it('works once: a reused token is refused', async () => {
    const token = await inviteAndReadToken({ contactIds: [await idOf('contact', 'C1-0')] }, 'parent1-0@home.example');
    await accept(token, 'first.use').expect(201);
    const again = await accept(token, 'second.use').expect(400);
    expect(again.body.code).toBe('INVITATION.INVALID');
    expect((await request(t.http).get(`/api/v1/auth/invitations/${token}`).expect(400)).body.code).toBe('INVITATION.INVALID');
  });

  it('expires after the configured time', async () => {
    const token = await inviteAndReadToken({ contactIds: [await idOf('contact', 'C2-0')] }, 'parent2-0@home.example');
    t.clock.advance(48 * 3_600_000 + 1000);
    const res = await accept(token, 'too.late').expect(400);
    expect(res.body.code).toBe('INVITATION.INVALID');
  });

  it('re-inviting replaces the old token', async () => {
    const contactId = await idOf('contact', 'C3-0');
    const old = await inviteAndReadToken({ contactIds: [contactId] }, 'parent3-0@home.example');
    const fresh = await inviteAndReadToken({ contactIds: [contactId] }, 'parent3-0@home.example');
    expect(fresh).not.toBe(old);
    await accept(old, 'old.token').expect(400);
    await accept(fresh, 'fresh.token').expect(201);
  });

  it('keeps the token usable when the chosen password is refused', async () => {
    const token = await inviteAndReadToken({ teacherIds: [await idOf('teacher', 'T0')] }, 'teacher0@school.example');
    const weak = await accept(token, 'weak.teacher', 'password').expect(400);
    expect(weak.body.code).toBe('AUTH.PASSWORD_TOO_COMMON');
    const ok = await accept(token, 'maths.teacher').expect(201);
    expect(ok.body.role).toBe('teacher');
  });

  it('invites everyone without an account, and skips people with an account or no email', async () => {
    const noEmail = await idOf('contact', 'C5-1');
    await t.db.query('update contact set email = null where id = $1', [noEmail]);
    const res = await request(t.http).post('/api/v1/admin/invitations').set(bearer(school.adminToken)).send({ everyoneWithoutAccount: ['contact'] }).expect(200);
    // 12 contacts: 3 accepted an invitation above, 1 has no email.
    expect(res.body.invited).toBe(8);
    expect(res.body.skipped).toEqual([{ personId: noEmail, reason: 'no_email' }]);
    const named = await request(t.http)
      .post('/api/v1/admin/invitations')
      .set(bearer(school.adminToken))
      .send({ contactIds: [await idOf('contact', 'C0-0'), await idOf('contact', 'C0-0', otherSchool.id)] })
      .expect(200);
    expect(named.body.invited).toBe(0);
    expect(named.body.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual(['has_account', 'not_found']);
  });
});

describe('who may read what', () => {
  let teacherToken: string;
  let parentToken: string;

  beforeAll(async () => {
    teacherToken = (await request(t.http).post('/api/v1/auth/login').send({ school: 'invite-school', screenName: 'maths.teacher', password: TEST_PASSWORD })).body.accessToken;
    parentToken = (await request(t.http).post('/api/v1/auth/login').send({ school: 'invite-school', screenName: 'zoe.parent', password: TEST_PASSWORD })).body.accessToken;
  });

  it('shows a teacher the students linked to them, and nothing of the admin directory', async () => {
    const res = await request(t.http).get('/api/v1/teacher/students').set(bearer(teacherToken)).expect(200);
    const expected = directory.teacherLinks.filter((l) => l.teacherSisId === 'T0').map((l) => l.studentSisId).sort();
    expect(res.body.map((s: { student: { sisId: string } }) => s.student.sisId).sort()).toEqual(expected);
    await request(t.http).get('/api/v1/admin/students').set(bearer(teacherToken)).expect(403);
    await request(t.http).get('/api/v1/parent/contact').set(bearer(teacherToken)).expect(403);
  });

  it('keeps parents out of admin and teacher routes', async () => {
    await request(t.http).get('/api/v1/admin/contacts').set(bearer(parentToken)).expect(403);
    await request(t.http).get('/api/v1/teacher/students').set(bearer(parentToken)).expect(403);
  });

  it('answers 404 for another school’s people and links, with no data', async () => {
    const foreignStudent = await idOf('student', 'S0', otherSchool.id);
    const foreignContact = await idOf('contact', 'C0-0', otherSchool.id);
    for (const path of [`/api/v1/admin/students/${foreignStudent}`, `/api/v1/admin/contacts/${foreignContact}`]) {
      const res = await request(t.http).get(path).set(bearer(school.adminToken)).expect(404);
      expect(JSON.stringify(res.body)).not.toMatch(/Home|home\.example/);
    }
    await request(t.http).patch(`/api/v1/admin/students/${foreignStudent}`).set(bearer(school.adminToken)).send({ firstName: 'Hacked' }).expect(404);
    await request(t.http).delete(`/api/v1/admin/students/${foreignStudent}`).set(bearer(school.adminToken)).expect(404);
    await request(t.http)
      .post(`/api/v1/admin/contacts/${await idOf('contact', 'C1-1')}/links`)
      .set(bearer(school.adminToken))
      .send({ studentId: foreignStudent, relationship: 'mother' })
      .expect(404);
    const { rows } = await t.db.query('select first_name from student where id = $1', [foreignStudent]);
    expect(rows[0].first_name).not.toBe('Hacked');
  });

  it('ends a deleted parent’s access on their next request', async () => {
    await request(t.http).get('/api/v1/parent/contact').set(bearer(parentToken)).expect(200);
    const next = clone(directory);
    next.contacts = next.contacts.filter((c) => c.sisId !== 'C0-0');
    next.contactLinks = next.contactLinks.filter((l) => l.contactSisId !== 'C0-0');
    const res = await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(next).expect(201);
    expect(res.body.counts.contacts.delete).toBe(1);
    const after = await request(t.http).get('/api/v1/parent/contact').set(bearer(parentToken)).expect(401);
    expect(after.body.code).toBe('AUTH.TOKEN_REVOKED');
    await request(t.http).post('/api/v1/auth/login').send({ school: 'invite-school', screenName: 'zoe.parent', password: TEST_PASSWORD }).expect(401);
  });
});

describe('admin directory', () => {
  it('creates, searches, pages, links, updates and deletes people', async () => {
    const admin = bearer(school.adminToken);
    const student = await request(t.http).post('/api/v1/admin/students').set(admin).send({ firstName: 'Ōkubo', lastName: "D'Souza-Ng", yearLabel: '4B' }).expect(201);
    expect(student.body).toMatchObject({ sisId: null, firstName: 'Ōkubo', lastName: "D'Souza-Ng" });
    const contact = await request(t.http).post('/api/v1/admin/contacts').set(admin).send({ title: 'Mx', firstName: 'Sam', lastName: "D'Souza-Ng", email: 'sam@example.org' }).expect(201);
    await request(t.http).post(`/api/v1/admin/contacts/${contact.body.id}/links`).set(admin).send({ studentId: student.body.id, relationship: 'carer' }).expect(201);

    const found = await request(t.http).get(`/api/v1/admin/students?q=${encodeURIComponent("d'souza")}`).set(admin).expect(200);
    expect(found.body).toMatchObject({ total: 1, items: [{ id: student.body.id }] });
    const wildcard = await request(t.http).get('/api/v1/admin/students?q=%25').set(admin).expect(200);
    expect(wildcard.body.total).toBe(0);
    const page = await request(t.http).get('/api/v1/admin/students?limit=2&offset=2').set(admin).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(7);

    const studentPage = await request(t.http).get(`/api/v1/admin/students/${student.body.id}`).set(admin).expect(200);
    expect(studentPage.body.contacts).toEqual([{ relationship: 'carer', contact: expect.objectContaining({ id: contact.body.id }) }]);

    await request(t.http).patch(`/api/v1/admin/contacts/${contact.body.id}`).set(admin).send({ phone: '+44 20 7946 0001' }).expect(200);
    await request(t.http).patch(`/api/v1/admin/contacts/${contact.body.id}`).set(admin).send({ email: 'not an email' }).expect(400);
    await request(t.http).delete(`/api/v1/admin/contacts/${contact.body.id}/links/${student.body.id}`).set(admin).expect(204);
    await request(t.http).delete(`/api/v1/admin/contacts/${contact.body.id}/links/${student.body.id}`).set(admin).expect(404);
    await request(t.http).delete(`/api/v1/admin/students/${student.body.id}`).set(admin).expect(204);
    await request(t.http).get(`/api/v1/admin/students/${student.body.id}`).set(admin).expect(404);

    const dup = await request(t.http).post('/api/v1/admin/students').set(admin).send({ sisId: 'S1', firstName: 'A', lastName: 'B' }).expect(409);
    expect(dup.body.code).toBe('DIRECTORY.SIS_ID_TAKEN');
  });

  it('leaves hand-made records alone when syncing', async () => {
    const admin = bearer(school.adminToken);
    const manual = await request(t.http).post('/api/v1/admin/teachers').set(admin).send({ firstName: 'Supply', lastName: 'Teacher' }).expect(201);
    const res = await request(t.http).post('/api/v1/admin/sync/json').set(admin).send(directory).expect(201);
    expect(res.body.counts.teachers.delete).toBe(0);
    await request(t.http).get(`/api/v1/admin/teachers/${manual.body.id}`).set(admin).expect(200);
  });
});
