import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createAppLogger, loadConfig, runAcrossSchools, useEmbeddedDatabaseIfUnset, type AppConfig } from '@ptc/platform';
import { createApp } from './bootstrap.js';
import { demoLoginBlock, demoSchool, seedDemoIfEmpty } from './demo-seed.js';

const logger = new Logger('PTC');

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`PTC refuses to start.\n${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

const config = readConfigOrExit();
// From the first line on, logs have the configured format (JSON lines outside development); the
// application writes through the same logger, so one stream carries every line.
const appLogger = createAppLogger(config);
Logger.overrideLogger(appLogger);
if (config.jwt.secretWasGenerated) {
  logger.warn('JWT_SECRET is not set: using a random development secret, so tokens end with this process. Never run production like this.');
}
if (config.encryption.generated) {
  logger.warn('ENCRYPTION_KEYS is not set: using a random development key, so data encrypted now (school exports) is unreadable after a restart.');
}
/** Where the database is, for a message: host and port only (the URL holds the password). */
function databaseAddress(url: string | undefined): string {
  try {
    const { hostname, port } = new URL(url ?? '');
    return `${hostname}:${port || 5432}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * What a failed start says: one line naming what is wrong, and an exit code (69: a service PTC
 * needs is unavailable; 78: the configuration points at something that is not there).
 */
function startFailure(error: unknown): { line: string; code: number } {
  const e = error as { code?: string; path?: string; port?: number; message?: string };
  const code = e.code ?? /\b(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH)\b/.exec(e.message ?? '')?.[1];
  if (code === 'ENOENT' || code === 'EACCES') return { line: `cannot read ${e.path ?? 'a configured file'} (${code}); check TLS_CERT_FILE and TLS_KEY_FILE`, code: 78 };
  if (code === 'EADDRINUSE') return { line: `port ${config.port} is already in use on ${config.host} (set PORT)`, code: 69 };
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || /connect|database|password authentication/i.test(e.message ?? '')) {
    return { line: `the database at ${databaseAddress(config.databaseUrl)} cannot be reached (${code ?? 'no connection'})`, code: 69 };
  }
  return { line: (e.message ?? String(error)).split('\n')[0], code: 70 };
}

async function orExit<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const { line, code } = startFailure(error);
    console.error(`PTC cannot start: ${line}`);
    await embedded?.stop().catch(() => {});
    process.exit(code);
  }
}

const embedded = await useEmbeddedDatabaseIfUnset(config, (line) => logger.log(line));
const app = await orExit(() => createApp(config, { migrate: true, appLogger }));

// The modules' start-up (event subscriptions among them) before the demo school is made: it
// starts its trial licence through the SchoolCreated event like any new school.
await orExit(() => app.init());
// Seeded (or found) before listening; told after the route lines, where a newcomer sees it.
const demo = config.seedDemo ? await runAcrossSchools('seeding the demo school at start', async () => (await seedDemoIfEmpty(app)) ?? (await demoSchool(app))) : null;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: closing`);
    // No new connections; requests in flight finish; keep-alive connections are closed as soon as
    // they fall idle (rather than after their timeout), so the process exits when the work is done.
    const server = app.getHttpServer() as import('node:http').Server;
    const sweeper = setInterval(() => server.closeIdleConnections(), 100);
    void app
      .close()
      .finally(() => clearInterval(sweeper))
      .then(() => embedded?.stop())
      .then(() => process.exit(0));
  });
}

await orExit(() => app.listen(config.port, config.host));
const baseUrl = `${config.tls ? 'https' : 'http'}://localhost:${config.port}`;
logger.log(`PTC listening on ${baseUrl} (API docs at /api/docs)`);
if (demo) console.log(demoLoginBlock(baseUrl, demo));
