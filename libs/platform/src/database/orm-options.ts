import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { TenantStampSubscriber } from './tenant-owned.entity.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations', import.meta.url));

/**
 * Set on every session PTC opens: a prepared statement keeps its one generic plan. In the default
 * mode PostgreSQL compares the generic plan's estimate with the first five custom plans' and, for
 * the rush pages' appointment reads (a family's in an evening, their upcoming ones, a teacher's),
 * went on planning every call anew: 300 custom plans in 300 calls, 220-510 µs a call against
 * 150-235 µs with the generic plan on bench:pages' data (`BENCH_EXPLAIN=1`); under load the
 * parent's evening page took half the database CPU it did. The parameters of PTC's prepared
 * statements are ids, instants and lists of ids, whose values do not change which plan is right;
 * the ORM writes values into its SQL, so its queries have no parameters and are planned as before.
 */
export const SESSION_OPTIONS = '-c plan_cache_mode=force_generic_plan';

/** The ORM settings shared by the API, the CLI and the MikroORM command-line tool. */
export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  const { driverOptions, ...others } = overrides;
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
    driverOptions: { options: SESSION_OPTIONS, ...driverOptions },
    ...others,
  });
}
