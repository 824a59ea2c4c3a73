import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { findEmailedLink, type EmailedPage } from '../../support/emailed-links.js';
import { SmtpMailbox } from '../../support/smtp-mailbox.js';
import { captureLogFile, recordSecrets, secretsOfRequest } from '../../support/captured-logs.js';

export interface PtcServer {
  baseUrl: string;
  mailbox: SmtpMailbox;
  /** The demo school's shared password, from the start log's closing block. */
  demoPassword: string;
  /** The newest email to this address that satisfies `match`, waiting for the outbox to send it. */
  mailTo(address: string, match?: (mail: ParsedMail) => boolean): Promise<ParsedMail>;
  /** An API call as a client other than the browser (another parent, the school office). */
  api<T>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: T }>;
  token(screenName: string, password?: string): Promise<string>;
  /** A CLI command (`npm run cli -- …`) against this PTC's database; its output. */
  cli(args: string[], env?: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * PTC as `npm start` runs it (embedded PostgreSQL in a throwaway directory, the demo school
 * seeded, the built web app), with email going to a real SMTP server in this process.
 */
export async function startPtc(): Promise<PtcServer> {
  const mailbox = new SmtpMailbox();
  await mailbox.start(0);
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'ptc-web-pg-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const captureFile = captureLogFile('web');
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', '--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PUBLIC_BASE_URL: baseUrl,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_IGNORE_TLS: 'true',
      OUTBOX_POLL_INTERVAL_MS: '200',
      SCHEDULER_ENABLED: 'false',
      // A captured run keeps every level, as JSON lines, for the closing scan for secrets.
      ...(captureFile ? { LOG_FORMAT: 'json', LOG_LEVEL: 'debug' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const captured = captureFile ? createWriteStream(captureFile) : null;
  child.stdout!.on('data', (chunk) => {
    log += chunk;
    captured?.write(chunk);
  });
  child.stderr!.on('data', (chunk) => {
    log += chunk;
    captured?.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + 90_000;
  let demoPassword: string | undefined;
  while (!demoPassword) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`PTC did not start:\n${log}`);
    demoPassword = /Password \(every demo login\): (\S+)/.exec(log)?.[1];
    await new Promise((r) => setTimeout(r, 200));
  }
  const ready = await fetch(`${baseUrl}/health/ready`);
  if (!ready.ok) throw new Error(`PTC is not ready: ${await ready.text()}`);

  recordSecrets([{ kind: 'password', value: demoPassword }]);
  const api = async <T>(method: string, path: string, token?: string, body?: unknown) => {
    recordSecrets(secretsOfRequest({ headers: token ? { authorization: `Bearer ${token}` } : {}, body }));
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  };

  return {
    baseUrl,
    mailbox,
    demoPassword,
    api,
    async token(screenName, password = demoPassword) {
      const res = await api<{ accessToken: string }>('POST', '/api/v1/auth/login', undefined, { school: 'demo', screenName, password });
      if (res.status !== 200) throw new Error(`cannot sign in as ${screenName}: ${res.status}`);
      recordSecrets([{ kind: 'token', value: res.body.accessToken }]);
      return res.body.accessToken;
    },
    async mailTo(address, match = () => true) {
      const until = Date.now() + 15_000;
      for (;;) {
        const found = mailbox.to(address).filter(match);
        if (found.length) return found[found.length - 1];
        if (Date.now() > until) throw new Error(`no email to ${address} arrived`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async cli(args, env = {}) {
      const { execFile } = await import('node:child_process');
      const { promisify } = await import('node:util');
      const { stdout } = await promisify(execFile)(process.execPath, ['--enable-source-maps', '--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', ...args], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'development', EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), ...env },
      });
      return stdout;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await new Promise((resolve) => (captured ? captured.end(resolve) : resolve(undefined)));
      await mailbox.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The one link in an email to a page of PTC under `page`, exactly as written there. */
export function emailedLink(mail: ParsedMail, page: EmailedPage): string {
  return findEmailedLink(mail.text ?? '', page);
}
