import 'reflect-metadata';
import { loadConfig, ormOptions } from '@ptc/platform';

/**
 * MikroORM's configuration for tooling that reads `mikro-orm.config.ts` (the MikroORM CLI, IDE
 * plugins): the same options the application uses (libs/platform ormOptions), with the entities
 * found by file name. The application itself registers entities per module (`forFeature`);
 * test/architecture checks that both see the same set. `npm run cli -- migrate` and
 * `migration:create` are the supported commands; they need no separate configuration.
 */
const config = loadConfig(process.env);

export default ormOptions(config.databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/ptc`, {
  entities: ['./dist/libs/*/src/**/*.{entity,entities}.js'],
  entitiesTs: ['./libs/*/src/**/*.{entity,entities}.ts'],
});
