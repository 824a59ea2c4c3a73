import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@ptc/platform';
import { buildApiDocument, createApp } from './bootstrap.js';

/**
 * Writes the OpenAPI document of the application as the running service serves it at
 * /api/docs/openapi.json, without a database (nothing is queried): `npm run api:types` generates
 * the web app's typed client from it.
 */
const out = process.argv[2] ?? 'apps/web/src/api/openapi.json';
const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://ptc@127.0.0.1:1/unused', SEED_DEMO: 'false', SCHEDULER_ENABLED: 'false', OUTBOX_WORKER_ENABLED: 'false' });
const app = await createApp(config, { logger: ['error'] });
writeFileSync(out, `${JSON.stringify(buildApiDocument(app), null, 2)}\n`);
await app.close();
console.log(`wrote ${out}`);
