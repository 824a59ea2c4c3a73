import request from 'supertest';
import { generateDirectory } from './directory-factory.js';
import { createPersonLogin, createSchool, type SchoolFixture, type TestApp } from './test-app.js';

export interface BookedSchool extends SchoolFixture {
  eveningId: string;
  appointmentId: string;
  /** Student S0, their first contact C0-0 (with a parent login) and a teacher linked to S0. */
  studentId: string;
  contactId: string;
  teacherId: string;
  parentToken: string;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * A school with every kind of personal data PTC holds: a synced directory, a parent login, an
 * evening, an appointment (with its history and confirmation email in the outbox) and usage records.
 */
export async function seedBookedSchool(t: TestApp, operatorToken: string, slug: string, students = 12): Promise<BookedSchool> {
  const school = await createSchool(t, operatorToken, slug);
  const admin = bearer(school.adminToken);
  await request(t.http).post('/api/v1/admin/sync/json').set(admin).send(generateDirectory(students, 3, 2)).expect(201);
  const one = async (sql: string, params: unknown[]) => (await t.db.query(sql, params)).rows[0];
  const student = await one('select id from student where school_id = $1 and sis_id = $2', [school.id, 'S0']);
  const contact = await one('select contact_id as id from contact_link where school_id = $1 and student_id = $2 order by contact_id limit 1', [school.id, student.id]);
  const teacher = await one('select teacher_id as id from teacher_link where school_id = $1 and student_id = $2 order by teacher_id limit 1', [school.id, student.id]);
  const parentToken = await createPersonLogin(t, school, 'parent', contact.id, `${slug}.parent`);
  const now = t.clock.now().getTime();
  const day = new Date(now + 7 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(admin)
    .send({ name: 'Parents’ evening', sessions: [{ date: day, start: '16:00', end: '17:00' }], slotMinutes: 10, opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 6 * 86_400_000).toISOString() })
    .expect(201);
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(admin).expect(200);
  const slots = await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/slots?teacherId=${teacher.id}`).set(admin).expect(200);
  const booked = await request(t.http)
    .post('/api/v1/bookings')
    .set(bearer(parentToken))
    .send({ eventId: evening.body.id, studentId: student.id, teacherId: teacher.id, slotId: slots.body.items[0].id })
    .expect(201);
  return { ...school, eveningId: evening.body.id, appointmentId: booked.body.id, studentId: student.id, contactId: contact.id, teacherId: teacher.id, parentToken };
}
