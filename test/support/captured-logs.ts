import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type DestinationStream } from 'pino';

/**
 * The full run (`npm test` without arguments) captures every log line of every PTC it starts and
 * every secret the tests use (passwords and tokens sent, signed links and bodies of emails
 * received), so that its last test can check that no secret reached a log. Off when
 * PTC_TEST_CAPTURE_DIR is not set (a single file run).
 */
export const CAPTURE_DIR = process.env.PTC_TEST_CAPTURE_DIR;

export type SecretKind = 'password' | 'token' | 'email-line' | 'link';
export interface CapturedSecret {
  kind: SecretKind;
  value: string;
}

/** Where a PTC's log lines go in a captured run: a file of its own; null when not capturing. */
export function captureLogFile(name: string): string | null {
  if (!CAPTURE_DIR) return null;
  mkdirSync(join(CAPTURE_DIR, 'logs'), { recursive: true });
  return join(CAPTURE_DIR, 'logs', `${name}-${randomUUID()}.log`);
}

/** Every level into the capture file, errors also to standard output (as the tests show them otherwise). */
export function capturedLogDestination(file: string, consoleLevel: pino.Level): DestinationStream {
  return pino.multistream([
    { level: 'trace', stream: pino.destination({ dest: file, sync: true }) },
    { level: consoleLevel, stream: pino.destination({ dest: 1, sync: true }) },
  ]);
}

export function recordSecrets(secrets: CapturedSecret[]): void {
  if (!CAPTURE_DIR || secrets.length === 0) return;
  mkdirSync(join(CAPTURE_DIR, 'secrets'), { recursive: true });
  appendFileSync(join(CAPTURE_DIR, 'secrets', `${process.pid}.jsonl`), secrets.map((s) => `${JSON.stringify(s)}\n`).join(''));
}

const SECRET_FIELD = /password|token|secret/i;
/** What a browser brings back from an identity provider: one-time, but enough to sign in while it lasts. */
const PROVIDER_ANSWER_FIELD = /^(code|state)$/;

/** The secrets a request carries: its bearer token, token path parameters, password, token and secret fields of its body, and an identity provider's code and state. */
export function secretsOfRequest(request: { headers: Record<string, unknown>; params?: unknown; body?: unknown }): CapturedSecret[] {
  const found: CapturedSecret[] = [];
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Bearer ')) found.push({ kind: 'token', value: authorization.slice(7) });
  const walk = (value: unknown, key: string, depth: number) => {
    if (depth > 5 || value === null || value === undefined) return;
    if (typeof value === 'string') {
      if (SECRET_FIELD.test(key)) found.push({ kind: /password/i.test(key) ? 'password' : 'token', value });
      else if (PROVIDER_ANSWER_FIELD.test(key) && value.length >= 20) found.push({ kind: 'token', value });
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key, depth + 1));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1);
  };
  walk(request.params, '', 0);
  walk(request.body, '', 0);
  return found;
}

/** The secrets of an email: its signed links and the lines of its text (long enough to be its own). */
export function secretsOfEmail(text: string): CapturedSecret[] {
  const links = text.match(/https?:\/\/\S+/g) ?? [];
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !/^https?:\/\//.test(line));
  return [...links.map((value) => ({ kind: 'link' as const, value })), ...lines.map((value) => ({ kind: 'email-line' as const, value }))];
}
