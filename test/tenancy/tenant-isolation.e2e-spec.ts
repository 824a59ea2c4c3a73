import request from 'supertest';
import { createOperator, createSchool, createUser, postSchool, schoolBody, startTestApp, TEST_PASSWORD, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let schoolA: SchoolFixture;
let schoolB: SchoolFixture;
let teacherA: { id: string; token: string };
let parentA: { id: string; token: string };
let teacherB: { id: string; token: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  operatorToken = (await createOperator(t)).token;
  schoolA = await createSchool(t, operatorToken, 'school-a');
  schoolB = await createSchool(t, operatorToken, 'school-b');
  teacherA = await createUser(t, schoolA, 'teacher', 'teacher.one');
  parentA = await createUser(t, schoolA, 'parent', 'parent.one');
  // The same screen name in another school is another person.
  teacherB = await createUser(t, schoolB, 'teacher', 'teacher.one');
});
afterAll(async () => {
  await t?.close();
});

describe('another school’s records', () => {
  it('answers 404 with no data when an admin reads a user of another school', async () => {
    const res = await request(t.http).get(`/api/v1/admin/users/${teacherB.id}`).set(bearer(schoolA.adminToken)).expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'USER.NOT_FOUND', message: 'No such user', requestId: expect.any(String) });
    // The same id is found by its own school's admin: the 404 is isolation, not a bad id.
    await request(t.http).get(`/api/v1/admin/users/${teacherB.id}`).set(bearer(schoolB.adminToken)).expect(200);
  });

  it('answers 404 and changes nothing when an admin disables or enables a user of another school', async () => {
    await request(t.http).post(`/api/v1/admin/users/${teacherB.id}/disable`).set(bearer(schoolA.adminToken)).expect(404);
    await request(t.http).post(`/api/v1/admin/users/${teacherB.id}/enable`).set(bearer(schoolA.adminToken)).expect(404);
    const { rows } = await t.db.query('select status, token_version from app_user where id = $1', [teacherB.id]);
    expect(rows[0]).toEqual({ status: 'active', token_version: 0 });
    await request(t.http).get('/api/v1/auth/me').set(bearer(teacherB.token)).expect(200);
  });

  it('lists only the caller’s own school', async () => {
    const res = await request(t.http).get('/api/v1/admin/users').set(bearer(schoolA.adminToken)).expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((u: { schoolId: string }) => u.schoolId)).toEqual([schoolA.id, schoolA.id, schoolA.id]);
    expect(res.body.items.map((u: { id: string }) => u.id)).not.toContain(teacherB.id);
    const mine = await request(t.http).get('/api/v1/school').set(bearer(teacherA.token)).expect(200);
    expect(mine.body).toMatchObject({ id: schoolA.id, slug: 'school-a' });
  });

  it('keeps screen names unique within a school only', async () => {
    const res = await request(t.http)
      .post('/api/v1/admin/users')
      .set(bearer(schoolA.adminToken))
      .send({ screenName: 'Teacher.One', role: 'teacher', password: TEST_PASSWORD })
      .expect(409);
    expect(res.body.code).toBe('USER.SCREEN_NAME_TAKEN');
  });
});

describe('roles', () => {
  it('refuses a parent and a teacher on admin routes with 403', async () => {
    for (const token of [parentA.token, teacherA.token]) {
      const res = await request(t.http).get('/api/v1/admin/users').set(bearer(token)).expect(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN_ROLE');
      await request(t.http).get(`/api/v1/admin/users/${teacherA.id}`).set(bearer(token)).expect(403);
    }
  });

  it('refuses school users on operator routes and operators on school routes', async () => {
    await request(t.http).get('/api/v1/operator/schools').set(bearer(schoolA.adminToken)).expect(403);
    await request(t.http).get('/api/v1/admin/users').set(bearer(operatorToken)).expect(403);
    await request(t.http).get('/api/v1/school').set(bearer(operatorToken)).expect(403);
  });

  it('lets the operator list schools, and only the operator create them', async () => {
    const res = await request(t.http).get('/api/v1/operator/schools').set(bearer(operatorToken)).expect(200);
    expect(res.body).toMatchObject({ total: 2, items: [{ slug: 'school-a' }, { slug: 'school-b' }] });
    const second = await request(t.http).get('/api/v1/operator/schools?limit=1&offset=1').set(bearer(operatorToken)).expect(200);
    expect(second.body.items.map((s: { slug: string }) => s.slug)).toEqual(['school-b']);
    await request(t.http).post('/api/v1/operator/schools').set(bearer(schoolA.adminToken)).send({}).expect(403);
  });

  it('does not let an admin disable themselves', async () => {
    const res = await request(t.http).post(`/api/v1/admin/users/${schoolA.adminId}/disable`).set(bearer(schoolA.adminToken)).expect(409);
    expect(res.body.code).toBe('USER.CANNOT_DISABLE_SELF');
  });
});

describe('school set-up', () => {
  it('refuses a taken slug and an unknown timezone without writing anything', async () => {
    const taken = await postSchool(t, operatorToken, schoolBody('school-a', { timezone: 'Europe/Paris' })).expect(409);
    expect(taken.body.code).toBe('SCHOOL.SLUG_TAKEN');
    const zone = await postSchool(t, operatorToken, schoolBody('school-c', { timezone: 'Mars/Olympus' })).expect(400);
    expect(zone.body.code).toBe('SCHOOL.TIMEZONE_UNKNOWN');
    const { rows } = await t.db.query("select count(*)::int as n from school where slug = 'school-c'");
    expect(rows[0].n).toBe(0);
  });

  it('generates the first admin’s password when none is given and returns it once', async () => {
    const res = await postSchool(t, operatorToken, schoolBody('hillside', { timezone: 'America/New_York', admin: { screenName: 'head' } })).expect(201);
    expect(res.body.admin.initialPassword).toHaveLength(18);
    await request(t.http).post('/api/v1/auth/login').send({ school: 'hillside', screenName: 'head', password: res.body.admin.initialPassword }).expect(200);
    const list = await request(t.http).get('/api/v1/operator/schools').set(bearer(operatorToken)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(res.body.admin.initialPassword);
  });
});
