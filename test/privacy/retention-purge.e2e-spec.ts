import request from 'supertest';
import { LicenceLifecycleJob } from '@ptc/licensing';
import { ProcessingRecordsService, RetentionPurgeJob } from '@ptc/privacy';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { asScheduledJob, createOperator, drainOutbox, flushUsage, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let doomed: BookedSchool;
let kept: BookedSchool;

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const purgedTables = () => t.app.get(ProcessingRecordsService).schoolPersonalDataTables();
async function rowsPerTable(schoolId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, schoolColumn } of purgedTables()) {
    counts[table] = (await t.db.query(`select count(*)::int as n from "${table}" where "${schoolColumn}" = $1`, [schoolId])).rows[0].n;
  }
  return counts;
}
const runPurge = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(RetentionPurgeJob).run()));

beforeAll(async () => {
  t = await startTestApp({ PURGE_BATCH_SIZE: '7' }); // small batches: every table takes several
  t.clock.set(new Date('2026-11-02T09:00:00Z'));
  operatorToken = (await createOperator(t)).token;
  doomed = await seedBookedSchool(t, operatorToken, 'doomed');
  kept = await seedBookedSchool(t, operatorToken, 'kept');
  await flushUsage(t);
});
afterAll(async () => {
  await t?.close();
});

describe('records of processing', () => {
  it('classifies every column of every entity, and every school table in the database', async () => {
    const { unclassified, records, withoutPersonalData } = t.app.get(ProcessingRecordsService).classification();
    expect(unclassified).toEqual([]);
    // Cross-check with the database itself: no table holding a school's rows escapes the classification.
    const schoolTables = (await t.db.query("select table_name from information_schema.columns where column_name = 'school_id' and table_schema = 'public'")).rows.map((r) => r.table_name);
    const classified = new Set([...records.map((r) => r.table), ...withoutPersonalData.map((r) => r.table)]);
    expect(schoolTables.filter((table: string) => !classified.has(table))).toEqual([]);
  });

  it('publishes the records to the operator, generated from the classification', async () => {
    const res = await request(t.http).get('/api/v1/operator/processing-records').set(bearer(operatorToken)).expect(200);
    const contact = res.body.records.find((r: { table: string }) => r.table === 'contact');
    expect(contact).toMatchObject({ retention: 'licence', purgedWithSchool: true });
    expect(contact.columns.find((c: { property: string }) => c.property === 'email')).toMatchObject({ columns: ['email'], personal: true, category: 'contact details' });
    const usage = res.body.records.find((r: { table: string }) => r.table === 'usage_record');
    expect(usage.columns.find((c: { property: string }) => c.property === 'ip')).toMatchObject({ personal: true, category: 'online identifiers' });
    expect(usage.retentionRule).toContain('USAGE_RETENTION_MONTHS');
    const school = res.body.records.find((r: { table: string }) => r.table === 'school');
    expect(school.columns.find((c: { property: string }) => c.property === 'technicalContact').columns).toEqual(
      expect.arrayContaining(['technical_contact_name', 'technical_contact_email']),
    );
    expect(res.body.withoutPersonalData.map((r: { table: string }) => r.table)).toContain('licence');
    await request(t.http).get('/api/v1/operator/processing-records').set(bearer(doomed.adminToken)).expect(403);
  });
});

describe('retention purge', () => {
  it('deletes a school’s personal data after it is due, resumes after a crash half-way, and certifies it once', async () => {
    const keptBefore = await rowsPerTable(kept.id);
    await drainOutbox(t);

    // Keep the other school active: only the doomed one goes a year without a login or booking.
    t.clock.set(new Date('2027-10-01T09:00:00Z'));
    await request(t.http).post('/api/v1/auth/login').send({ school: 'kept', screenName: 'admin', password: 'correct horse battery staple' }).expect(200);
    await flushUsage(t);
    const keptAfterLogin = await rowsPerTable(kept.id);
    t.clock.set(new Date('2027-11-02T02:00:00Z')); // one year after the doomed school's last activity
    await withOrmContext(t, () => asScheduledJob(() => t.app.get(LicenceLifecycleJob).run()));
    await flushUsage(t);
    const before = await rowsPerTable(doomed.id);
    for (const table of ['student', 'contact', 'teacher', 'contact_link', 'appointment', 'appointment_history', 'app_user', 'usage_record', 'outbox_message']) {
      expect(before[table]).toBeGreaterThan(0);
    }

    // A crash half-way: deleting contacts fails, everything before it is already gone and counted.
    await t.db.query(`create function crash_purge() returns trigger language plpgsql as $$ begin raise exception 'simulated crash'; end $$`);
    await t.db.query('create trigger crash_purge before delete on contact for each statement execute function crash_purge()');
    await expect(runPurge()).rejects.toThrow(/simulated crash/);
    const halfway = await t.db.query('select finished_at, counts from school_purge where school_id = $1', [doomed.id]);
    expect(halfway.rows[0].finished_at).toBeNull();
    expect(halfway.rows[0].counts.contact_link).toBe(before.contact_link);
    expect((await rowsPerTable(doomed.id)).contact).toBe(before.contact);

    await t.db.query('drop trigger crash_purge on contact');
    await runPurge();
    expect(Object.values(await rowsPerTable(doomed.id)).every((n) => n === 0)).toBe(true);
    // The other school keeps everything (its outbox only grew by its own licence notices).
    const { outbox_message: _notices, ...keptNow } = await rowsPerTable(kept.id);
    expect(keptNow).toEqual(Object.fromEntries(Object.entries(keptAfterLogin).filter(([table]) => table !== 'outbox_message')));
    expect(keptAfterLogin.student).toBe(keptBefore.student);

    // The certificate counts exactly what was there, and reaches the school's contacts once.
    const certificates = await request(t.http).get('/api/v1/operator/deletion-certificates').set(bearer(operatorToken)).expect(200);
    const certificate = certificates.body.items.find((c: { schoolId: string }) => c.schoolId === doomed.id);
    const expected = Object.fromEntries(Object.entries(before).filter(([, n]) => n > 0));
    expect(Object.fromEntries(Object.entries(certificate.tables).filter(([, n]) => (n as number) > 0))).toEqual(expected);
    expect(certificate).toMatchObject({ reason: 'trial_inactive', dueOn: '2027-11-02', school: 'School doomed' });
    await runPurge();
    await drainOutbox(t);
    const mails = t.mailbox.messages.filter((m) => m.subject?.startsWith('Deletion certificate'));
    expect(mails.flatMap((m) => [m.to].flat().map((to) => to?.text)).sort()).toEqual(['finance@doomed.example', 'tech@doomed.example']);
    expect(mails[0].text).toContain(`Total: ${certificate.totalRows}`);

    // The customer record remains; the school's users cannot log in any more.
    const schools = await request(t.http).get('/api/v1/operator/schools').set(bearer(operatorToken)).expect(200);
    expect(schools.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: doomed.id })]));
    await request(t.http).get('/api/v1/school').set(bearer(doomed.adminToken)).expect(401);
  });
});
