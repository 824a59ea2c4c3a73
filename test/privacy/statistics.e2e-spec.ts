import request from 'supertest';
import { StatisticsJob } from '@ptc/privacy';
import { seedBookedSchool, type BookedSchool } from '../support/booked-school.js';
import { asScheduledJob, createOperator, login, postSchool, schoolBody, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
let school: BookedSchool;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const runJob = () => withOrmContext(t, () => asScheduledJob(() => t.app.get(StatisticsJob).run()));
const cellsOf = async (day: string) => (await request(t.http).get(`/api/v1/operator/statistics?from=${day}&to=${day}`).set(bearer(operatorToken)).expect(200)).body.cells;

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2027-03-01T09:00:00Z'));
  operatorToken = (await createOperator(t)).token;
  school = await seedBookedSchool(t, operatorToken, 'stats-london');
  await postSchool(t, operatorToken, schoolBody('stats-newyork', { timezone: 'America/New_York' })).expect(201);
  // Eleven more parents book on the same day (the seed booked one): twelve people behind the figure.
  const admin = bearer(school.adminToken);
  for (let s = 1; s <= 11; s++) {
    const { student, contact } = (await t.db.query(
      `select st.id as student, cl.contact_id as contact from student st join contact_link cl on cl.student_id = st.id where st.school_id = $1 and st.sis_id = $2 order by cl.contact_id limit 1`,
      [school.id, `S${s}`],
    )).rows[0];
    const teachers = (await t.db.query('select teacher_id from teacher_link where student_id = $1 order by teacher_id', [student])).rows.map((r) => r.teacher_id);
    let booked = false;
    for (const teacherId of teachers) {
      const slots = await request(t.http).get(`/api/v1/admin/events/${school.eveningId}/slots?teacherId=${teacherId}`).set(admin).expect(200);
      const free = slots.body.items.find((slot: { appointmentId: string | null }) => !slot.appointmentId);
      if (!free) continue;
      await request(t.http).post('/api/v1/bookings').set(admin).send({ eventId: school.eveningId, studentId: student, teacherId, slotId: free.id, contactId: contact }).expect(201);
      booked = true;
      break;
    }
    expect(booked).toBe(true);
  }
  await login(t, 'stats-london', 'admin');
});
afterAll(async () => {
  await t?.close();
});

it('computes yesterday’s figures per region and never shows a cell behind fewer than 10 people', async () => {
  t.clock.set(new Date('2027-03-02T00:30:00Z'));
  expect(await runJob()).toEqual({ days: 30 });
  const cells = await cellsOf('2027-03-01');
  expect(cells).toEqual(
    expect.arrayContaining([
      { day: '2027-03-01', region: 'Europe/London', metric: 'bookings', value: 12 },
      { day: '2027-03-01', region: 'Europe/London', metric: 'logins', value: null, suppressed: true },
      { day: '2027-03-01', region: 'Europe/London', metric: 'active_schools', value: null, suppressed: true },
      { day: '2027-03-01', region: 'America/New_York', metric: 'active_schools', value: null, suppressed: true },
    ]),
  );
  // Shown or suppressed by the number of people behind each figure, not by the figure itself.
  const people = new Map(
    (await t.db.query("select region, metric, people from daily_statistic where day = '2027-03-01'")).rows.map((r) => [`${r.region}/${r.metric}`, r.people as number]),
  );
  for (const cell of cells as { region: string; metric: string; value: number | null }[]) {
    expect([cell.region, cell.metric, cell.value === null ? 'suppressed' : 'shown']).toEqual([cell.region, cell.metric, people.get(`${cell.region}/${cell.metric}`)! >= 10 ? 'shown' : 'suppressed']);
  }
  expect(cells.length).toBe(people.size);
  await request(t.http).get('/api/v1/operator/statistics?from=2027-03-01&to=2027-03-01').set(bearer(school.adminToken)).expect(403);
  await request(t.http).get('/api/v1/operator/statistics?from=2027-03-01&to=2027-03-01&metric=names').set(bearer(operatorToken)).expect(400);
});

it('keeps the figures when the school’s data is gone, and holds no school id', async () => {
  await t.db.query('delete from appointment_history where school_id = $1', [school.id]);
  await t.db.query('delete from appointment where school_id = $1', [school.id]);
  t.clock.set(new Date('2027-03-03T00:30:00Z'));
  expect(await runJob()).toEqual({ days: 1 }); // only the new yesterday; earlier days are kept as computed
  expect(await cellsOf('2027-03-01')).toEqual(expect.arrayContaining([{ day: '2027-03-01', region: 'Europe/London', metric: 'bookings', value: 12 }]));
  const columns = (await t.db.query("select column_name from information_schema.columns where table_name = 'daily_statistic'")).rows.map((r) => r.column_name);
  expect(columns.sort()).toEqual(['day', 'metric', 'people', 'region', 'value']);
});
