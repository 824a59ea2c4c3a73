import 'reflect-metadata';
import { createServer, type AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LogLevel } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import pg from 'pg';
import request from 'supertest';
import { FixedClock, loadConfig, OutboxService, runAcrossSchools, runForSchool, tenantUrlOf, UsageRecorder, type AppConfig } from '@ptc/platform';
import { UsersService } from '@ptc/tenancy';
import { buildApiDocument, createApp } from '../../apps/api/src/bootstrap.js';
import { DEMO_DIRECTORY } from '../../apps/api/src/demo-directory.js';
import { ResponseContract } from './response-contract.js';
import { createTestDatabase } from './test-database.js';
import { SmtpMailbox } from './smtp-mailbox.js';
import { captureLogFile, capturedLogDestination, recordSecrets, secretsOfRequest } from './captured-logs.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: Server;
  config: AppConfig;
  clock: FixedClock;
  mailbox: SmtpMailbox;
  /** A plain connection to this file's database, for asserting what was written. */
  db: pg.Client;
  close: () => Promise<void>;
}

/**
 * The real application on a database of its own and a real SMTP server on loopback. Background
 * timers (outbox worker) are off so tests drive them explicitly; time is a FixedClock.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string; logTo?: DestinationStream; logLevels?: LogLevel[] } = {},
): Promise<TestApp> {
  // A second instance on the same database (several-instances tests) shares it but does not own it.
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const mailbox = new SmtpMailbox();
  await mailbox.start(0);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    ...(process.env.PTC_TEST_TENANT_PASSWORD ? { DATABASE_TENANT_URL: tenantUrlOf(database.url, process.env.PTC_TEST_TENANT_PASSWORD) } : {}),
    DATABASE_POOL_MAX: '5',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    SMTP_IGNORE_TLS: 'true',
    OUTBOX_WORKER_ENABLED: 'false',
    OUTBOX_RETRY_BASE_MS: '1000',
    SEED_DEMO: 'false',
    SCHEDULER_ENABLED: 'false',
    // A stand-in build of the web app: the API's tests do not depend on building it.
    WEB_DIST_DIR: 'test/support/web-dist',
    ...env,
  });
  const clock = new FixedClock(new Date());
  const consoleLevels: LogLevel[] = process.env.PTC_TEST_LOG ? ['error', 'warn', 'log'] : ['error'];
  // A captured run keeps every level of every app in a file for the closing scan for secrets.
  const captureFile = options.logTo ? null : captureLogFile('jest');
  const app = await createApp(config, {
    clock,
    logTo: captureFile ? capturedLogDestination(captureFile, process.env.PTC_TEST_LOG ? 'info' : 'error') : options.logTo,
    logger: options.logLevels ?? (captureFile ? ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] : consoleLevels),
  });
  if (captureFile) {
    app.getHttpAdapter().getInstance().addHook('preHandler', (request, _reply, done) => {
      recordSecrets(secretsOfRequest(request));
      done();
    });
  }
  const contract = new ResponseContract(buildApiDocument(app));
  contract.attach(app.getHttpAdapter().getInstance());
  await app.init();
  // Fastify compiles its routes' hooks when ready (listen() would wait for it; supertest does not).
  await app.getHttpAdapter().getInstance().ready();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  return {
    app,
    http: app.getHttpServer() as Server,
    config,
    clock,
    mailbox,
    db,
    close: async () => {
      await app.close();
      await db.end();
      await mailbox.stop();
      await database.drop();
      if (contract.violations.length) {
        throw new Error(`answers that the OpenAPI document does not describe:\n${[...new Set(contract.violations)].join('\n')}`);
      }
    },
  };
}

/** A job's work called directly, as the scheduler runs it (JobRunner): across schools, each school scoped where it works on one. */
export function asScheduledJob<T>(fn: () => Promise<T>): Promise<T> {
  return runAcrossSchools('test: a job called as the scheduler calls it', fn);
}

