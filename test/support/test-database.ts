import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database of this test file's own, cloned from the migrated template (a file copy: fast). */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.PTC_TEST_ADMIN_URL;
  const template = process.env.PTC_TEST_TEMPLATE_DB;
  if (!adminUrl || !template) throw new Error('the jest globalSetup did not run (PTC_TEST_ADMIN_URL is unset)');
  const name = `ptc_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
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

/** An empty database (no schema yet), as a restore target. */
export async function createEmptyDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.PTC_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('the jest globalSetup did not run (PTC_TEST_ADMIN_URL is unset)');
  const name = `ptc_r_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
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
