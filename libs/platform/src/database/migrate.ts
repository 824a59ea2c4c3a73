import type { IMigrator } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asDatabaseOwner } from '../context/request-context.js';

/** Whatever Nest or MikroORM.init handed out; only these two members are used. */
interface AnyOrm {
  em: EntityManager;
  migrator: IMigrator;
}

/** Any 64-bit constant works; this one spells nothing and collides with nothing of ours. */
const MIGRATION_LOCK_KEY = 72_210_001;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so that several instances
 * starting at once migrate the schema exactly once; the others wait and then find nothing pending.
 */
export async function migrateUnderLock(orm: AnyOrm, log: (line: string) => void = () => {}): Promise<string[]> {
  // A transaction-level lock on its own connection: released by the commit, even if this process dies.
  // As the database's own login: migrations create the tables, and the roles and policies of row-level security.
  return asDatabaseOwner(() => orm.em.fork().transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK_KEY], 'get', tx.getTransactionContext());
    const migrator = orm.migrator;
    const pending = await migrator.getPending();
    if (pending.length === 0) return [];
    log(`applying ${pending.length} migration(s): ${pending.map((m) => m.name).join(', ')}`);
    const applied = await migrator.up();
    return applied.map((m) => m.name);
  }));
}
