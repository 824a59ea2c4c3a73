import request from 'supertest';
import { PeopleDeleted } from '@ptc/directory';
import { EventBus } from '@ptc/platform';
import { clone, generateDirectory } from '../support/directory-factory.js';
import { createOperator, createSchool, createUser, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let school: SchoolFixture;
let otherSchool: SchoolFixture;

beforeAll(async () => {
  t = await startTestApp();
  const operator = await createOperator(t);
  school = await createSchool(t, operator.token, 'sync-school');
  otherSchool = await createSchool(t, operator.token, 'other-school');
});
afterAll(async () => {
  await t?.close();
});

const sync = (body: unknown, query = '', token = school.adminToken) => {
  t.clock.advance(1000);
  return request(t.http).post(`/api/v1/admin/sync/json${query}`).set('Authorization', `Bearer ${token}`).send(body as object);
};

async function tableCounts(schoolId = school.id) {
  const counts: Record<string, number> = {};
  for (const table of ['student', 'contact', 'teacher', 'contact_link', 'teacher_link']) {
    const { rows } = await t.db.query(`select count(*)::int as n from ${table} where school_id = $1`, [schoolId]);
    counts[table] = rows[0].n;
  }
  return counts;
}

async function directoryState() {
  const { rows } = await t.db.query(
    `select s.sis_id, s.first_name, s.last_name, s.year_label, s.updated_at,
            (select string_agg(c.sis_id || ':' || l.relationship || ':' || c.first_name || ' ' || c.last_name || ':' || coalesce(c.email, ''), ',' order by c.sis_id)
               from contact_link l join contact c on c.id = l.contact_id where l.student_id = s.id) as contacts,
            (select string_agg(te.sis_id || ':' || coalesce(tl.label, ''), ',' order by te.sis_id)
               from teacher_link tl join teacher te on te.id = tl.teacher_id where tl.student_id = s.id) as teachers
       from student s where s.school_id = $1 order by s.sis_id`,
    [school.id],
  );
  return rows;
}

const base = generateDirectory(40, 6, 3);

describe('JSON snapshot sync', () => {
  it('a dry run reports what would change and writes nothing', async () => {
    const res = await sync(base, '?dryRun=true').expect(201);
    expect(res.body).toMatchObject({ outcome: 'dry_run', dryRun: true, totalChanges: 40 + 80 + 6 + 80 + base.teacherLinks.length });
    expect(res.body.counts.students).toEqual({ add: 40, update: 0, delete: 0 });
    expect(res.body.preview.students.add[0]).toEqual(base.students[0]);
    expect(await tableCounts()).toEqual({ student: 0, contact: 0, teacher: 0, contact_link: 0, teacher_link: 0 });
  });

  it('applies a snapshot in full, keeping every spelling exactly', async () => {
    const res = await sync(base).expect(201);
    expect(res.body.outcome).toBe('applied');
    expect(await tableCounts()).toEqual({ student: 40, contact: 80, teacher: 6, contact_link: 80, teacher_link: base.teacherLinks.length });
    const { rows } = await t.db.query('select sis_id, first_name, last_name from student where school_id = $1', [school.id]);
    const stored = new Map(rows.map((r) => [r.sis_id, `${r.first_name}|${r.last_name}`]));
    for (const student of base.students) expect(stored.get(student.sisId)).toBe(`${student.firstName}|${student.lastName}`);
    expect([...stored.values()].filter((name) => /[^\u0000-\u024f]/.test(name)).length).toBeGreaterThan(5);
    // The other school is untouched.
    expect(await tableCounts(otherSchool.id)).toEqual({ student: 0, contact: 0, teacher: 0, contact_link: 0, teacher_link: 0 });
  });

  it('reports zero changes and writes nothing when the same snapshot comes again', async () => {
    const before = await directoryState();
    const res = await sync(base).expect(201);
    expect(res.body.totalChanges).toBe(0);
    expect(await directoryState()).toEqual(before);
  });

  it('updates changed records in place, adds new ones and deletes what is gone', async () => {
    const next = clone(base);
    next.contacts[0].email = 'changed@home.example';
    next.students[1].firstName = 'Renée';
    next.contactLinks[0].relationship = 'guardian';
    next.students.push({ sisId: 'S-new', firstName: 'Nuevo', lastName: 'Alumno', yearLabel: null });
    next.students = next.students.filter((s) => s.sisId !== 'S39');
    next.contactLinks = next.contactLinks.filter((l) => l.studentSisId !== 'S39');
    next.teacherLinks = next.teacherLinks.filter((l) => l.studentSisId !== 'S39');
    const { rows: before } = await t.db.query("select id from student where sis_id = 'S1' and school_id = $1", [school.id]);
    const { rows: gone } = await t.db.query("select id from student where sis_id = 'S39' and school_id = $1", [school.id]);
    const announced: PeopleDeleted[] = [];
    t.app.get(EventBus).subscribe(PeopleDeleted, (event) => void announced.push(event));

    const res = await sync(next).expect(201);
    expect(res.body.counts).toMatchObject({
      students: { add: 1, update: 1, delete: 1 },
      contacts: { add: 0, update: 1, delete: 0 },
      contactLinks: { add: 0, update: 1, delete: 2 },
    });
    const { rows: after } = await t.db.query("select id, first_name from student where sis_id = 'S1' and school_id = $1", [school.id]);
    expect(after).toEqual([{ id: before[0].id, first_name: 'Renée' }]);
    const state = await directoryState();
    expect(state.map((r) => r.sis_id)).toContain('S-new');
    expect(state.map((r) => r.sis_id)).not.toContain('S39');
    expect(state.find((r) => r.sis_id === 'S0').contacts).toContain('C0-0:guardian:');
    // Other modules hear of the deletion, by person id.
    expect(announced.map((e) => ({ schoolId: e.schoolId, kind: e.kind, personIds: e.personIds }))).toEqual([{ schoolId: school.id, kind: 'student', personIds: [gone[0].id] }]);
    // The contacts of the deleted student still exist (they are not the student): only links went.
    expect((await tableCounts()).contact).toBe(80);
  });

  it('refuses a sync that would delete more than half of a kind, unless forced', async () => {
    const truncated = { ...clone(base), students: base.students.slice(0, 10), contactLinks: [], teacherLinks: [] };
    const before = await tableCounts();
    const res = await sync(truncated).expect(409);
    expect(res.body.code).toBe('SYNC.MASS_DELETION');
    expect(res.body.details.kinds.map((k: { kind: string }) => k.kind)).toEqual(['students', 'contactLinks', 'teacherLinks']);
    expect(await tableCounts()).toEqual(before);

    const empty = await sync({}).expect(409);
    expect(empty.body.code).toBe('SYNC.MASS_DELETION');
    expect(await tableCounts()).toEqual(before);
  });

  it('reports every invalid row by file, line, field and reason, and applies nothing', async () => {
    const bad = clone(base);
    bad.students.push({ sisId: '', firstName: 'No', lastName: 'Id', yearLabel: null });
    bad.students.push({ sisId: 'S4', firstName: 'Twin', lastName: 'Id', yearLabel: null });
    bad.contacts[5].email = 'not-an-email';
    bad.contactLinks[7].studentSisId = 'S-unknown';
    bad.teacherLinks[0].teacherSisId = 'T-unknown';
    bad.students.push({ sisId: 'S-extra', firstName: 'New', lastName: 'Person', yearLabel: null });
    const before = await directoryState();
    const res = await sync(bad).expect(422);
    expect(res.body.code).toBe('SYNC.INVALID_ROWS');
    expect(res.body.details.problems).toEqual([
      { file: 'snapshot.json#students', line: 41, field: 'sisId', reason: 'missing: every student needs an SIS id' },
      { file: 'snapshot.json#students', line: 42, field: 'sisId', reason: 'duplicate: the same SIS id is on line 5 of snapshot.json#students' },
      { file: 'snapshot.json#contacts', line: 6, field: 'email', reason: 'not a valid email address' },
      { file: 'snapshot.json#contactLinks', line: 8, field: 'studentSisId', reason: 'no student with this SIS id in the snapshot' },
      { file: 'snapshot.json#teacherLinks', line: 1, field: 'teacherSisId', reason: 'no teacher with this SIS id in the snapshot' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('not-an-email');
    expect(await directoryState()).toEqual(before);
  });

  it('answers a malformed snapshot with a clear 400', async () => {
    const res = await sync({ students: 'everyone' }).expect(400);
    expect(res.body).toMatchObject({ code: 'SYNC.UNREADABLE', message: '"students" must be an array' });
  });

  it('leaves the database as it was when the sync fails half-way', async () => {
    // A trigger that fails the transaction after many rows were already written.
    await t.db.query(`create function fail_on_marker() returns trigger language plpgsql as $$
      begin if new.last_name = 'FAIL-HERE' then raise exception 'simulated crash'; end if; return new; end $$`);
    await t.db.query('create trigger fail_on_marker before insert or update on contact for each row execute function fail_on_marker()');
    try {
      const next = clone(base);
      for (let i = 0; i < 20; i++) next.students.push({ sisId: `S-late-${i}`, firstName: 'Late', lastName: 'Arrival', yearLabel: null });
      next.contacts.push({ sisId: 'C-fail', title: null, firstName: 'Crash', lastName: 'FAIL-HERE', email: null, phone: null });
      next.students[0].firstName = 'Changed';
      const before = await directoryState();
      const res = await sync(next).expect(500);
      expect(res.body.code).toBe('INTERNAL.UNEXPECTED');
      expect(await directoryState()).toEqual(before);
    } finally {
      await t.db.query('drop trigger fail_on_marker on contact; drop function fail_on_marker()');
    }
  });

  it('keeps a report of every sync, newest first', async () => {
    const res = await request(t.http).get('/api/v1/admin/sync/runs?limit=50').set('Authorization', `Bearer ${school.adminToken}`).expect(200);
    expect(res.body.items.map((r: { outcome: string }) => r.outcome)).toEqual(['failed', 'invalid', 'refused', 'refused', 'applied', 'applied', 'applied', 'dry_run']);
    expect(res.body.items[4]).toMatchObject({ source: 'json', dryRun: false, startedBy: school.adminId, counts: { students: { add: 1, update: 1, delete: 1 } } });
    const other = await request(t.http).get('/api/v1/admin/sync/runs').set('Authorization', `Bearer ${otherSchool.adminToken}`).expect(200);
    expect(other.body.total).toBe(0);
  });

  it('is for school admins only', async () => {
    const teacher = await createUser(t, school, 'teacher', 'sync.teacher');
    await sync(base, '', teacher.token).expect(403);
    await request(t.http).get('/api/v1/admin/sync/runs').set('Authorization', `Bearer ${teacher.token}`).expect(403);
  });

  it('refuses names and titles that are not one line, in a sync row and through the API', async () => {
    const bad = clone(base);
    bad.contacts[2].firstName = 'Bob\r\nTables';
    bad.teachers[0].title = 'Dr\tX';
    const res = await sync(bad).expect(422);
    expect(res.body.details.problems).toEqual([
      { file: 'snapshot.json#contacts', line: 3, field: 'firstName', reason: 'not one line: a line break, tab or other control character' },
      { file: 'snapshot.json#teachers', line: 1, field: 'title', reason: 'not one line: a line break, tab or other control character' },
    ]);
    const direct = await request(t.http).post('/api/v1/admin/contacts').set('Authorization', `Bearer ${school.adminToken}`).send({ firstName: 'Bob\r\nTables', lastName: 'X' }).expect(400);
    expect(direct.body.details).toEqual([{ field: 'firstName', problems: ['firstName must be one line, without line breaks, tabs or other control characters'] }]);
  });
});
