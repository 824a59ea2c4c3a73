import request from 'supertest';
import { EventBus, JobRunner } from '@ptc/platform';
import { LicenceLifecycleJob, LicenceTerminated, SchoolDeletionDue, signPaymentWebhook, TrialInactive } from '@ptc/licensing';
import { asScheduledJob, createOperator, createSchool, createUser, drainOutbox, login, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

let first: TestApp;
let second: TestApp;
let operatorToken: string;
let school: SchoolFixture;
let parentToken: string;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const WEBHOOK_SECRET = 'whsec-test-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const setDay = (day: string) => {
  for (const t of [first, second]) t.clock.set(new Date(`${day}T02:00:00Z`));
};
const runJob = (t: TestApp) => t.app.get(JobRunner).run('licence-lifecycle', 'daily', () => t.app.get(LicenceLifecycleJob).run());

beforeAll(async () => {
  first = await startTestApp({ PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET });
  second = await startTestApp({ JWT_SECRET: first.config.jwt.secret }, { databaseUrl: first.config.databaseUrl! });
  setDay('2026-09-01');
  operatorToken = (await createOperator(first)).token;
  school = await createSchool(first, operatorToken, 'licensed');
  parentToken = (await createUser(first, school, 'parent', 'licence.parent')).token;
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

it('starts every new school on a 30-day trial', async () => {
  const res = await request(first.http).get('/api/v1/school/licence').set(bearer(school.adminToken)).expect(200);
  expect(res.body).toMatchObject({ kind: 'trial', status: 'trial', mayUse: true, startsOn: '2026-09-01', trialEndsOn: '2026-09-30', lastActivityOn: '2026-09-01' });
});

it('turns paid and moves the renewal date on with a payment; a reference counts once', async () => {
  const pay = (reference: string, periodEnd: string) =>
    request(first.http)
      .post(`/api/v1/operator/schools/${school.id}/payments`)
      .set(bearer(operatorToken))
      .send({ amountMinor: 45000, currency: 'GBP', periodStart: '2026-09-01', periodEnd, reference });
  const res = await pay('INV-1', '2026-10-31').expect(200);
  expect(res.body).toMatchObject({ kind: 'paid', status: 'active', renewalOn: '2026-10-31', terminatesOn: '2026-12-30' });
  expect((await pay('INV-1', '2027-10-31').expect(409)).body.code).toBe('LICENCE.PAYMENT_DUPLICATE');
  await request(first.http).post(`/api/v1/operator/schools/${school.id}/payments`).set(bearer(school.adminToken)).send({}).expect(403);
});

it('keeps the school usable on renewal + 59 days and terminates it on day 60, once, whichever instance runs the job', async () => {
  const terminated: string[] = [];
  for (const t of [first, second]) t.app.get(EventBus).subscribe(LicenceTerminated, (e) => void terminated.push(e.schoolId));

  setDay('2026-12-29'); // renewal 2026-10-31 + 59 days
  expect(await runJob(first)).toMatchObject({ terminated: 0 });
  await request(first.http).get('/api/v1/school').set(bearer(parentToken)).expect(200);

  setDay('2026-12-30'); // + 60 days
  const results = await Promise.all([runJob(first), runJob(second)]);
  expect(results.filter((r) => r !== null)).toEqual([{ checked: 1, terminated: 1, reactivated: 0, notices: 1, deletionsDue: 0 }]);
  expect(terminated).toEqual([school.id]);
  const runs = await first.db.query("select tick, outcome from job_run where job = 'licence-lifecycle' order by tick");
  expect(runs.rows).toEqual([
    { tick: '2026-12-29', outcome: 'succeeded' },
    { tick: '2026-12-30', outcome: 'succeeded' },
  ]);
});

it('refuses the school’s users with LICENCE.INACTIVE, except on the licence status, while the operator still sees the school', async () => {
  const refused = await request(first.http).get('/api/v1/school').set(bearer(parentToken)).expect(402);
  expect(refused.body.code).toBe('LICENCE.INACTIVE');
  await request(second.http).get('/api/v1/admin/users').set(bearer(school.adminToken)).expect(402);
  const status = await request(first.http).get('/api/v1/school/licence').set(bearer(parentToken)).expect(200);
  expect(status.body).toMatchObject({ status: 'terminated', mayUse: false, terminatedOn: '2026-12-30', deletionDueOn: '2027-12-30' });
  const schools = await request(first.http).get('/api/v1/operator/licences').set(bearer(operatorToken)).expect(200);
  expect(schools.body).toEqual({ total: 1, items: [expect.objectContaining({ schoolId: school.id, school: 'School licensed', status: 'terminated' })] });
});

it('reactivates the school when a late payment arrives before deletion', async () => {
  await request(first.http)
    .post(`/api/v1/operator/schools/${school.id}/payments`)
    .set(bearer(operatorToken))
    .send({ amountMinor: 45000, currency: 'GBP', periodStart: '2026-11-01', periodEnd: '2027-10-31', reference: 'INV-2' })
    .expect(200);
  await request(first.http).get('/api/v1/school').set(bearer(parentToken)).expect(200);
  const status = await request(first.http).get('/api/v1/school/licence').set(bearer(parentToken)).expect(200);
  expect(status.body).toMatchObject({ status: 'active', terminatedOn: null, renewalOn: '2027-10-31' });
});

it('records the school’s last activity from logins, at most once a day', async () => {
  setDay('2027-01-05');
  await login(first, school.slug, 'licence.parent');
  await login(first, school.slug, 'admin');
  const lastActivity = async () => (await request(first.http).get('/api/v1/school/licence').set(bearer(school.adminToken)).expect(200)).body.lastActivityOn;
  expect(await lastActivity()).toBe('2027-01-05');
  // Written once that day: a mark set behind its back meanwhile is not written over by more logins the same day...
  await first.db.query("update licence set last_activity_on = '2027-01-01' where school_id = $1", [school.id]);
  await login(first, school.slug, 'licence.parent');
  expect(await lastActivity()).toBe('2027-01-01');
  // ...but is by the first login of the next day.
  setDay('2027-01-06');
  await login(first, school.slug, 'licence.parent');
  expect(await lastActivity()).toBe('2027-01-06');
});

it('ends an expired trial with the daily job, and an extension lifts it', async () => {
  setDay('2027-02-01');
  const trial = await createSchool(first, operatorToken, 'trial-school');
  setDay('2027-03-04'); // the 30-day trial ended on 2027-03-02; the job did not run on the 3rd
  await runJob(first);
  await request(first.http).get('/api/v1/school').set(bearer(trial.adminToken)).expect(402);
  // Caught up: the termination is dated the day it was due, not the day the job ran.
  const ended = await request(first.http).get('/api/v1/school/licence').set(bearer(trial.adminToken)).expect(200);
  expect(ended.body).toMatchObject({ status: 'terminated', terminatedOn: '2027-03-03' });
  const extended = await request(first.http).post(`/api/v1/operator/schools/${trial.id}/trial`).set(bearer(operatorToken)).send({ endsOn: '2027-04-30' }).expect(200);
  expect(extended.body).toMatchObject({ kind: 'trial', status: 'trial', trialEndsOn: '2027-04-30', terminatedOn: null });
  await request(first.http).get('/api/v1/school').set(bearer(trial.adminToken)).expect(200);
});

describe('notices', () => {
  let paying: SchoolFixture;
  const subjectsTo = (address: string) => first.mailbox.to(address).map((m) => m.subject);

  beforeAll(async () => {
    setDay('2027-05-01');
    paying = await createSchool(first, operatorToken, 'noticed');
    await request(first.http)
      .post(`/api/v1/operator/schools/${paying.id}/payments`)
      .set(bearer(operatorToken))
      .send({ amountMinor: 30000, currency: 'EUR', periodStart: '2027-05-01', periodEnd: '2027-05-31', reference: 'INV-N1' })
      .expect(200);
    await drainOutbox(first);
  });

  it('go to the finance and technical contacts once each, however often the job runs', async () => {
    // Straight to the work, without the runner's once-per-tick claim: the notices themselves must be once-only.
    const job = { run: () => withOrmContext(first, () => asScheduledJob(() => first.app.get(LicenceLifecycleJob).run())) };
    setDay('2027-05-31'); // the renewal date
    await job.run();
    await job.run();
    setDay('2027-06-30'); // termination (2027-07-30) in 30 days
    await job.run();
    setDay('2027-07-23'); // in 7 days
    await job.run();
    await job.run();
    setDay('2027-07-30'); // terminated
    await job.run();
    await job.run();
    await drainOutbox(first);
    const expected = [
      'Your PTC licence is due for renewal',
      'Your PTC licence ends in 30 days',
      'Your PTC licence ends in 7 days',
      'Your PTC licence has ended',
    ];
    expect(subjectsTo('finance@noticed.example').filter((s) => s?.startsWith('Your PTC licence'))).toEqual(expected);
    expect(subjectsTo('tech@noticed.example').filter((s) => s?.startsWith('Your PTC licence'))).toEqual(expected);
    const ended = first.mailbox.to('finance@noticed.example').find((m) => m.subject === 'Your PTC licence has ended')!;
    expect(ended.text).toContain('ended on 2027-07-30');
    const listed = await request(first.http).get(`/api/v1/operator/schools/${paying.id}/notices`).set(bearer(operatorToken)).expect(200);
    expect(listed.body.map((n: { kind: string }) => n.kind)).toEqual(['renewal_due', 'termination_in_30_days', 'termination_in_7_days', 'terminated']);
  });

  it('warns 30 days before deletion and announces the deletion due 1 year after termination, once', async () => {
    const due: SchoolDeletionDue[] = [];
    first.app.get(EventBus).subscribe(SchoolDeletionDue, (e) => void due.push(e));
    // Straight to the work, without the runner's once-per-tick claim: the notices themselves must be once-only.
    const job = { run: () => withOrmContext(first, () => asScheduledJob(() => first.app.get(LicenceLifecycleJob).run())) };
    setDay('2028-06-30');
    await job.run();
    await drainOutbox(first);
    expect(subjectsTo('finance@noticed.example')).toContain("Your school's PTC data will be deleted in 30 days");
    setDay('2028-07-30');
    await job.run();
    await job.run();
    expect(due.filter((e) => e.schoolId === paying.id).map((e) => [e.reason, e.dueOn])).toEqual([['terminated', '2028-07-30']]);
  });
});

it('announces a trial inactive for a year (day 365, not 364) and its deletion due, once', async () => {
  setDay('2028-08-01');
  const idle = await createSchool(first, operatorToken, 'idle-trial'); // its admin's login is the last activity
  const announced: string[] = [];
  first.app.get(EventBus).subscribe(TrialInactive, (e) => void (e.schoolId === idle.id && announced.push(`inactive since ${e.lastActivityOn}`)));
  first.app.get(EventBus).subscribe(SchoolDeletionDue, (e) => void (e.schoolId === idle.id && announced.push(`${e.reason} ${e.dueOn}`)));
  const job = () => withOrmContext(first, () => asScheduledJob(() => first.app.get(LicenceLifecycleJob).run()));

  setDay('2029-07-31'); // 364 days without a login or booking
  await job();
  expect(announced).toEqual([]);
  const operatorView = await request(first.http).get('/api/v1/operator/licences').set(bearer(operatorToken)).expect(200);
  expect(operatorView.body.items.find((l: { schoolId: string }) => l.schoolId === idle.id)).toMatchObject({ lastActivityOn: '2028-08-01', deletionDueOn: '2029-08-01' });
  setDay('2029-08-01'); // 365 days
  await job();
  setDay('2029-08-02');
  await job();
  expect(announced).toEqual(['inactive since 2028-08-01', 'trial_inactive 2029-08-01']);
});

describe('the payment webhook', () => {
  let payer: SchoolFixture;
  const deliver = (payload: object, signature?: (raw: string) => string, app = first) => {
    const raw = JSON.stringify(payload);
    const req = request(app.http).post('/api/v1/licensing/payment-webhook').set('Content-Type', 'application/json');
    if (signature) req.set('PTC-Signature', signature(raw));
    return req.send(raw);
  };
  const now = () => Math.floor(first.clock.now().getTime() / 1000);
  const signed = (raw: string) => signPaymentWebhook(WEBHOOK_SECRET, raw, now());

  beforeAll(async () => {
    setDay('2029-09-01');
    payer = await createSchool(first, operatorToken, 'webhook-payer');
  });
  const payment = () => ({ schoolId: payer.id, amountMinor: 52000, currency: 'GBP', periodStart: '2029-09-01', periodEnd: '2030-08-31', reference: 'PSP-7781' });

  it('records a signed payment once, and answers a redelivery with the first outcome', async () => {
    const first_ = await deliver(payment(), signed).expect(200);
    expect(first_.body).toEqual({ recorded: true, licence: { schoolId: payer.id, status: 'active', renewalOn: '2030-08-31' } });
    const again = await deliver(payment(), signed).expect(200);
    expect(again.body).toEqual({ recorded: false, licence: { schoolId: payer.id, status: 'active', renewalOn: '2030-08-31' } });
    const rows = await first.db.query("select source, recorded_by from licence_payment where reference = 'PSP-7781'");
    expect(rows.rows).toEqual([{ source: 'webhook', recorded_by: null }]);
    // The same reference with other content is not a redelivery.
    expect((await deliver({ ...payment(), amountMinor: 1 }, signed).expect(409)).body.code).toBe('LICENCE.PAYMENT_DUPLICATE');
  });

  it('refuses a missing, wrong, tampered or stale signature before reading the payment', async () => {
    const body = { ...payment(), reference: 'PSP-FORGED' };
    const refused = async (signature?: (raw: string) => string) => (await deliver(body, signature).expect(401)).body.code;
    expect(await refused()).toBe('LICENCE.WEBHOOK_SIGNATURE');
    expect(await refused((raw) => signPaymentWebhook('another-secret-of-enough-length-0000', raw, now()))).toBe('LICENCE.WEBHOOK_SIGNATURE');
    expect(await refused((raw) => signPaymentWebhook(WEBHOOK_SECRET, raw.replace('52000', '52001'), now()))).toBe('LICENCE.WEBHOOK_SIGNATURE');
    expect(await refused((raw) => signPaymentWebhook(WEBHOOK_SECRET, raw, now() - 301))).toBe('LICENCE.WEBHOOK_SIGNATURE');
    expect(await refused(() => 't=abc,v1=zz')).toBe('LICENCE.WEBHOOK_SIGNATURE');
    expect((await first.db.query("select count(*)::int as n from licence_payment where reference = 'PSP-FORGED'")).rows[0].n).toBe(0);
    // Signed but invalid content: a 400 with the field, nothing written.
    const invalid = await deliver({ ...body, currency: 'pounds' }, signed).expect(400);
    expect(invalid.body.details[0].field).toBe('currency');
  });

  it('is off (404) on an instance without PAYMENT_WEBHOOK_SECRET', async () => {
    expect((await deliver(payment(), signed, second).expect(404)).body.code).toBe('LICENCE.WEBHOOK_OFF');
  });
});
