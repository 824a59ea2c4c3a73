import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@ptc/platform';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';
import { buildApiDocument, createApp } from './bootstrap.js';

/**
 * `npm run api:types`: writes the types of the web app's client from the OpenAPI document the
 * service serves at /api/docs/openapi.json, without a database (nothing is queried). With a path
 * argument, writes the document itself there instead.
 */
const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://ptc@127.0.0.1:1/unused', SEED_DEMO: 'false', SCHEDULER_ENABLED: 'false', OUTBOX_WORKER_ENABLED: 'false' });
const app = await createApp(config, { logger: ['error'] });
const document = buildApiDocument(app);
await app.close();
const documentFile = process.argv[2];
if (documentFile) {
  writeFileSync(documentFile, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${documentFile}`);
} else {
  writeFileSync(API_TYPES_FILE, await generateApiTypes(document));
  console.log(`wrote ${API_TYPES_FILE}`);
}
