import request from 'supertest';
import { createPersonLogin, demoSchool, drainOutbox, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * Emails in the reader's language (issue 17, item 12): Siobhán chooses Spanish; the school's
 * language (English, then Spanish) is everyone else's. Dates and zones through Intl in that language.
 */
let t: TestApp;
let school: SchoolFixture;
let siobhan: string;
let eveningId: string;
let ids: Record<string, string>;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const admin = () => bearer(school.adminToken);
const SPANISH_MOMENT = /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de [a-z]+ de \d{4}, \d{1,2}:\d\d/;

beforeAll(async () => {
  t = await startTestApp();
  ({ school, ids } = await demoSchool(t, 'idiomas'));
  siobhan = await createPersonLogin(t, school, 'parent', ids.C1, 'siobhan');
  await createPersonLogin(t, school, 'parent', ids.C2, 'jose');
});
afterAll(async () => {
  await t?.close();
});

const mailsTo = async (address: string, since: number) => {
  await drainOutbox(t);
  return t.mailbox.messages.slice(since).filter((m) => [m.to].flat()[0]?.value[0]?.address === address);
};

it("writes to a parent who chose Spanish in Spanish, with Spanish dates, and to everyone else in the school's language", async () => {
  const chosen = await request(t.http).put('/api/v1/auth/me/language').set(bearer(siobhan)).send({ language: 'es' }).expect(200);
  expect(chosen.body.language).toBe('es');
  expect((await request(t.http).get('/api/v1/auth/me').set(bearer(siobhan)).expect(200)).body.language).toBe('es');
  await request(t.http).put('/api/v1/auth/me/language').set(bearer(siobhan)).send({ language: 'fr' }).expect(400);

  const now = t.clock.now();
  const created = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin())
    .send({
      name: 'Reunión de otoño',
      sessions: [{ date: new Date(now.getTime() + 9 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '17:00' }],
      slotMinutes: 10,
      opensAt: new Date(now.getTime() - 3_600_000).toISOString(),
      closesAt: new Date(now.getTime() + 8 * 86_400_000).toISOString(),
    })
    .expect(201);
  eveningId = created.body.id;
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  await request(t.http).post(`/api/v1/admin/events/${eveningId}/publish`).set(admin()).expect(200);

  const [toSiobhan] = await mailsTo('siobhan@demo-parents.invalid', since);
  expect(toSiobhan.subject).toMatch(new RegExp(`^School idiomas: Reunión de otoño — las reservas abren el ${SPANISH_MOMENT.source}$`));
  expect(toSiobhan.text).toMatch(/^Estimado\/a Ms Siobhán O'Brien:\n/);
  expect(toSiobhan.text).toContain('(hora de Reino Unido)');
  expect(toSiobhan.text).toContain('Inicie sesión en http');
  const [toJose] = await mailsTo('jose@demo-parents.invalid', since);
  expect(toJose.subject).toMatch(/— booking opens [A-Z][a-z]+day, \d+ [A-Z][a-z]+ \d{4} at \d\d:\d\d$/);
  expect(toJose.text).toContain('(United Kingdom Time)');

  // Her booking confirmation and its calendar entry are in Spanish too.
  const slots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T1}`).set(admin()).expect(200);
  const before = t.mailbox.messages.length;
  await request(t.http).post('/api/v1/bookings').set(bearer(siobhan)).send({ eventId: eveningId, studentId: ids.S1, teacherId: ids.T1, slotId: slots.body.items[0].id }).expect(201);
  const [booked] = await mailsTo('siobhan@demo-parents.invalid', before);
  expect(booked.subject).toMatch(new RegExp(`^Cita reservada: Zoë O'Brien con Mrs Anne-Marie Smith, ${SPANISH_MOMENT.source}$`));
  expect(booked.text).toMatch(new RegExp(`  ${SPANISH_MOMENT.source} \\(hora de Reino Unido\\), 10 minutos`));
  expect(booked.text).toContain('Para ver o cancelar esta cita sin iniciar sesión:');
  expect(booked.attachments.find((a) => a.filename === 'appointment.ics')!.content.toString('utf8').replace(/\r\n /g, '')).toContain("SUMMARY:Reunión de familias: Zoë O'Brien con Mrs Anne-Marie Smith");
});

it("writes in the school's language, once the school chooses Spanish, to those who chose none", async () => {
  expect((await request(t.http).get('/api/v1/admin/school-settings').set(admin()).expect(200)).body).toEqual({ language: 'en' });
  await request(t.http).put('/api/v1/admin/school-settings').set(admin()).send({ language: 'de' }).expect(400);
  expect((await request(t.http).put('/api/v1/admin/school-settings').set(admin()).send({ language: 'es' }).expect(200)).body).toEqual({ language: 'es' });
  await drainOutbox(t);
  const since = t.mailbox.messages.length;
  // Kofi has no login: his invitation is in the school's language.
  await request(t.http).post('/api/v1/admin/invitations').set(admin()).send({ contactIds: [ids.C3] }).expect(200);
  const [invitation] = await mailsTo('kofi@demo-parents.invalid', since);
  expect(invitation.subject).toBe('School idiomas: su invitación a PTC');
  expect(invitation.text).toMatch(/Cree su cuenta con este enlace \(sirve una vez, durante \d+ días\):/);
  // José chose nothing: a cancellation by the office reaches him in Spanish now.
  const slots = await request(t.http).get(`/api/v1/admin/events/${eveningId}/slots?teacherId=${ids.T1}`).set(admin()).expect(200);
  const booked = await request(t.http).post('/api/v1/bookings').set(admin()).send({ eventId: eveningId, studentId: ids.S3, teacherId: ids.T1, slotId: slots.body.items[3].id, contactId: ids.C2 }).expect(201);
  await request(t.http).post(`/api/v1/bookings/${booked.body.id}/cancel`).set(admin()).send({ reason: 'La profesora está enferma' }).expect(200);
  const toJose = await mailsTo('jose@demo-parents.invalid', since);
  expect(toJose.map((m) => m.subject?.replace(/:.*/, ''))).toEqual(['Cita reservada', 'Cita cancelada']);
  expect(toJose[1].text).toContain('Motivo indicado: La profesora está enferma');
});
