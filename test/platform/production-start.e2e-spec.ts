import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createTestDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Starts the real server entry point as `npm start` does, with only the given environment. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const productionEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://ptc:unused@127.0.0.1:1/ptc',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  PUBLIC_BASE_URL: 'https://ptc.example',
  PORT: '0',
};

describe('a production start', () => {
  it('refuses a known unsafe JWT secret, naming the variable, before touching the database', () => {
    const { status, output } = start({ ...productionEnv, JWT_SECRET: 'changeme' });
    expect(status).toBe(78);
    expect(output).toContain('PTC refuses to start');
    expect(output).toContain('JWT_SECRET is a known or weak value');
    expect(output).not.toContain('changeme');
  });

  it('refuses a missing JWT secret and a missing database instead of generating or embedding one', () => {
    const { status, output } = start({ NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(status).toBe(78);
    expect(output).toContain('JWT_SECRET is required in production');
    expect(output).toContain('DATABASE_URL is required in production');
    expect(output).toContain('ENCRYPTION_KEYS is required in production');
  });
});

describe('a start that cannot go on', () => {
  const developmentEnv = { NODE_ENV: 'development', SEED_DEMO: 'false', SCHEDULER_ENABLED: 'false', OUTBOX_WORKER_ENABLED: 'false', PORT: '0' };
  const oneLine = (output: string) => {
    expect(output.split('\n').filter((line) => line.startsWith('PTC cannot start:'))).toHaveLength(1);
    expect(output).not.toMatch(/^\s+at /m); // no stack trace
  };

  it('says in one line that the database cannot be reached, without its password, and exits 69', () => {
    const { status, output } = start({ ...developmentEnv, DATABASE_URL: 'postgres://ptc:s3cret-pass@127.0.0.1:1/ptc' });
    expect(status).toBe(69);
    expect(output).toContain('PTC cannot start: the database at 127.0.0.1:1 cannot be reached');
    expect(output).not.toContain('s3cret-pass');
    oneLine(output);
  });

  it('names a TLS file it cannot read, and exits 78', () => {
    const { status, output } = start({ ...developmentEnv, DATABASE_URL: 'postgres://ptc:x@127.0.0.1:1/ptc', TLS_CERT_FILE: '/nonexistent/cert.pem', TLS_KEY_FILE: '/nonexistent/key.pem' });
    expect(status).toBe(78);
    expect(output).toContain('PTC cannot start: cannot read /nonexistent/cert.pem');
    oneLine(output);
  });

  it('says in one line that its port is taken, and exits 69', async () => {
    const database = await createTestDatabase();
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    try {
      const port = String((busy.address() as { port: number }).port);
      const { status, output } = start({ ...developmentEnv, DATABASE_URL: database.url, HOST: '127.0.0.1', PORT: port });
      expect(status).toBe(69);
      expect(output).toContain(`PTC cannot start: port ${port} is already in use on 127.0.0.1`);
      oneLine(output);
    } finally {
      await new Promise((done) => busy.close(done));
      await database.drop();
    }
  });
});
