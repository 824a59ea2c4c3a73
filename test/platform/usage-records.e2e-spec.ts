import request from 'supertest';
import { createOperator, createSchool, createUser, flushUsage, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

interface UsageRow {
  school_id: string | null;
  user_id: string;
  method: string;
  route: string;
  status: number;
  ip: string;
  user_agent: string;
}

async function usageOf(t: TestApp, userId: string): Promise<UsageRow[]> {
  await flushUsage(t);
  const { rows } = await t.db.query<UsageRow>(
    'select school_id, user_id, method, route, status, ip, user_agent from usage_record where user_id = $1 order by id',
    [userId],
  );
  return rows;
}

describe('without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records each authenticated request with the route template, status, socket address and user agent, ignoring X-Forwarded-For', async () => {
    const operator = await createOperator(t);
    const school = await createSchool(t, operator.token, 'usage-school');
    const teacher = await createUser(t, school, 'teacher', 'usage.teacher');

    await request(t.http).get(`/api/v1/admin/users/${teacher.id}`).set('Authorization', `Bearer ${school.adminToken}`).set('X-Forwarded-For', '203.0.113.9').set('User-Agent', 'ptc-test/1.0').expect(200);
    await request(t.http).get('/api/v1/admin/users').set('Authorization', `Bearer ${teacher.token}`).set('User-Agent', 'ptc-test/1.0').expect(403);
    await request(t.http).get('/health/live').expect(200);

    const adminRows = await usageOf(t, school.adminId);
    expect(adminRows).toContainEqual({
      school_id: school.id,
      user_id: school.adminId,
      method: 'GET',
      route: '/api/v1/admin/users/:id',
      status: 200,
      ip: '127.0.0.1',
      user_agent: 'ptc-test/1.0',
    });
    const teacherRows = await usageOf(t, teacher.id);
    expect(teacherRows).toContainEqual(expect.objectContaining({ route: '/api/v1/admin/users', status: 403, ip: '127.0.0.1' }));
    // Nothing of the URL's concrete ids or of bodies is kept, and unauthenticated calls leave no record.
    const all = await t.db.query<{ route: string }>('select route from usage_record');
    expect(all.rows.map((r) => r.route)).not.toContain('/health');
    expect(all.rows.map((r) => r.route).join(' ')).not.toContain(teacher.id);
  });
});

describe('with TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_IP: '4', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records the client address from X-Forwarded-For set by the trusted proxy', async () => {
    const operator = await createOperator(t);
    const school = await createSchool(t, operator.token, 'proxied-school');
    await request(t.http).get('/api/v1/admin/users').set('Authorization', `Bearer ${school.adminToken}`).set('X-Forwarded-For', '198.51.100.7, 127.0.0.1').expect(200);
    const rows = await usageOf(t, school.adminId);
    expect(rows).toContainEqual(expect.objectContaining({ route: '/api/v1/admin/users', ip: '198.51.100.7' }));
  });

  it('locks a client address that fails logins across many accounts, and only that address', async () => {
    const attempt = (ip: string, screenName: string, password = 'wrong password') =>
      request(t.http).post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ school: 'proxied-school', screenName, password });
    for (let i = 0; i < 4; i++) expect((await attempt('192.0.2.50', `guess${i}`)).status).toBe(401);
    const blocked = await attempt('192.0.2.50', 'admin', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect((await attempt('192.0.2.51', 'admin', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('with TRUST_PROXY as a hop count', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('trusts only the nearest proxy: the address it saw, not what the client claimed before it', async () => {
    const operator = await createOperator(t);
    const school = await createSchool(t, operator.token, 'one-hop-school');
    await request(t.http).get('/api/v1/admin/users').set('Authorization', `Bearer ${school.adminToken}`).set('X-Forwarded-For', '203.0.113.9, 198.51.100.7').expect(200);
    expect(await usageOf(t, school.adminId)).toContainEqual(expect.objectContaining({ route: '/api/v1/admin/users', ip: '198.51.100.7' }));
  });
});
