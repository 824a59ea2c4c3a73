import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { TenantStampSubscriber } from './tenant-owned.entity.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations', import.meta.url));

/** The ORM settings shared by the API, the CLI and the MikroORM command-line tool. */
export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    subscribers: [new TenantStampSubscriber()],
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: '!(*.d).{js,ts}',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // One committed snapshot for every database name, written only by migration:create: applying
      // migrations (at start, in tests) must never write into the source tree.
      snapshot: true,
      snapshotName: '.snapshot-ptc',
      snapshotOnMigrate: false,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // Requests fork the EntityManager through the request-context middleware; the global one is off-limits.
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}
