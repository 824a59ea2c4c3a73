import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let dir: string;
let cert: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ptc-tls-'));
  // A throwaway self-signed certificate for localhost, made for this test run only.
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ], { stdio: 'ignore' });
  cert = readFileSync(join(dir, 'cert.pem'));
  t = await startTestApp({ TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') });
  await t.app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function httpsGet(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = t.http.address() as { port: number };
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', servername: 'localhost', port, path, ca: cert }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    }).on('error', reject);
  });
}

it('serves HTTPS with the configured certificate and sends HSTS', async () => {
  const res = await httpsGet('/health/ready');
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
});

it('is verified against that certificate: a client that does not trust it is refused', async () => {
  const { port } = t.http.address() as { port: number };
  await expect(
    new Promise((resolve, reject) => get({ host: '127.0.0.1', servername: 'localhost', port, path: '/health/live' }, resolve).on('error', reject)),
  ).rejects.toThrow(/self-signed|self signed/);
});
