import request from 'supertest';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * Video meetings (issue 17, item 6): an online evening gives each appointment its own link from the
 * school's template, in the email, the .ics and the views; a move keeps it; a cancellation hides it;
 * a teacher may meet online in an evening held in rooms, and their booked parents are told.
 */
let t: TestApp;
let school: SchoolFixture;
let siobhan: string;
let teacherT2: string;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const TEMPLATE = 'https://meet.example.org/riverside-{room}';
const LINK = /^https:\/\/meet\.example\.org\/riverside-[A-Za-z0-9_-]{16}$/;

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'video'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  teacherT2 = await createPersonLogin(t, school, 'teacher', ids.T2, 'kowalski');
});
afterAll(async () => {
  await t?.close();
});

const eveningBody = (online: boolean) => {
  const now = t.clock.now();
  return {
    name: online ? 'Online evening' : 'Evening in school',
    sessions: [{ date: new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
    slotMinutes: 10,
    location: 'Main hall',
    online,
    opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
    closesAt: new Date(now.getTime() + 6 * 86_400_000).toISOString(),
  };
};

async function publishedEvening(online: boolean): Promise<string> {
  const evening = await request(t.http).post('/api/v1/admin/events').set(admin()).send(eveningBody(online)).expect(201);
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin()).expect(200);
  return evening.body.id;
}

async function freeSlots(eveningId: string, teacherId: string): Promise<string[]> {
  const page = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${teacherId}`).set(admin()).expect(200);
  return page.body.items.filter((s: { appointmentId: string | null }) => !s.appointmentId).map((s: { id: string }) => s.id);
}

async function lastMailTo(address: string) {
  await drainOutbox(t);
  const mail = t.mailbox.to(address).at(-1)!;
  const ics = mail.attachments.find((a) => a.filename === 'appointment.ics')!.content.toString('utf8').replace(/\r\n /g, '');
  return { mail, ics };
}

it('an online evening needs the school’s template first, and the template must be an https address with {room}', async () => {
  const refused = await request(t.http).post('/api/v1/admin/events').set(admin()).send(eveningBody(true)).expect(422);
  expect(refused.body).toMatchObject({ code: 'EVENING.NO_VIDEO_TEMPLATE', details: { field: 'online' } });

  const withoutRoom = await request(t.http).put('/api/v1/admin/booking-settings').set(admin()).send({ videoLinkTemplate: 'https://meet.example.org/riverside' }).expect(400);
  expect(withoutRoom.body.details).toEqual([{ field: 'videoLinkTemplate', problems: [expect.stringContaining('{room}')] }]);
  await request(t.http).put('/api/v1/admin/booking-settings').set(admin()).send({ videoLinkTemplate: 'http://meet.example.org/{room}' }).expect(400);

  const saved = await request(t.http).put('/api/v1/admin/booking-settings').set(admin()).send({ videoLinkTemplate: TEMPLATE }).expect(200);
  expect(saved.body.videoLinkTemplate).toBe(TEMPLATE);
  expect((await request(t.http).get('/api/v1/admin/booking-settings').set(admin()).expect(200)).body.videoLinkTemplate).toBe(TEMPLATE);
});

it('each online appointment has its own link: in the email, the .ics (URL and LOCATION), the parent’s and the teacher’s views; a move keeps it, a cancellation hides it', async () => {
  const eveningId = await publishedEvening(true);
  const parentView = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  expect(parentView.body.online).toBe(true);
  expect(parentView.body.students[0].teachers.every((teacher: { online: boolean }) => teacher.online)).toBe(true);

  const [first, second] = await freeSlots(eveningId, ids.T2);
  const zoe = await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S1, teacherId: ids.T2, slotId: first }).expect(201);
  const liamSlot = (await freeSlots(eveningId, ids.T2)).find((id) => id !== first && id !== second)!;
  const liam = await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S2, teacherId: ids.T2, slotId: liamSlot }).expect(201);
  expect(zoe.body.meetingLink).toMatch(LINK);
  expect(liam.body.meetingLink).toMatch(LINK);
  expect(liam.body.meetingLink).not.toBe(zoe.body.meetingLink);

  const { mail, ics } = await lastMailTo('siobhan@demo-parents.invalid');
  expect(mail.text).toContain(`By video: ${liam.body.meetingLink}`);
  expect(mail.text).not.toContain('Main hall');
  expect(ics).toContain(`URL:${liam.body.meetingLink}`);
  expect(ics).toContain(`LOCATION:${liam.body.meetingLink}`);

  const page = await request(t.http).get(`/api/v1/parent/events/${eveningId}`).set(bearer(siobhan)).expect(200);
  const links = page.body.students.flatMap((s: { appointments: { meetingLink: string }[] }) => s.appointments.map((a) => a.meetingLink)).sort();
  expect(links).toEqual([zoe.body.meetingLink, liam.body.meetingLink].sort());
  const home = await request(t.http).get('/api/v1/parent/appointments').set(bearer(siobhan)).expect(200);
  expect(home.body.map((a: { meetingLink: string }) => a.meetingLink).sort()).toEqual(links);
  const schedule = await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule`).set(bearer(teacherT2)).expect(200);
  expect(schedule.body.map((row: { meetingLink: string }) => row.meetingLink).sort()).toEqual(links);
  const feed = (await request(t.http).get(`/api/v1/teacher/events/${eveningId}/schedule.ics`).set(bearer(teacherT2)).buffer(true).parse((res, cb) => {
    let body = '';
    res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    res.on('end', () => cb(null, body));
  }).expect(200)).body as string;
  expect(feed.replace(/\r\n /g, '')).toContain(`URL:${zoe.body.meetingLink}`);

  const moved = await request(t.http).post(`/api/v1/bookings/${zoe.body.id}/move`).set(bearer(siobhan)).send({ slotId: second }).expect(200);
  expect(moved.body.meetingLink).toBe(zoe.body.meetingLink);
  expect((await lastMailTo('siobhan@demo-parents.invalid')).mail.text).toContain(`By video: ${zoe.body.meetingLink}`);

  const cancelled = await request(t.http).post(`/api/v1/bookings/${zoe.body.id}/cancel`).set(bearer(siobhan)).send({}).expect(200);
  expect(cancelled.body).toMatchObject({ status: 'cancelled', meetingLink: null });
  const cancelMail = await lastMailTo('siobhan@demo-parents.invalid');
  expect(cancelMail.mail.subject).toMatch(/cancelled/i);
  expect(cancelMail.mail.text).not.toContain(zoe.body.meetingLink);
  expect(cancelMail.ics).not.toContain(zoe.body.meetingLink);
  expect((await request(t.http).get(`/api/v1/bookings/${zoe.body.id}`).set(bearer(siobhan)).expect(200)).body.meetingLink).toBeNull();
});

