import request from 'supertest';
import { parseCsv } from '@ptc/platform';
import { generateDirectory } from '../support/directory-factory.js';
import { createOperator, createSchool, createUser, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
const directory = generateDirectory(1200, 4, 1);
// A parent whose data is written to attack spreadsheets, and one whose name needs quoting.
directory.contacts[0] = { ...directory.contacts[0], firstName: '=HYPERLINK("http://evil.example","click")', lastName: 'Aaa-first', phone: '+44 20 7946 0000' };
directory.contacts[1] = { ...directory.contacts[1], firstName: 'Anne, "Annie"', lastName: 'Aab' };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  const operator = await createOperator(t);
  school = await createSchool(t, operator.token, 'export-school');
  otherSchool = await createSchool(t, operator.token, 'export-other');
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(directory).expect(201);
  await request(t.http).post('/api/v1/admin/sync/json').set(bearer(otherSchool.adminToken)).send(generateDirectory(3, 1, 1)).expect(201);
});
afterAll(async () => {
  await t?.close();
});

describe('GET /admin/exports/contacts.csv', () => {
  let res: request.Response;
  beforeAll(async () => {
    res = await request(t.http)
      .get('/api/v1/admin/exports/contacts.csv')
      .set(bearer(school.adminToken))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
  });

  it('is a UTF-8 CSV attachment with a BOM so Excel reads it', () => {
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="contacts.csv"');
    expect([...(res.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has one row per contact–student link of this school only, with the documented columns', () => {
    const { headers, records } = parseCsv((res.body as Buffer).toString('utf8'));
    expect(headers).toEqual([
      'contact_title', 'contact_first_name', 'contact_last_name', 'relationship', 'email', 'phone',
      'student_first_name', 'student_last_name', 'student_sis_id',
    ]);
    // More rows than one read batch: the stream continues across batches without loss or repeats.
    expect(records).toHaveLength(directory.contactLinks.length);
    const keys = new Set(records.map((r) => `${r.values.email}|${r.values.student_sis_id}`));
    expect(keys.size).toBe(directory.contactLinks.length);
    expect(records.every((r) => r.values.email.endsWith('@home.example'))).toBe(true);
    const zoeParent = records.find((r) => r.values.email === 'parent0-1@home.example')!;
    expect(zoeParent.values).toMatchObject({ student_first_name: 'Zoë', student_last_name: "O'Brien", student_sis_id: 'S0' });
  });

  it('neutralises formula-like cells and quotes cells with commas and quotes', () => {
    const text = (res.body as Buffer).toString('utf8');
    const { records } = parseCsv(text);
    expect(records[0].values.contact_first_name).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(records[0].values.phone).toBe("'+44 20 7946 0000");
    expect(records[1].values.contact_first_name).toBe('Anne, "Annie"');
    expect(text).toContain('"Anne, ""Annie"""');
  });
});

describe('GET /admin/exports/contacts.json', () => {
  it('returns the same rows as JSON, with values as stored', async () => {
    const res = await request(t.http).get('/api/v1/admin/exports/contacts.json').set(bearer(school.adminToken)).expect(200);
    expect(res.body).toHaveLength(directory.contactLinks.length);
    expect(res.body[0]).toEqual({
      contactTitle: 'Ms',
      contactFirstName: '=HYPERLINK("http://evil.example","click")',
      contactLastName: 'Aaa-first',
      relationship: 'mother',
      email: 'parent0-0@home.example',
      phone: '+44 20 7946 0000',
      studentFirstName: 'Zoë',
      studentLastName: "O'Brien",
      studentSisId: 'S0',
    });
  });
});

it('is for the school admin only', async () => {
  const teacher = await createUser(t, school, 'teacher', 'export.teacher');
  await request(t.http).get('/api/v1/admin/exports/contacts.csv').set(bearer(teacher.token)).expect(403);
  await request(t.http).get('/api/v1/admin/exports/contacts.json').set(bearer(teacher.token)).expect(403);
});
