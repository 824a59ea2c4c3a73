import { EntityManager, UniqueConstraintViolationException, type PostgreSqlConnection } from '@mikro-orm/postgresql';
import { PreparedStatement, PreparedStatements } from '@ptc/platform';
import { startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let statements: PreparedStatements;

const insertScratch = new PreparedStatement<{ id: number }>('test.insert_scratch', 'insert into prepared_scratch (id, label) values ($1, $2) returning id');
const scratchLabel = new PreparedStatement<{ label: string }>('test.scratch_label', 'select label from prepared_scratch where id = $1');
const scratchIds = new PreparedStatement<{ id: number }>('test.scratch_ids', 'select id from prepared_scratch where id = $1 or id = $1 + 1 order by id');

/** Counts the connections the application's pool opens while `work` runs. */
async function connectionsOpenedDuring(work: () => Promise<void>): Promise<number> {
  const pool = await (t.app.get(EntityManager).getConnection() as PostgreSqlConnection).getNativeClient();
  let opened = 0;
  const count = () => (opened += 1);
  pool.on('connect', count);
  try {
    await work();
  } finally {
    pool.off('connect', count);
  }
  return opened;
}

beforeAll(async () => {
  t = await startTestApp();
  statements = t.app.get(PreparedStatements);
  await t.db.query('create table prepared_scratch (id int primary key, label text not null)');
});
afterAll(async () => {
  await t?.close();
});

const labelsIn = new PreparedStatement<{ label: string }>('test.labels_in', 'select label from prepared_scratch where label = any($1::text[]) order by label');

describe('prepared statements', () => {
  it('take an array parameter alike in and out of a transaction, whatever its text', async () => {
    const awkward = ['Year 7', 'say "hi", {braces}', 'back\\slash'];
    for (const [i, label] of awkward.entries()) await statements.rows(insertScratch, [100 + i, label]);
    const expected = [...awkward].sort().map((label) => ({ label }));
    expect(await statements.rows(labelsIn, [awkward])).toEqual(expected);
    const inTransaction = await withOrmContext(t, () => t.app.get(EntityManager).transactional(() => statements.rows(labelsIn, [awkward])));
    expect(inTransaction).toEqual(expected);
    await t.db.query('delete from prepared_scratch where id >= 100');
  });

  it('run with positional parameters, a number used twice', async () => {
    await statements.rows(insertScratch, [1, 'one']);
    await statements.rows(insertScratch, [2, 'two']);
    expect(await statements.rows(scratchIds, [1])).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await statements.rows(scratchLabel, [2])).toEqual([{ label: 'two' }]);
  });

  it("answer a constraint violation with the ORM's exception and keep the connection (a rush's 409s must not reconnect)", async () => {
    await Promise.all([1, 2, 3, 4, 5].map(() => statements.rows(scratchLabel, [1])));
    const opened = await connectionsOpenedDuring(async () => {
      for (let i = 0; i < 10; i++) {
        await expect(statements.rows(insertScratch, [1, 'again'])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
        expect(await statements.rows(scratchLabel, [1])).toEqual([{ label: 'one' }]);
      }
      await expect(statements.rows(insertScratch, [1, 'again'])).rejects.toThrow(/prepared_scratch_pkey/);
    });
    expect(opened).toBe(0);
  });

  it("join the current context's transaction, and roll back with it", async () => {
    const em = t.app.get(EntityManager);
    await expect(
      withOrmContext(t, () =>
        em.transactional(async () => {
          await statements.rows(insertScratch, [10, 'inside']);
          expect(await statements.rows(scratchLabel, [10])).toEqual([{ label: 'inside' }]);
          throw new Error('changed my mind');
        }),
      ),
    ).rejects.toThrow('changed my mind');
    expect((await t.db.query('select count(*)::int as n from prepared_scratch where id = 10')).rows[0].n).toBe(0);

    await withOrmContext(t, () => em.transactional(() => statements.rows(insertScratch, [11, 'committed'])));
    expect((await t.db.query('select label from prepared_scratch where id = 11')).rows).toEqual([{ label: 'committed' }]);
  });

  it('survive a column changing type under a running instance (a rolling deploy)', async () => {
    // Prepared on every pooled connection first, so the change meets a cached plan wherever the next call lands.
    await Promise.all([1, 2, 3, 4, 5].map(() => statements.rows(scratchLabel, [1])));
    await t.db.query('alter table prepared_scratch alter column label type varchar(100)');
    const labels = await Promise.all([1, 2, 3, 4, 5].map(() => statements.rows(scratchLabel, [2])));
    expect(labels).toEqual(Array(5).fill([{ label: 'two' }]));
  });

  it('refuse two different statements under one name', () => {
    expect(() => new PreparedStatement('test.scratch_label', 'select 1')).toThrow(/Two different prepared statements are named test.scratch_label/);
    expect(() => new PreparedStatement('test.scratch_label', 'select label from prepared_scratch where id = $1')).not.toThrow();
  });
});