it('a teacher who meets online in an evening held in rooms: booked parents get their links and are told; back in person, the links go', async () => {
  const eveningId = await publishedEvening(false);
  const [slot] = await freeSlots(eveningId, ids.T2);
  const booked = await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S1, teacherId: ids.T2, slotId: slot }).expect(201);
  expect(booked.body.meetingLink).toBeNull();
  expect((await lastMailTo('siobhan@demo-parents.invalid')).mail.text).toContain('Main hall');

  const online = await request(t.http).put(`/api/v1/admin/events/${eveningId}/teachers/${ids.T2}/availability`).set(admin()).send({ online: true }).expect(200);
  const kowalski = online.body.teachers.find((p: { teacherId: string }) => p.teacherId === ids.T2);
  expect(kowalski).toMatchObject({ onlineChoice: true, online: true });
  expect(online.body.teachers.find((p: { teacherId: string }) => p.teacherId === ids.T1)).toMatchObject({ onlineChoice: null, online: false });

  const now = await request(t.http).get(`/api/v1/bookings/${booked.body.id}`).set(bearer(siobhan)).expect(200);
  expect(now.body.meetingLink).toMatch(LINK);
  expect(now.body.sequence).toBe(1);
  const told = await lastMailTo('siobhan@demo-parents.invalid');
  expect(told.mail.subject).toMatch(/^Appointment now by video/);
  expect(told.mail.text).toContain(`By video: ${now.body.meetingLink}`);
  expect(told.ics).toContain('SEQUENCE:1');
  expect(told.ics).toContain(`URL:${now.body.meetingLink}`);
  // A new booking with the teacher is online too; Mrs Smith's stays in the hall.
  const liamWithKowalski = (await freeSlots(eveningId, ids.T2))[2]; // 16:30
  const liam = await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S2, teacherId: ids.T2, slotId: liamWithKowalski }).expect(201);
  expect(liam.body.meetingLink).toMatch(LINK);
  const smithSlot = (await freeSlots(eveningId, ids.T1))[5]; // 16:50
  const withSmith = await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S1, teacherId: ids.T1, slotId: smithSlot }).expect(201);
  expect(withSmith.body.meetingLink).toBeNull();

  await drainOutbox(t);
  const before = t.mailbox.messages.length;
  await request(t.http).put(`/api/v1/admin/events/${eveningId}/teachers/${ids.T2}/availability`).set(admin()).send({ online: false }).expect(200);
  const back = await request(t.http).get(`/api/v1/bookings/${booked.body.id}`).set(bearer(siobhan)).expect(200);
  expect(back.body).toMatchObject({ meetingLink: null, sequence: 2 });
  await drainOutbox(t);
  // Both of Mr Kowalski's meetings (Zoë's and Liam's) are back in the hall; Mrs Smith's was never online.
  const told2 = t.mailbox.messages.slice(before);
  expect(told2.map((m) => m.subject?.replace(/:.*/, '')).sort()).toEqual(['Appointment now in person', 'Appointment now in person']);
  for (const m of told2) {
    expect(m.text).toContain('Main hall');
    expect(m.attachments.find((a) => a.filename === 'appointment.ics')!.content.toString('utf8')).not.toContain('URL:');
  }
});
