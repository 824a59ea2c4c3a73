import request from 'supertest';
import { linkInEmail, openEmailedLink } from '../support/emailed-links.js';
import { NotBookedRemindersJob } from '@ptc/bookings';
import { asScheduledJob, createPersonLogin, demoSchool, drainOutbox, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** Notices to families about an evening (issue 17's notices), on the demo directory. */
let t: TestApp;
let school: SchoolFixture;
let ids: Record<string, string>;
const admin = () => ({ Authorization: `Bearer ${school.adminToken}` });

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'notices'));
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
  expect(siobhan.text).toContain('from Monday, 7 January 2030 at 09:00 until Monday, 14 January 2030 at 17:00 (United Kingdom Time)');
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

it('reminds each family that has booked nothing, once, within the school’s reminder days before booking closes', async () => {
  await createPersonLogin(t, school, 'parent', ids.C2, 'jose');
  const now = t.clock.now();
  const day = new Date(now.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({ name: 'Year 7 evening', sessions: [{ date: day, start: '16:00', end: '17:00' }], slotMinutes: 10, yearLabels: ['Year 7'], opensAt: new Date(now.getTime() - 3_600_000).toISOString(), closesAt: new Date(now.getTime() + 3 * 86_400_000).toISOString() })
    .expect(201);
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin()).expect(200);
  // José books for Amélie; Siobhán (Zoë) books nothing; Kofi (Ama) has no login.
  const slots = await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/slots?teacherId=${ids.T1}`).set(admin()).expect(200);
  const jose = await request(t.http).post('/api/v1/auth/login').send({ school: 'notices', screenName: 'jose', password: 'correct horse battery staple' }).expect(200);
  await request(t.http).post('/api/v1/bookings').set({ Authorization: `Bearer ${jose.body.accessToken}` }).send({ eventId: evening.body.id, studentId: ids.S3, teacherId: ids.T1, slotId: slots.body.items[0].id }).expect(201);
  await drainOutbox(t);
  const job = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(NotBookedRemindersJob).run()));
  const reminders = () => t.mailbox.messages.filter((m) => m.subject?.includes('Year 7 evening — booking closes'));

  // Three days before closing: not yet (the default is two).
  expect(await job()).toEqual({ evenings: 0, reminded: 0 });
  t.clock.set(new Date(now.getTime() + 1.5 * 86_400_000));
  expect(await job()).toEqual({ evenings: 1, reminded: 1 });
  await drainOutbox(t);
  expect(reminders().map((m) => [m.to && [m.to].flat()[0]?.value[0]?.address])).toEqual([['siobhan@demo-parents.invalid']]);
  expect(reminders()[0].text).toContain('You have not booked any appointments for "Year 7 evening" yet.');
  // Once per family and evening.
  expect(await job()).toEqual({ evenings: 1, reminded: 0 });

  // A school that wants no reminders says 0.
  await request(t.http).put('/api/v1/admin/booking-settings').set(admin()).send({ parentCancelCutoffHours: null, notBookedReminderDays: 0 }).expect(200);
  expect((await request(t.http).get('/api/v1/admin/booking-settings').set(admin()).expect(200)).body).toEqual({ parentCancelCutoffHours: null, teachersSetAvailability: false, notBookedReminderDays: 0, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: null });
  expect(await job()).toEqual({ evenings: 0, reminded: 0 });
  t.clock.set(now);
});

it("sends families' emails under the school's name, with replies to the school's address once it gives one", async () => {
  const record = (await request(t.http).get('/api/v1/admin/school-contacts').set(admin()).expect(200)).body;
  const saved = await request(t.http).put('/api/v1/admin/school-contacts').set(admin()).send({ ...record, familiesReplyTo: 'office@notices.example' }).expect(200);
  expect(saved.body.familiesReplyTo).toBe('office@notices.example');
  await request(t.http).put('/api/v1/admin/school-contacts').set(admin()).send({ ...record, familiesReplyTo: 'not an address' }).expect(400);

  const now = t.clock.now();
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Reply evening',
      sessions: [{ date: new Date(now.getTime() + 12 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 11 * 86_400_000).toISOString(),
    })
    .expect(201);
  await drainOutbox(t);
  const before = t.mailbox.messages.length;
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin()).expect(200);
  const slots = await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/slots?teacherId=${ids.T1}`).set(admin()).expect(200);
  await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: evening.body.id, studentId: ids.S1, teacherId: ids.T1, slotId: slots.body.items[0].id, contactId: ids.C1 }).expect(201);
  await drainOutbox(t);
  const toSiobhan = t.mailbox.messages.slice(before).filter((m) => [m.to].flat()[0]?.value[0]?.address === 'siobhan@demo-parents.invalid');
  expect(toSiobhan.map((m) => m.subject?.replace(/:.*/, '')).sort()).toEqual(['Appointment booked', 'School notices']);
  for (const mail of toSiobhan) {
    expect(mail.from?.value[0]).toEqual({ name: 'School notices', address: expect.stringMatching(/@/) });
    expect(mail.replyTo?.value[0]?.address).toBe('office@notices.example');
  }
});
