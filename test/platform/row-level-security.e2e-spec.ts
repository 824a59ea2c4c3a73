import { MikroORM } from '@mikro-orm/postgresql';
import request from 'supertest';
import { acrossSchools, PreparedStatement, PreparedStatements, runAcrossSchools, runForSchool } from '@ptc/platform';
import { Student } from '../../libs/directory/src/people/person.entities.js';
import { createOperator, demoSchool, startTestApp, TEST_PASSWORD, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

/**
 * Row-level security (issue 19): behind the ORM's tenant filter, PostgreSQL itself shows a school's
 * work only that school's rows, whatever the SQL says: ORM queries with the filter switched off,
 * raw SQL and prepared statements alike; work with no school sees none unless it runs across
 * schools by name.
 */
let t: TestApp;
let riverside: { school: SchoolFixture; ids: Record<string, string> };
let hillside: { school: SchoolFixture; ids: Record<string, string> };

const everyStudent = new PreparedStatement<{ school_id: string }>('test.every_student', 'select school_id from student');

beforeAll(async () => {
  t = await startTestApp();
  const operator = await createOperator(t);
  riverside = await demoSchool(t, 'riverside', operator.token);
  hillside = await demoSchool(t, 'hillside', operator.token);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

/** A unit of work of one school, as a request of that school runs it. */
function inSchool<T>(schoolId: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  return withOrmContext(t, () => runForSchool(schoolId, () => work(t.app.get(MikroORM))));
}

const schoolsIn = (rows: { school_id: string }[]) => [...new Set(rows.map((r) => r.school_id))];

it('holds on every table with a school_id: enabled, forced and with the school policy', async () => {
  const { rows } = await t.db.query(
    `select c.relname, c.relrowsecurity, c.relforcerowsecurity, exists (select from pg_policies p where p.tablename = c.relname and p.policyname = 'school_isolation') as has_policy
       from pg_class c join information_schema.columns col on col.table_name = c.relname and col.table_schema = 'public' and col.column_name = 'school_id'
      where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace order by c.relname`,
  );
  expect(rows.length).toBeGreaterThan(40);
  expect(rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity || !r.has_policy).map((r) => r.relname)).toEqual([]);
});

it("shows a school's work only its own rows, through raw SQL, a prepared statement and the ORM with its filter off", async () => {
  const raw = await inSchool(riverside.school.id, (orm) => orm.em.getConnection().execute<{ school_id: string }[]>('select school_id from student'));
  expect(raw).toHaveLength(5);
  expect(schoolsIn(raw)).toEqual([riverside.school.id]);

  const prepared = await inSchool(hillside.school.id, () => t.app.get(PreparedStatements).rows(everyStudent, []));
  expect(schoolsIn(prepared)).toEqual([hillside.school.id]);

  const orm = await inSchool(riverside.school.id, (o) => o.em.fork().find(Student, {}, { filters: acrossSchools('test: the wall behind the filter') }));
  expect([...new Set(orm.map((s) => s.schoolId))]).toEqual([riverside.school.id]);

  // Inside a transaction as well.
  const inTransaction = await inSchool(hillside.school.id, (o) => o.em.fork().transactional((tx) => tx.getConnection().execute<{ school_id: string }[]>('select school_id from student', [], 'all', tx.getTransactionContext())));
  expect(schoolsIn(inTransaction)).toEqual([hillside.school.id]);
});

it("connects a school's work as ptc_tenant itself, which no statement can turn into a role past the policies", async () => {
  const who = await inSchool(riverside.school.id, (orm) => orm.em.getConnection().execute<{ session_user: string; current_user: string }[]>('select session_user, current_user'));
  expect(who).toEqual([{ session_user: 'ptc_tenant', current_user: 'ptc_tenant' }]);
  const escaped = inSchool(riverside.school.id, (orm) =>
    orm.em.fork().transactional(async (tx) => {
      const run = (sql: string) => tx.getConnection().execute<{ n: number }[]>(sql, [], 'all', tx.getTransactionContext());
      await run('reset role');
      await run(`select set_config('app.school_id', '', true)`);
      return run('select count(*)::int as n from student');
    }),
  );
  expect(await escaped).toEqual([{ n: 0 }]);
  await expect(inSchool(riverside.school.id, (orm) => orm.em.getConnection().execute('set role ptc_bypass'))).rejects.toThrow(/permission denied/);
});

it("keeps one generic plan per prepared statement on every session, the school's and the one across schools", async () => {
  const mode = (orm: MikroORM) => orm.em.getConnection().execute<{ plan_cache_mode: string }[]>('show plan_cache_mode');
  expect(await inSchool(riverside.school.id, mode)).toEqual([{ plan_cache_mode: 'force_generic_plan' }]);
  expect(await withOrmContext(t, () => runAcrossSchools('test: the main login', () => mode(t.app.get(MikroORM))))).toEqual([{ plan_cache_mode: 'force_generic_plan' }]);
});

it("refuses to write a row of another school from a school's work, and to change another school's rows", async () => {
  const writeIntoHillside = inSchool(riverside.school.id, (orm) =>
    orm.em.fork().transactional((tx) =>
      tx.getConnection().execute(`insert into directory_sync_settings (id, school_id, one_roster_org_ids, updated_at) values (gen_random_uuid(), ?, '{}', now())`, [hillside.school.id], 'run', tx.getTransactionContext()),
    ),
  );
  await expect(writeIntoHillside).rejects.toThrow(/row-level security/);
  const renamed = await inSchool(riverside.school.id, (orm) => orm.em.getConnection().execute(`update student set first_name = 'Taken' where school_id = ?`, [hillside.school.id], 'run'));
  expect(renamed).toMatchObject({ affectedRows: 0 });
  expect((await t.db.query(`select count(*)::int as n from student where first_name = 'Taken'`)).rows[0].n).toBe(0);
});

it('fails closed: work with no school sees no school’s rows, unless it says why it works across schools', async () => {
  const orm = t.app.get(MikroORM);
  const everyStudentRaw = () => orm.em.getConnection().execute<{ school_id: string }[]>('select school_id from student');
  expect(await withOrmContext(t, everyStudentRaw)).toEqual([]);
  expect(await withOrmContext(t, () => t.app.get(PreparedStatements).rows(everyStudent, []))).toEqual([]);
  // A write with no school in scope is refused too.
  await expect(withOrmContext(t, () => orm.em.getConnection().execute(`update student set first_name = first_name`, [], 'run'))).resolves.toMatchObject({ affectedRows: 0 });
  const across = await withOrmContext(t, () => runAcrossSchools('test: the named way across schools', everyStudentRaw));
  expect(schoolsIn(across).sort()).toEqual([riverside.school.id, hillside.school.id].sort());
});

it('shows the tenant role nothing without a school, and the pool gives each school its own view in turn', async () => {
  const client = await t.db.query(`select 1`);
  expect(client.rowCount).toBe(1);
  await t.db.query('begin');
  try {
    await t.db.query('set local role ptc_tenant');
    expect((await t.db.query(`select count(*)::int as n from student`)).rows[0].n).toBe(0);
    await t.db.query(`select set_config('app.school_id', $1, true)`, [riverside.school.id]);
    expect((await t.db.query(`select count(*)::int as n from student`)).rows[0].n).toBe(5);
  } finally {
    await t.db.query('rollback');
  }

  // Alternating schools on the same few pooled connections never mixes their rows.
  const views = await Promise.all(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? riverside : hillside).school.id).map(async (schoolId) => ({
      schoolId,
      seen: schoolsIn(await inSchool(schoolId, (orm) => orm.em.getConnection().execute<{ school_id: string }[]>('select school_id from student'))),
    })),
  );
  for (const view of views) expect(view.seen).toEqual([view.schoolId]);
});

it("keeps requests working: a school's admin lists their students, the operator every school", async () => {
  const students = await request(t.http).get('/api/v1/admin/students?limit=50').set('Authorization', `Bearer ${riverside.school.adminToken}`).expect(200);
  expect(students.body.total).toBe(5);
  const operator = await request(t.http).post('/api/v1/auth/login').send({ screenName: 'operator', password: TEST_PASSWORD }).expect(200);
  const schools = await request(t.http).get('/api/v1/operator/schools?limit=50').set('Authorization', `Bearer ${operator.body.accessToken}`).expect(200);
  expect(schools.body.items.map((s: { slug: string }) => s.slug).sort()).toEqual(['hillside', 'riverside']);
});
