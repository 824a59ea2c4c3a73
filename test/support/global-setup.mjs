import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
// Jest loads this file natively (no transform): Node's type stripping reads the helper's TypeScript.
import { enableTenantLogin, startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres.ts';
import { randomBytes } from 'node:crypto';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts one throwaway PostgreSQL for the whole run (or uses DATABASE_URL), migrates a template
 * database with the real `migrate` command, and tells the test files where it is. Each test file
 * then clones the template into a database of its own.
 */
export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ptc-test-pg-'));
    const handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    globalThis.__PTC_TEST_POSTGRES__ = handle;
    adminUrl = handle.url('postgres');
  }
  const template = `ptc_template_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`drop database if exists "${template}"`);
  await client.query(`create database "${template}"`);
  await client.end();

  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', 'migrate'], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: templateUrl.toString() },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  // Every test app's school work connects as ptc_tenant itself (DATABASE_TENANT_URL), as production should.
  const tenantPassword = randomBytes(18).toString('base64url');
  await enableTenantLogin(adminUrl, tenantPassword);
  process.env.PTC_TEST_TENANT_PASSWORD = tenantPassword;
  process.env.PTC_TEST_ADMIN_URL = adminUrl;
  process.env.PTC_TEST_TEMPLATE_DB = template;
}
