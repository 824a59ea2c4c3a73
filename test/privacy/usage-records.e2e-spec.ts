import request from 'supertest';
import { parseCsv } from '@ptc/platform';
import { DataRetentionJob } from '@ptc/privacy';
import { asScheduledJob, createOperator, createSchool, createUser, flushUsage, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let school: SchoolFixture;
let other: SchoolFixture;
let parent: { id: string; token: string };
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const csvOf = (text: string) => parseCsv(text);

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2026-01-10T12:00:00Z'));
  operatorToken = (await createOperator(t)).token;
  school = await createSchool(t, operatorToken, 'usage-school');
  other = await createSchool(t, operatorToken, 'usage-other');
  parent = await createUser(t, school, 'parent', 'usage.parent');
  await request(t.http).get('/api/v1/auth/me').set(bearer(parent.token)).set('User-Agent', 'InvestigatedBrowser/1.0').expect(200);
  t.clock.set(new Date('2026-03-10T12:00:00Z'));
  await request(t.http).get('/api/v1/school').set(bearer(parent.token)).expect(200);
  await flushUsage(t);
});
afterAll(async () => {
  await t?.close();
});

describe('investigating misuse', () => {
  it('releases one user’s records with IP addresses as CSV to their school’s admin, and records who asked and why', async () => {
    const res = await request(t.http).post('/api/v1/admin/privacy/usage-investigations').set(admin()).send({ userId: parent.id, reason: 'A parent reports that someone else uses this account' }).expect(201);
    expect(res.headers['content-type']).toContain('text/csv');
    const { headers, records } = csvOf(res.text);
    expect(headers).toEqual(['occurred_at', 'method', 'route', 'status', 'ip', 'user_agent', 'user_id']);
    // The login itself is recorded, with its address: it is what an investigation looks at first.
    expect(records.map((r) => [r.values.occurred_at, r.values.route])).toEqual([
      ['2026-01-10T12:00:00.000Z', '/api/v1/auth/login'],
      ['2026-01-10T12:00:00.000Z', '/api/v1/auth/me'],
      ['2026-03-10T12:00:00.000Z', '/api/v1/school'],
    ]);
    expect(records[1].values.ip).toBe('127.0.0.1');
    expect(records[1].values.user_agent).toBe('InvestigatedBrowser/1.0');
    expect(records.every((r) => r.values.user_id === parent.id)).toBe(true);

    const releases = await request(t.http).get('/api/v1/admin/privacy/usage-investigations').set(admin()).expect(200);
    expect(releases.body).toEqual([expect.objectContaining({ userId: parent.id, reason: 'A parent reports that someone else uses this account', rows: 3 })]);
  });

  it('needs a reason, and gives nothing about another school’s users or to anyone but the admin', async () => {
    await request(t.http).post('/api/v1/admin/privacy/usage-investigations').set(admin()).send({ userId: parent.id, reason: 'why' }).expect(400);
    await request(t.http).post('/api/v1/admin/privacy/usage-investigations').set(bearer(other.adminToken)).send({ userId: parent.id, reason: 'Curious about another school' }).expect(404);
    await request(t.http).post('/api/v1/admin/privacy/usage-investigations').set(bearer(parent.token)).send({ userId: parent.id, reason: 'Let me see my own records' }).expect(403);
    expect((await request(t.http).get('/api/v1/admin/privacy/usage-investigations').set(bearer(other.adminToken)).expect(200)).body).toEqual([]);
  });
});

describe('support access', () => {
  it('lets the operator’s support read a school’s records only under the school’s grant, and shows the school every look', async () => {
    const url = `/api/v1/operator/schools/${school.id}/support/usage-records?userId=${parent.id}`;
    expect((await request(t.http).get(url).set(bearer(operatorToken)).expect(403)).body.code).toBe('PRIVACY.NO_SUPPORT_GRANT');
    const grant = await request(t.http).post('/api/v1/admin/privacy/support-access').set(admin()).send({ reason: 'Ticket 4711: parent cannot log in', hours: 2 }).expect(201);
    const res = await request(t.http).get(url).set(bearer(operatorToken)).expect(200);
    expect(csvOf(res.text).records.length).toBeGreaterThanOrEqual(2);
    // The grant is for this school only.
    await request(t.http).get(`/api/v1/operator/schools/${other.id}/support/usage-records?userId=${parent.id}`).set(bearer(operatorToken)).expect(403);

    t.clock.set(new Date('2026-03-10T14:00:01Z')); // the grant has expired
    await request(t.http).get(url).set(bearer(operatorToken)).expect(403);
    const grants = await request(t.http).get('/api/v1/admin/privacy/support-access').set(admin()).expect(200);
    expect(grants.body).toEqual([expect.objectContaining({ id: grant.body.id, reason: 'Ticket 4711: parent cannot log in', accesses: [expect.objectContaining({ what: `usage records of user ${parent.id}` })] })]);
  });
});

describe('retention', () => {
  it('purges usage records older than 13 months, to the day, and keeps the rest', async () => {
    const count = async () => (await t.db.query('select count(*)::int as n from usage_record where user_id = $1', [parent.id])).rows[0].n;
    const job = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(DataRetentionJob).run()));
    await flushUsage(t);
    const all = await count();
    const firstDay = (await t.db.query("select count(*)::int as n from usage_record where occurred_at <= '2026-01-10T12:00:00Z'")).rows[0].n;
    expect(firstDay).toBeGreaterThan(1);
    t.clock.set(new Date('2027-02-10T11:59:59Z')); // 13 months after the first record, less a second
    expect((await job()).usageRecords).toBe(0);
    t.clock.set(new Date('2027-02-10T12:00:01Z'));
    expect((await job()).usageRecords).toBe(firstDay);
    expect(await count()).toBe(all - 2); // the login and the first request of that day
  });
});
