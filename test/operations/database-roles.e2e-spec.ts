import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';

/**
 * A production database whose login is the tables' owner but not a superuser (issue 19): the
 * migration that brings row-level security cannot give that login the roles it needs, so it stops
 * and says what the database's administrator must run; once they have, PTC migrates and its
 * school work runs as the tenant role.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const suffix = randomBytes(4).toString('hex');
const login = `ptc_owner_${suffix}`;
const password = randomBytes(12).toString('base64url');
const database = `ptc_owned_${suffix}`;
let admin: pg.Client;
let databaseUrl: string;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.PTC_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`create role ${login} login password '${password}'`);
  await admin.query(`create database ${database} owner ${login}`);
  const url = new URL(process.env.PTC_TEST_ADMIN_URL!);
  url.username = login;
  url.password = password;
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
});

afterAll(async () => {
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`drop role if exists ${login}`);
  await admin.end();
});

function migrate() {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/cli/src/main.ts', 'migrate'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

it('stops with the administrator’s statements until the roles are granted, then migrates and puts the policies in place', async () => {
  const refused = migrate();
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain(`needs the roles ptc_tenant and ptc_bypass granted to it`);
  expect(refused.output).toContain(`grant ptc_tenant, ptc_bypass to ${login}`);

  await admin.query(`grant ptc_tenant, ptc_bypass to ${login}`);
  const migrated = migrate();
  expect(migrated.output).not.toContain('needs the roles');
  expect(migrated.status).toBe(0);

  const owned = new pg.Client({ connectionString: databaseUrl });
  await owned.connect();
  try {
    const forced = await owned.query(`select count(*)::int as n from pg_class where relname in ('student', 'appointment') and relrowsecurity and relforcerowsecurity`);
    expect(forced.rows[0].n).toBe(2);
    // The tenant role, without a school, sees none of the logins.
    await owned.query('set role ptc_tenant');
    expect((await owned.query('select count(*)::int as n from app_user')).rows[0].n).toBe(0);
  } finally {
    await owned.end();
  }
}, 180_000);
