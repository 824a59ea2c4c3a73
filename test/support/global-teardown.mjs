import pg from 'pg';

export default async function globalTeardown() {
  const adminUrl = process.env.PTC_TEST_ADMIN_URL;
  const template = process.env.PTC_TEST_TEMPLATE_DB;
  if (globalThis.__PTC_TEST_POSTGRES__) {
    await globalThis.__PTC_TEST_POSTGRES__.stop();
    return;
  }
  if (!adminUrl || !template) return;
  // On a shared server (DATABASE_URL), leave nothing behind.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const dbs = await client.query(`select datname from pg_database where datname like 'ptc_t_%' or datname = $1`, [template]);
  for (const { datname } of dbs.rows) await client.query(`drop database if exists "${datname}" with (force)`);
  await client.end();
}
