import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, useEmbeddedDatabaseIfUnset, type AppConfig } from '@ptc/platform';
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
if (config.jwt.secretWasGenerated) {
  logger.warn('JWT_SECRET is not set: using a random development secret, so tokens end with this process. Never run production like this.');
}
if (config.encryption.generated) {
  logger.warn('ENCRYPTION_KEYS is not set: using a random development key, so data encrypted now (school exports) is unreadable after a restart.');
}
const embedded = await useEmbeddedDatabaseIfUnset(config, (line) => logger.log(line));
const app = await createApp(config, { migrate: true });

// Seeded (or found) before listening; told after the route lines, where a newcomer sees it.
const demo = config.seedDemo ? ((await seedDemoIfEmpty(app)) ?? (await demoSchool(app))) : null;

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

await app.listen(config.port, config.host);
const baseUrl = `${config.tls ? 'https' : 'http'}://localhost:${config.port}`;
logger.log(`PTC listening on ${baseUrl} (API docs at /api/docs)`);
if (demo) console.log(demoLoginBlock(baseUrl, demo));
