import request from 'supertest';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxService } from '@ptc/platform';
import { linkInEmail } from '../support/emailed-links.js';
import { createOperator, drainOutbox, postSchool, schoolBody, startTestApp, withOrmContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;

beforeAll(async () => {
  t = await startTestApp({ OUTBOX_RETRY_BASE_MS: '60000', OUTBOX_MAX_ATTEMPTS: '3' });
  operatorToken = (await createOperator(t)).token;
});
afterAll(async () => {
  await t?.close();
});

const newSchool = (slug: string) =>
  postSchool(t, operatorToken, schoolBody(slug, { technicalContact: { name: 'Siobhán Ó Briain', email: `it@${slug}.example` } })).expect(201);

async function outboxRows() {
  const { rows } = await t.db.query<{ status: string; attempts: number; available_at: Date; last_error: string | null }>(
    'select status, attempts, available_at, last_error from outbox_message order by id',
  );
  return rows;
}

it('writes the welcome email to the outbox with the school, then delivers it over SMTP', async () => {
  await newSchool('mail-one');
  const [row] = await outboxRows();
  expect(row).toMatchObject({ status: 'pending', attempts: 0 });
  expect(t.mailbox.messages).toHaveLength(0);

  expect(await drainOutbox(t)).toBe(1);
  const [mail] = t.mailbox.to('it@mail-one.example');
  expect(mail.subject).toBe('Your PTC school "School mail-one" is ready');
  expect(mail.text).toContain('Hello Siobhán Ó Briain');
  expect(mail.text).toContain('"mail-one"');
  expect(mail.from?.text).toContain('no-reply@ptc.invalid');
  expect((await outboxRows())[0]).toMatchObject({ status: 'done', attempts: 1, last_error: null });

  // The administrator sets their own password with the emailed link, then signs in with it.
  const link = linkInEmail(t, mail.text!, 'reset-password');
  expect(mail.text).toContain('for 7 days');
  const inspected = await request(t.http).get(`/api/v1/auth/password-reset/${link.token}`).expect(200);
  expect(inspected.body).toMatchObject({ school: { slug: 'mail-one' }, screenName: 'admin' });
  await request(t.http).post('/api/v1/auth/password-reset/confirm').send({ token: link.token, newPassword: 'the first login sets this' }).expect(200);
  await request(t.http).post('/api/v1/auth/login').send({ school: 'mail-one', screenName: 'admin', password: 'the first login sets this' }).expect(200);

  // Delivered once: draining again sends nothing more.
  expect(await drainOutbox(t)).toBe(0);
  expect(t.mailbox.to('it@mail-one.example')).toHaveLength(1);
});

it('keeps a message while the SMTP server is down and delivers it after the backoff once it is back', async () => {
  await t.mailbox.stop();
  await newSchool('mail-two');
  expect(await drainOutbox(t)).toBe(1);
  const failed = (await outboxRows())[1];
  expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
  expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
  expect(failed.available_at.getTime()).toBe(t.clock.now().getTime() + 60_000);

  await t.mailbox.start();
  // Not yet due: the backoff holds it back.
  expect(await drainOutbox(t)).toBe(0);
  t.clock.advance(60_000);
  expect(await drainOutbox(t)).toBe(1);
  expect(t.mailbox.to('it@mail-two.example')).toHaveLength(1);
  expect((await outboxRows())[1]).toMatchObject({ status: 'done', attempts: 2 });
});

it('doubles the wait after each failure and gives up after the configured attempts', async () => {
  await t.mailbox.stop();
  await newSchool('mail-three');
  const start = t.clock.now().getTime();
  await drainOutbox(t);
  expect((await outboxRows())[2].available_at.getTime() - start).toBe(60_000);
  t.clock.advance(60_000);
  await drainOutbox(t);
  expect((await outboxRows())[2]).toMatchObject({ status: 'pending', attempts: 2 });
  expect((await outboxRows())[2].available_at.getTime() - t.clock.now().getTime()).toBe(120_000);
  t.clock.advance(120_000);
  await drainOutbox(t);
  expect((await outboxRows())[2]).toMatchObject({ status: 'failed', attempts: 3 });
  await t.mailbox.start();
  t.clock.advance(3_600_000);
  expect(await drainOutbox(t)).toBe(0);
});

it('writes nothing to the outbox when the school could not be created', async () => {
  const before = (await outboxRows()).length;
  await postSchool(t, operatorToken, schoolBody('mail-one')).expect(409);
  // A weak admin password fails after the school row was flushed: the transaction rolls back whole.
  await postSchool(t, operatorToken, schoolBody('weak-password', { admin: { screenName: 'admin', password: 'password' } })).expect(400);
  expect((await outboxRows()).length).toBe(before);
  const { rows } = await t.db.query("select count(*)::int as n from school where slug = 'weak-password'");
  expect(rows[0].n).toBe(0);
});

it('keeps sending emails while heavy work (a whole-school export) is running on its own lane', async () => {
  const outbox = t.app.get(OutboxService);
  let finishHeavy!: () => void;
  const heavyRunning = new Promise<void>((started) => {
    outbox.registerHandler(
      'test-heavy-work',
      () => {
        started();
        return new Promise<void>((resolve) => (finishHeavy = resolve));
      },
      { lane: 'heavy' },
    );
  });
  // The heavy message is older than the email: one queue in order would send the email only after it.
  await withOrmContext(t, async () => {
    outbox.enqueue('test-heavy-work', {});
    await t.app.get(EntityManager).flush();
  });
  await newSchool('mail-during-export');
  const draining = drainOutbox(t);
  await heavyRunning;
  for (let waited = 0; t.mailbox.to('it@mail-during-export.example').length === 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(t.mailbox.to('it@mail-during-export.example').map((m) => m.subject)).toEqual(['Your PTC school "School mail-during-export" is ready']);
  finishHeavy();
  expect(await draining).toBe(2);
  const { rows } = await t.db.query("select status from outbox_message where topic = 'test-heavy-work'");
  expect(rows).toEqual([{ status: 'done' }]);
});

it('sends a burst of emails over one pooled SMTP connection', async () => {
  const before = t.mailbox.connections;
  for (const slug of ['burst-1', 'burst-2', 'burst-3', 'burst-4', 'burst-5']) await newSchool(slug);
  expect(await drainOutbox(t)).toBe(5);
  expect(['burst-1', 'burst-2', 'burst-3', 'burst-4', 'burst-5'].flatMap((slug) => t.mailbox.to(`it@${slug}.example`))).toHaveLength(5);
  // At most one new connection (none when the pool still holds one from before), not one per email.
  expect(t.mailbox.connections - before).toBeLessThanOrEqual(1);
});
