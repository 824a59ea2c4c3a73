import request from 'supertest';
import { DEMO_DIRECTORY } from '../../apps/api/src/demo-directory.js';
import { linkInEmail, openEmailedLink } from '../support/emailed-links.js';
import { createOperator, createPersonLogin, createSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Notices to families about an evening (issue 17's notices), on the demo directory. */
let t: TestApp;
let school: SchoolFixture;
const ids: Record<string, string> = {};
const admin = () => ({ Authorization: `Bearer ${school.adminToken}` });

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchool(t, (await createOperator(t)).token, 'notices');
  await request(t.http).post('/api/v1/admin/sync/json').set(admin()).send(DEMO_DIRECTORY).expect(201);
  for (const table of ['student', 'contact', 'teacher']) {
    for (const row of (await t.db.query(`select id, sis_id from ${table} where school_id = $1`, [school.id])).rows) ids[row.sis_id] = row.id;
  }
  await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
});
afterAll(async () => {
  await t?.close();
});

it('publishing tells every family of the evening’s year groups once: a sign-in note, or an invitation with the news for those without a login', async () => {
  const now = t.clock.now();
  const day = new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Year 9 evening',
      sessions: [{ date: day, start: '16:00', end: '18:00' }],
      slotMinutes: 10,
      yearLabels: ['Year 9'],
      opensAt: new Date(Date.UTC(2030, 0, 7, 9, 0)).toISOString(),
      closesAt: new Date(Date.UTC(2030, 0, 14, 17, 0)).toISOString(),
    })
    .expect(201);
  await drainOutbox(t);
  const before = t.mailbox.messages.length;
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin()).expect(200);
  await drainOutbox(t);

  // Year 9: Liam (Siobhán) and Kwame (Kofi). Amélie's father José is not told: she is in Year 7.
  const sent = t.mailbox.messages.slice(before);
  const families = (await t.db.query(
    "select count(distinct cl.contact_id)::int as n from contact_link cl join student s on s.id = cl.student_id where s.school_id = $1 and s.year_label = 'Year 9'",
    [school.id],
  )).rows[0].n;
  expect(sent).toHaveLength(families);
  expect(sent.map((m) => [m.to && [m.to].flat()[0]?.value[0]?.address, m.subject]).sort()).toEqual([
    ['kofi@demo-parents.invalid', 'School notices: Year 9 evening — booking opens Monday, 7 January 2030 at 09:00 (your invitation to PTC)'],
    ['siobhan@demo-parents.invalid', 'School notices: Year 9 evening — booking opens Monday, 7 January 2030 at 09:00'],
  ]);
  const siobhan = t.mailbox.to('siobhan@demo-parents.invalid').at(-1)!;
  expect(siobhan.text).toContain('from Monday, 7 January 2030 at 09:00 until Monday, 14 January 2030 at 17:00 (Europe/London time)');
  expect(siobhan.text).toContain("your school's sign-in name is notices");
  // Kofi's invitation works: it opens the page that creates his login.
  const kofi = t.mailbox.to('kofi@demo-parents.invalid').at(-1)!;
  const link = linkInEmail(t, kofi.text!, 'invite');
  await openEmailedLink(t, link);
  const preview = await request(t.http).get(`/api/v1/auth/invitations/${encodeURIComponent(link.token)}`).expect(200);
  expect(preview.body.person).toMatchObject({ firstName: 'Kofi' });

  // Closing, or anything after, tells nobody again.
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/close`).set(admin()).expect(200);
  expect(await drainOutbox(t)).toBe(0);
});
