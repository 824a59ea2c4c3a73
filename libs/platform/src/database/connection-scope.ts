import type pg from 'pg';
import { RequestContext } from '../context/request-context.js';

/** The role a school's work runs as: no BYPASSRLS, not the tables' owner; sees one school's rows. */
export const TENANT_ROLE = 'ptc_tenant';
/** The role of work across schools (operators, public routes before their school is known, jobs over every school): passes row-level security. */
export const BYPASS_ROLE = 'ptc_bypass';
/** `set role none`: back to the login itself (migrations). */
const OWNER_ROLE = 'none';

export interface ConnectionScope {
  role: string;
  schoolId: string;
}

/**
 * What a connection must be set to for the unit of work calling: its school; every school when it
 * says why (runAcrossSchools); otherwise the tenant role with no school, which sees no school's rows.
 */
export function wantedScope(): ConnectionScope {
  const store = RequestContext.current();
  if (store?.databaseOwner) return { role: OWNER_ROLE, schoolId: '' };
  if (store?.schoolId) return { role: TENANT_ROLE, schoolId: store.schoolId };
  return store?.acrossSchools ? { role: BYPASS_ROLE, schoolId: '' } : { role: TENANT_ROLE, schoolId: '' };
}

const SCOPE = Symbol('ptc.connectionScope');
type ScopedClient = pg.PoolClient & { [SCOPE]?: string };

/**
 * Sets the connection's role and `app.school_id` (what the row-level security policies compare
 * `school_id` with) for the session, only when they differ from what the connection was last set
 * to: within one school's rush a connection keeps its scope and costs nothing more.
 */
export async function applyScope(client: pg.PoolClient, scope: ConnectionScope): Promise<void> {
  const scoped = client as ScopedClient;
  const key = `${scope.role}\n${scope.schoolId}`;
  if (scoped[SCOPE] === key) return;
  scoped[SCOPE] = undefined;
  await client.query({
    name: 'ptc.connection_scope',
    text: `select set_config('role', $1, false), set_config('app.school_id', $2, false)`,
    values: [scope.role, scope.schoolId],
  });
  scoped[SCOPE] = key;
}

type Connect = pg.Pool['connect'];
type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * Every connection the pool hands out (to the ORM, raw SQL and prepared statements alike) is first
 * scoped to the unit of work that asked for it. The scope is read when the connection is asked
 * for: a connection freed by another request arrives in that request's async context.
 *
 * With `tenantUrl` (DATABASE_TENANT_URL), a school's work gets its connection from a second pool
 * that logs in as `ptc_tenant` itself: only `app.school_id` is set there, and no statement can
 * switch that session to a role that passes the policies. Work across schools and migrations keep
 * the main login's pool.
 */
export function scopeConnectionsOf(pool: pg.Pool, tenantUrl?: string): void {
  const PoolOfPg = pool.constructor as typeof pg.Pool;
  const tenantPool = tenantUrl ? new PoolOfPg({ ...(pool as unknown as { options: pg.PoolConfig }).options, connectionString: tenantUrl }) : undefined;
  // Like the main pool's: a server dropping an idle connection must not end the process.
  tenantPool?.on('error', () => {});
  const ownConnect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const tenantConnect = tenantPool ? (tenantPool.connect.bind(tenantPool) as () => Promise<pg.PoolClient>) : undefined;

  const scoped = async (): Promise<pg.PoolClient> => {
    const wanted = wantedScope();
    // On the tenant login the session already is ptc_tenant: 'none' keeps it so.
    const [connect, scope] = tenantConnect && wanted.role === TENANT_ROLE ? [tenantConnect, { role: OWNER_ROLE, schoolId: wanted.schoolId }] : [ownConnect, wanted];
    const client = await connect();
    try {
      await applyScope(client, scope);
      return client;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  };
  // pg's own pool.query() asks with a callback.
  const scopedConnect = (callback?: ConnectCallback): Promise<pg.PoolClient> | void => {
    if (!callback) return scoped();
    scoped().then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
  };
  pool.connect = scopedConnect as Connect;
  if (tenantPool) {
    const end = pool.end.bind(pool);
    pool.end = (async () => {
      await tenantPool.end();
      await end();
    }) as pg.Pool['end'];
  }
}
