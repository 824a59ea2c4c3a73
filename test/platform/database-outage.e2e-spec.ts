import { createServer, Socket, type Server } from 'node:net';
import request from 'supertest';
import { createTestDatabase } from '../support/test-database.js';
import { createOperator, createSchool, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

/** A TCP hop between PTC and its database that the test can cut and restore, as a database restart would. */
class CuttableLink {
  private server?: Server;
  private isUp = false;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    if (this.isUp) return;
    this.isUp = true;
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async down(): Promise<void> {
    if (!this.isUp) return;
    this.isUp = false;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

let t: TestApp;
let link: CuttableLink;
let drop: () => Promise<void>;
let school: SchoolFixture;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  const direct = new URL(database.url);
  link = new CuttableLink({ host: direct.hostname, port: Number(direct.port) });
  await link.up();
  const viaLink = new URL(database.url);
  viaLink.hostname = '127.0.0.1';
  viaLink.port = String(link.port);
  t = await startTestApp({ DATABASE_POOL_MAX: '2' }, { databaseUrl: viaLink.toString() });
  // The test's own client goes through the link too: its cut connection is expected.
  t.db.on('error', () => {});
  school = await createSchool(t, (await createOperator(t)).token, 'outage');
});
afterAll(async () => {
  await link?.up();
  await t?.close();
  await link?.down();
  await drop?.();
});

it('answers 503 SERVICE.UNAVAILABLE with Retry-After while the database is away, never 401 or 500, and recovers by itself', async () => {
  await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${school.adminToken}`).expect(200);
  await link.down();

  for (const res of [
    await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${school.adminToken}`),
    await request(t.http).get('/api/v1/admin/students').set('Authorization', `Bearer ${school.adminToken}`),
    await request(t.http).post('/api/v1/auth/login').send({ school: 'outage', screenName: 'admin', password: 'whatever it is' }),
  ]) {
    expect([res.status, res.body.code]).toEqual([503, 'SERVICE.UNAVAILABLE']);
    expect(res.headers['retry-after']).toBe('5');
  }
  const ready = await request(t.http).get('/health/ready').expect(503);
  expect(ready.body.details.database.status).toBe('down');

  await link.up();
  let status = 0;
  for (let tries = 0; tries < 10 && status !== 200; tries++) {
    status = (await request(t.http).get('/api/v1/auth/me').set('Authorization', `Bearer ${school.adminToken}`)).status;
    if (status !== 200) expect(status).toBe(503);
  }
  expect(status).toBe(200);
  await request(t.http).get('/health/ready').expect(200);
});
