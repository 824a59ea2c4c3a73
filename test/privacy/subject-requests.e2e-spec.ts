import request from 'supertest';
import { RequestRemindersJob } from '@ptc/privacy';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { asScheduledJob, createOperator, createPersonLogin, drainOutbox, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let school: BookedSchool;
let other: BookedSchool;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const setDay = (iso: string) => t.clock.set(new Date(`${iso}T09:00:00Z`));
const remind = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(RequestRemindersJob).run()));
const privacyMails = () => t.mailbox.to('tech@sar-school.example').filter((m) => /privacy request/i.test(m.subject ?? ''));

beforeAll(async () => {
  t = await startTestApp();
  setDay('2027-01-20');
  operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'sar-school');
  other = await seedBookedSchool(t, operatorToken, 'sar-other');
  await drainOutbox(t);
});
afterAll(async () => {
  await t?.close();
});

describe('filing a request', () => {
  let requestId: string;

  it('answers the parent 202 "passed to your school" with nothing personal, and gives the school one queue entry and one email', async () => {
    setDay('2027-01-31');
    const contact = (await t.db.query('select first_name, last_name, email from contact where id = $1', [school.contactId])).rows[0];
    const res = await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'access', details: 'Please send me everything you hold about me and my son.' }).expect(202);
    expect(res.body).toEqual({ status: 'passed_to_school', message: expect.stringContaining('passed to your school') });
    const answer = JSON.stringify(res.body);
    for (const personal of [contact.first_name, contact.last_name, contact.email, school.contactId, 'my son']) expect(answer).not.toContain(personal);

    const queue = await request(t.http).get('/api/v1/admin/privacy/requests').set(admin()).expect(200);
    expect(queue.body.total).toBe(1);
    expect(queue.body.items[0]).toMatchObject({ kind: 'access', status: 'received', filedBy: 'self', dueOn: '2027-02-28', subject: { kind: 'contact', id: school.contactId } });
    requestId = queue.body.items[0].id;

    await drainOutbox(t);
    const mails = privacyMails();
    expect(mails.map((m) => m.subject)).toEqual(['New privacy request (access), due 2027-02-28']);
    expect(mails[0].text).not.toContain(contact.last_name);
    // Nothing reaches the other school.
    expect((await request(t.http).get('/api/v1/admin/privacy/requests').set(bearer(other.adminToken)).expect(200)).body).toEqual({ items: [], total: 0 });
    await request(t.http).get(`/api/v1/admin/privacy/requests/${requestId}`).set(bearer(other.adminToken)).expect(404);
  });

  it('takes a teacher’s request the same way, about the teacher', async () => {
    const teacherToken = await createPersonLogin(t, school, 'teacher', school.teacherId, 'sar.teacher');
    await request(t.http).post('/api/v1/privacy/requests').set(bearer(teacherToken)).send({ kind: 'rectification', details: 'My title is Dr' }).expect(202);
    const queue = await request(t.http).get('/api/v1/admin/privacy/requests').set(admin()).expect(200);
    const filed = queue.body.items.find((r: { kind: string }) => r.kind === 'rectification');
    expect(filed).toMatchObject({ subject: { kind: 'teacher', id: school.teacherId }, filedBy: 'self' });
    await request(t.http).post(`/api/v1/admin/privacy/requests/${filed.id}/close`).set(admin()).send({ reason: 'Corrected in the information system' }).expect(200);
  });

  it('refuses an unknown kind with the field, and admins and operators cannot file as a person', async () => {
    const bad = await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'delete-everything', details: 'x' }).expect(400);
    expect(bad.body.details[0].field).toBe('kind');
    await request(t.http).post('/api/v1/privacy/requests').set(admin()).send({ kind: 'access', details: 'x' }).expect(403);
  });

  it('lets the operator file one that reached the vendor by email, for the right school', async () => {
    const res = await request(t.http)
      .post(`/api/v1/operator/schools/${school.id}/privacy-requests`)
      .set(bearer(operatorToken))
      .send({ kind: 'erasure', details: 'Received at privacy@ptc by email on 30 Jan', subjectKind: 'contact', subjectId: school.contactId })
      .expect(202);
    expect(res.body).toMatchObject({ status: 'passed_to_school', id: expect.any(String) });
    const queued = await request(t.http).get(`/api/v1/admin/privacy/requests/${res.body.id}`).set(admin()).expect(200);
    expect(queued.body).toMatchObject({ kind: 'erasure', filedBy: 'operator', steps: [{ action: 'received', note: 'filed by the operator' }] });
    await request(t.http).post(`/api/v1/operator/schools/00000000-0000-4000-8000-000000000000/privacy-requests`).set(bearer(operatorToken)).send({ kind: 'other', details: 'x' }).expect(404);
    await request(t.http).post(`/api/v1/admin/privacy/requests/${res.body.id}/reject`).set(admin()).send({ reason: 'Duplicate of the request filed in PTC' }).expect(200);
  });

  it('records every step: acknowledge, extend by at most two months with a reason, fulfil; closed requests stay closed', async () => {
    await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/acknowledge`).set(admin()).expect(200);
    expect((await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/acknowledge`).set(admin()).expect(409)).body.code).toBe('PRIVACY.REQUEST_ACKNOWLEDGED');
    const extended = await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/extend`).set(admin()).send({ months: 2, reason: 'Complex: records from several years' }).expect(200);
    expect(extended.body).toMatchObject({ status: 'extended', dueOn: '2027-04-30', extendedMonths: 2 });
    const tooLong = await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/extend`).set(admin()).send({ months: 1, reason: 'more time' }).expect(409);
    expect(tooLong.body.code).toBe('PRIVACY.EXTENSION_LIMIT');
    await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/extend`).set(admin()).send({ months: 3, reason: 'more time' }).expect(400);

    setDay('2027-04-24'); // 6 days before the extended due date
    expect(await remind()).toEqual({ dueSoon: 1, overdue: 0 });
    expect(await remind()).toEqual({ dueSoon: 0, overdue: 0 });

    const done = await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/fulfil`).set(admin()).send({ action: 'export', note: 'Sent by post' }).expect(200);
    expect(done.body.status).toBe('fulfilled');
    expect(done.body.steps.map((s: { action: string }) => s.action)).toEqual(['received', 'acknowledged', 'extended by 2 month(s) to 2027-04-30', 'fulfilled: export']);
    expect(done.body.steps[2].note).toBe('Complex: records from several years');
    expect((await request(t.http).post(`/api/v1/admin/privacy/requests/${requestId}/close`).set(admin()).send({ reason: 'done' }).expect(409)).body.code).toBe('PRIVACY.REQUEST_CLOSED');
    expect((await request(t.http).get('/api/v1/admin/privacy/requests').set(admin()).expect(200)).body).toEqual({ items: [], total: 0 });
    expect((await request(t.http).get('/api/v1/admin/privacy/requests?status=all').set(admin()).expect(200)).body.total).toBe(3);
    expect((await request(t.http).get('/api/v1/admin/privacy/requests?status=all&limit=2').set(admin()).expect(200)).body.items).toHaveLength(2);
    await request(t.http).get('/api/v1/admin/privacy/requests?status=closed').set(admin()).expect(400);
  });
});

