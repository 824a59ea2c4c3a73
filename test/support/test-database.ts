import { randomBytes } from 'node:crypto';
import pg from 'pg';

type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

async function createDatabase(prefix: string, template?: string): Promise<TestDatabase> {
  const adminUrl = process.env.PTC_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('the jest globalSetup did not run (PTC_TEST_ADMIN_URL is unset)');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/** A database of this test file's own, cloned from the migrated template (a file copy: fast). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.PTC_TEST_TEMPLATE_DB;
  if (!template) throw new Error('the jest globalSetup did not run (PTC_TEST_TEMPLATE_DB is unset)');
  return createDatabase('ptc_t', template);
}

/** An empty database (no schema yet), as a restore target. */
export function createEmptyDatabase(): Promise<TestDatabase> {
  return createDatabase('ptc_r');
}