/** Runs fn with a MikroORM context, as a request or job would have. */
export function withOrmContext<T>(t: TestApp, fn: () => Promise<T>): Promise<T> {
  return OrmRequestContext.create(t.app.get(MikroORM).em, fn);
}

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createOperator(t: TestApp, screenName = 'operator'): Promise<{ token: string }> {
  await withOrmContext(t, () => runAcrossSchools('test: an operator, who belongs to no school', () => t.app.get(UsersService).createInSchool(null, 'operator', screenName, TEST_PASSWORD)));
  const res = await request(t.http).post('/api/v1/auth/login').send({ screenName, password: TEST_PASSWORD }).expect(200);
  return { token: res.body.accessToken };
}

export interface SchoolFixture {
  id: string;
  slug: string;
  adminToken: string;
  adminId: string;
}

/** A valid body for POST /operator/schools; tests override what they are about. */
export function schoolBody(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    name: `School ${slug}`,
    slug,
    timezone: 'Europe/London',
    technicalContact: { name: 'Tech Person', email: `tech@${slug}.example` },
    financeContact: { name: 'Finance Person', email: `finance@${slug}.example`, phone: '+44 20 7946 0000' },
    admin: { screenName: 'admin', password: TEST_PASSWORD },
    ...overrides,
  };
}

export function postSchool(t: TestApp, operatorToken: string, body: object) {
  return request(t.http).post('/api/v1/operator/schools').set('Authorization', `Bearer ${operatorToken}`).send(body);
}

export async function createSchool(t: TestApp, operatorToken: string, slug: string): Promise<SchoolFixture> {
  const res = await postSchool(t, operatorToken, schoolBody(slug)).expect(201);
  const adminToken = await login(t, slug, 'admin');
  return { id: res.body.school.id, slug, adminToken, adminId: res.body.admin.id };
}

export async function createUser(t: TestApp, school: SchoolFixture, role: 'school_admin' | 'teacher' | 'parent', screenName: string) {
  const res = await request(t.http)
    .post('/api/v1/admin/users')
    .set('Authorization', `Bearer ${school.adminToken}`)
    .send({ screenName, role, password: TEST_PASSWORD })
    .expect(201);
  return { id: res.body.id as string, token: await login(t, school.slug, screenName) };
}

export async function login(t: TestApp, school: string | undefined, screenName: string, password = TEST_PASSWORD): Promise<string> {
  const res = await request(t.http).post('/api/v1/auth/login').send({ school, screenName, password }).expect(200);
  return res.body.accessToken;
}

export async function flushUsage(t: TestApp): Promise<void> {
  await t.app.get(UsageRecorder).flush();
}

/**
 * A loopback port free right now (the kernel's choice), for a child process to listen on. A port
 * picked at random could be one the kernel has just given to an outgoing connection.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts listening on a free loopback port (needed for many parallel requests) and returns its URL. */
export async function listen(t: TestApp): Promise<string> {
  if (!t.http.listening) await t.app.listen(0, '127.0.0.1');
  const { port } = t.http.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

/** A login for a directory person (what accepting an invitation gives), made directly. */
export async function createPersonLogin(t: TestApp, school: SchoolFixture, role: 'parent' | 'teacher', personId: string, screenName: string): Promise<string> {
  await withOrmContext(t, () => runForSchool(school.id, () => t.app.get(UsersService).createInSchool(school.id, role, screenName, TEST_PASSWORD, personId)));
  return login(t, school.slug, screenName);
}

export async function drainOutbox(t: TestApp): Promise<number> {
  return t.app.get(OutboxService).drain();
}

/** A supertest parser that keeps a binary response (a zip) as a Buffer. */
export function binaryBody(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** A new school with the demo directory (DEMO_DIRECTORY) and its people's ids by SIS id (S1, C1, T1, ...). */
export async function demoSchool(t: TestApp, slug: string, operatorToken?: string): Promise<{ school: SchoolFixture; ids: Record<string, string> }> {
  const school = await createSchool(t, operatorToken ?? (await createOperator(t)).token, slug);
  await request(t.http).post('/api/v1/admin/sync/json').set({ Authorization: `Bearer ${school.adminToken}` }).send(DEMO_DIRECTORY).expect(201);
  const ids: Record<string, string> = {};
  for (const table of ['student', 'contact', 'teacher']) {
    for (const row of (await t.db.query(`select id, sis_id from ${table} where school_id = $1`, [school.id])).rows) ids[row.sis_id] = row.id;
  }
  return { school, ids };
}
