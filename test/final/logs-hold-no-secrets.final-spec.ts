import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CapturedSecret } from '../support/captured-logs.js';

/**
 * Run last by `npm test` (issue 19): every log line of every PTC the jest and browser suites
 * started, against every secret those suites used (passwords and tokens they sent, links and text
 * of the emails PTC sent them) and the shapes no log may hold (a JWT or signed link, a bearer
 * header, a password hash).
 */
const dir = process.env.PTC_TEST_CAPTURE_DIR;

const SHAPES: { name: string; pattern: RegExp }[] = [
  { name: 'a JWT or signed link', pattern: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { name: 'a bearer token', pattern: /Bearer\s+[A-Za-z0-9._~+/-]{8,}/i },
  { name: 'a password hash', pattern: /\$argon2id?\$/ },
];

// The development start prints the demo school's password for the person who ran `npm start`,
// on purpose and outside the log records; it is no log line.
const DEMO_BLOCK = /──── PTC demo ────[\s\S]*?──────────────────/g;

/** What of the secrets, or of the forbidden shapes, a log holds: one line per finding, the secret itself cut short. */
export function secretsIn(log: string, secrets: CapturedSecret[]): string[] {
  const found: string[] = [];
  const lines = log.replace(DEMO_BLOCK, '').split('\n');
  for (const { name, pattern } of SHAPES) {
    const at = lines.findIndex((line) => pattern.test(line));
    if (at >= 0) found.push(`${name} on line ${at + 1}`);
  }
  const text = lines.join('\n');
  for (const { kind, value } of secrets) {
    const at = text.indexOf(value);
    if (at >= 0) found.push(`a ${kind} (${value.slice(0, 4)}…) on line ${text.slice(0, at).split('\n').length}`);
  }
  return found;
}

function capturedSecrets(): CapturedSecret[] {
  const unique = new Map<string, CapturedSecret>();
  for (const file of readdirSync(join(dir!, 'secrets'))) {
    for (const line of readFileSync(join(dir!, 'secrets', file), 'utf8').split('\n')) {
      if (!line) continue;
      const secret = JSON.parse(line) as CapturedSecret;
      // A link's last part is its token: found alone too, not only as the whole address.
      const parts = secret.kind === 'link' ? [secret, { kind: 'token' as const, value: secret.value.split('/').pop()!.split('?')[0] }] : [secret];
      // Shorter values (a test's deliberately weak "password") occur by chance in route names and words.
      for (const part of parts) if (part.value.length >= 10) unique.set(part.value, part);
    }
  }
  return [...unique.values()];
}

it('finds a planted secret and each forbidden shape (the scan can fail)', () => {
  const secrets: CapturedSecret[] = [{ kind: 'password', value: 'correct horse battery staple' }];
  expect(secretsIn('{"msg":"ok"}\n{"msg":"login with correct horse battery staple"}', secrets)).toEqual(['a password (corr…) on line 2']);
  expect(secretsIn('{"msg":"Authorization: Bearer abcdefghijkl"}', [])).toEqual(['a bearer token on line 1']);
  expect(secretsIn('{"url":"/appointments/eyJhIjoiNWYwYzVhMzkifQ.b2lkxyzabcdefgh"}', [])).toEqual(['a JWT or signed link on line 1']);
  expect(secretsIn('──── PTC demo ────\nPassword (every demo login): correct horse battery staple\n──────────────────\n', secrets)).toEqual([]);
});

it('no log line of the whole run holds a password, token, signed link or email text the suites used', () => {
  expect(dir).toBeDefined();
  const secrets = capturedSecrets();
  const logs = readdirSync(join(dir!, 'logs'));
  // A capture that caught nothing would pass vacuously.
  expect(logs.filter((f) => f.startsWith('jest-')).length).toBeGreaterThan(50);
  expect(logs.filter((f) => f.startsWith('web-')).length).toBeGreaterThan(0);
  expect(secrets.filter((s) => s.kind === 'password').length).toBeGreaterThan(3);
  expect(secrets.filter((s) => s.kind === 'token').length).toBeGreaterThan(100);
  expect(secrets.filter((s) => s.kind === 'email-line').length).toBeGreaterThan(50);
  let lines = 0;
  const findings: string[] = [];
  for (const file of logs) {
    const log = readFileSync(join(dir!, 'logs', file), 'utf8');
    lines += log.split('\n').length;
    findings.push(...secretsIn(log, secrets).map((finding) => `${file}: ${finding}`));
  }
  expect(lines).toBeGreaterThan(10_000);
  expect(findings).toEqual([]);
}, 300_000);
