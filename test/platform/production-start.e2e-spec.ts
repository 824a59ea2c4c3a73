import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
