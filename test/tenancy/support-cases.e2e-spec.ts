import request from 'supertest';
import { SupportRetentionJob } from '@ptc/tenancy';
import { asScheduledJob, binaryBody, createOperator, createSchool, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Support cases (issue 21): the operator logs calls and emails with a school, attachments stored encrypted; the school's admins read their own. */
let t: TestApp;
let operator: string;
let school: SchoolFixture;
let other: SchoolFixture;
let caseId: string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const binary = (r: request.Test) => r.buffer(true).parse(binaryBody as never);
const PDF = Buffer.from('%PDF-1.7\n% the school’s invoice query\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  t = await startTestApp({ SUPPORT_ATTACHMENT_MAX_SIZE: '2kb', SUPPORT_CASE_RETENTION_DAYS: '30' });
  operator = (await createOperator(t)).token;
  school = await createSchool(t, operator, 'support-one');
  other = await createSchool(t, operator, 'support-two');
});
afterAll(async () => {
  await t?.close();
});

it('lets the operator open a case and log a call and an email whose attachment is stored encrypted and comes back as sent', async () => {
  const opened = await request(t.http).post(`/api/v1/operator/schools/${school.id}/support-cases`).set(bearer(operator)).send({ subject: 'Invoice for the autumn term' }).expect(201);
  caseId = opened.body.id;
  expect(opened.body).toMatchObject({ subject: 'Invoice for the autumn term', status: 'open', entries: [] });
  await request(t.http)
    .post(`/api/v1/operator/schools/${school.id}/support-cases/${caseId}/entries`)
    .set(bearer(operator))
    .send({ at: '2026-11-20T10:15:00Z', direction: 'in', channel: 'call', counterpart: 'Tomás Ó Ceallaigh (bursar)', summary: 'Asks for a copy of the invoice' })
    .expect(201);
  const logged = await request(t.http)
    .post(`/api/v1/operator/schools/${school.id}/support-cases/${caseId}/entries`)
    .set(bearer(operator))
    .send({
      at: '2026-11-20T11:00:00Z',
      direction: 'out',
      channel: 'email',
      counterpart: 'bursar@support-one.example',
      summary: 'Invoice sent again',
      message: 'Dear Tomás, here is the invoice again.',
      attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }],
    })
    .expect(201);
  expect(logged.body.entries.map((e: { channel: string }) => e.channel)).toEqual(['call', 'email']);
  const [attachment] = logged.body.entries[1].attachments;
  expect(attachment).toMatchObject({ filename: 'invoice.pdf', contentType: 'application/pdf', size: PDF.length });

  // Encrypted at rest: the stored bytes are not the file.
  const stored = (await t.db.query('select content from support_attachment where id = $1', [attachment.id])).rows[0].content as Buffer;
  expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
  expect(stored.subarray(0, 8).toString('latin1')).toBe('PTCENV1\n');
  const downloaded = await binary(request(t.http).get(`/api/v1/operator/schools/${school.id}/support-cases/${caseId}/attachments/${attachment.id}`).set(bearer(operator))).expect(200);
  expect(Buffer.compare(downloaded.body as Buffer, PDF)).toBe(0);
  expect(downloaded.headers['content-disposition']).toContain("filename*=UTF-8''invoice.pdf");
});

it('refuses attachments that are too large, not what they say, of other types, or on a call', async () => {
  const entry = (attachments: object[], channel = 'email') =>
    request(t.http)
      .post(`/api/v1/operator/schools/${school.id}/support-cases/${caseId}/entries`)
      .set(bearer(operator))
      .send({ at: '2026-11-21T09:00:00Z', direction: 'in', channel, counterpart: 'IT', summary: 'Logs', attachments });
  const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(3000, 0x41)]);
  expect((await entry([{ filename: 'big.pdf', contentType: 'application/pdf', contentBase64: big.toString('base64') }]).expect(400)).body.details).toEqual([{ field: 'attachments.0', problems: [expect.stringMatching(/larger than 2048 bytes/)] }]);
  await entry([{ filename: 'fake.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('MZ binary').toString('base64') }]).expect(400);
  await entry([{ filename: 'tool.exe', contentType: 'application/x-msdownload', contentBase64: Buffer.from('MZ').toString('base64') }]).expect(400);
  await entry([{ filename: 'invoice.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }], 'call').expect(400);
  expect((await t.db.query('select count(*)::int as n from support_entry where case_id = $1', [caseId])).rows[0].n).toBe(2);
});

it("shows a school's admins their own cases and attachments only; nobody else", async () => {
  const mine = await request(t.http).get('/api/v1/admin/support-cases').set(bearer(school.adminToken)).expect(200);
  expect(mine.body.map((c: { subject: string }) => c.subject)).toEqual(['Invoice for the autumn term']);
  const attachmentId = mine.body[0].entries[1].attachments[0].id;
  const downloaded = await binary(request(t.http).get(`/api/v1/admin/support-cases/${caseId}/attachments/${attachmentId}`).set(bearer(school.adminToken))).expect(200);
  expect(Buffer.compare(downloaded.body as Buffer, PDF)).toBe(0);
  expect((await request(t.http).get('/api/v1/admin/support-cases').set(bearer(other.adminToken)).expect(200)).body).toEqual([]);
  await request(t.http).get(`/api/v1/admin/support-cases/${caseId}/attachments/${attachmentId}`).set(bearer(other.adminToken)).expect(404);
  await request(t.http).post(`/api/v1/operator/schools/${school.id}/support-cases`).set(bearer(school.adminToken)).send({ subject: 'x' }).expect(403);
  await request(t.http).get(`/api/v1/operator/schools/00000000-0000-4000-8000-000000000000/support-cases`).set(bearer(operator)).expect(404);
});

it('deletes a closed case once its retention has passed, not an open one or one closed recently', async () => {
  const recent = await request(t.http).post(`/api/v1/operator/schools/${other.id}/support-cases`).set(bearer(operator)).send({ subject: 'Closed last week' }).expect(201);
  await request(t.http).put(`/api/v1/operator/schools/${school.id}/support-cases/${caseId}/status`).set(bearer(operator)).send({ status: 'closed' }).expect(200);
  t.clock.advance(20 * 86_400_000);
  await request(t.http).put(`/api/v1/operator/schools/${other.id}/support-cases/${recent.body.id}/status`).set(bearer(operator)).send({ status: 'closed' }).expect(200);
  t.clock.advance(11 * 86_400_000);
  expect(await asScheduledJob(() => t.app.get(SupportRetentionJob).run())).toEqual({ casesDeleted: 1 });
  expect((await t.db.query('select count(*)::int as n from support_attachment')).rows[0].n).toBe(0);
  expect((await request(t.http).get(`/api/v1/operator/schools/${school.id}/support-cases`).set(bearer(operator)).expect(200)).body).toEqual([]);
  expect((await request(t.http).get(`/api/v1/operator/schools/${other.id}/support-cases`).set(bearer(operator)).expect(200)).body).toHaveLength(1);
});