describe('reminders', () => {
  it('remind once 7 days before the due date (not 8), and once when overdue, however often the job runs', async () => {
    setDay('2027-06-01');
    await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'rectification', details: 'My phone number is wrong' }).expect(202);
    await drainOutbox(t);
    const before = privacyMails().length;
    setDay('2027-06-23'); // due 2027-07-01: 8 days before
    expect(await remind()).toEqual({ dueSoon: 0, overdue: 0 });
    setDay('2027-06-24'); // 7 days before
    expect(await remind()).toEqual({ dueSoon: 1, overdue: 0 });
    setDay('2027-07-01');
    expect(await remind()).toEqual({ dueSoon: 0, overdue: 0 });
    setDay('2027-07-02');
    expect(await remind()).toEqual({ dueSoon: 0, overdue: 1 });
    setDay('2027-07-03');
    expect(await remind()).toEqual({ dueSoon: 0, overdue: 0 });
    await drainOutbox(t);
    expect(privacyMails().slice(before).map((m) => m.subject)).toEqual([
      'Privacy request (rectification) due 2027-07-01',
      'Overdue privacy request (rectification), was due 2027-07-01',
    ]);
  });
});

describe('fulfilling a request', () => {
  it('hands the school the person’s export with an access request it fulfils', async () => {
    setDay('2027-07-05');
    await request(t.http).post('/api/v1/privacy/requests').set(bearer(school.parentToken)).send({ kind: 'portability', details: 'My data, please' }).expect(202);
    const [queued] = (await request(t.http).get('/api/v1/admin/privacy/requests').set(admin()).expect(200)).body.items.filter((r: { kind: string }) => r.kind === 'portability');
    const done = await request(t.http).post(`/api/v1/admin/privacy/requests/${queued.id}/fulfil`).set(admin()).send({ action: 'export' }).expect(200);
    expect(done.body).toMatchObject({ status: 'fulfilled', export: { format: 'ptc-person-export/1', person: { kind: 'contact', id: school.contactId } } });
  });

  it('runs the erasure of the person an erasure request is about, and records it against the request', async () => {
    setDay('2027-07-10'); // the parent's evening is long over
    const filed = await request(t.http)
      .post(`/api/v1/operator/schools/${school.id}/privacy-requests`)
      .set(bearer(operatorToken))
      .send({ kind: 'erasure', details: 'Erase me please (received by email)', subjectKind: 'contact', subjectId: school.contactId })
      .expect(202);
    const done = await request(t.http).post(`/api/v1/admin/privacy/requests/${filed.body.id}/fulfil`).set(admin()).send({ action: 'erasure' }).expect(200);
    expect(done.body).toMatchObject({ status: 'fulfilled', erasure: { personKind: 'contact', personId: school.contactId, deleted: { person: 1 } } });
    expect(done.body.steps.at(-1).action).toBe('fulfilled: erasure');
    expect((await t.db.query('select count(*)::int as n from contact where id = $1', [school.contactId])).rows[0].n).toBe(0);
    const ledger = await request(t.http).get('/api/v1/admin/privacy/erasures').set(admin()).expect(200);
    expect(ledger.body.items).toEqual([expect.objectContaining({ personId: school.contactId, requestId: filed.body.id })]);
    // A request about nobody in the directory cannot be fulfilled by erasure.
    const vague = await request(t.http).post(`/api/v1/operator/schools/${school.id}/privacy-requests`).set(bearer(operatorToken)).send({ kind: 'erasure', details: 'Someone wrote in' }).expect(202);
    expect((await request(t.http).post(`/api/v1/admin/privacy/requests/${vague.body.id}/fulfil`).set(admin()).send({ action: 'erasure' }).expect(409)).body.code).toBe('PRIVACY.REQUEST_NO_SUBJECT');
  });
});
