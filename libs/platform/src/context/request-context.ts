import { AsyncLocalStorage } from 'node:async_hooks';

/** `third_party`: a company a school authorised with an API credential (read-only, by scope). */
export type Role = 'operator' | 'school_admin' | 'teacher' | 'parent' | 'third_party';
export const ROLES: readonly Role[] = ['operator', 'school_admin', 'teacher', 'parent', 'third_party'];

/** What a school may let a third party read (each route open to third parties names the scopes that open it). */
export const API_SCOPES = ['bookings:read', 'directory:read', 'schedules:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** The authenticated caller, as the JWT guard established it for this request. */
export interface Principal {
  userId: string;
  /** null for platform operators, who belong to no school. */
  schoolId: string | null;
  role: Role;
  /** The directory record (contact or teacher) this user is, if any. */
  personId: string | null;
  /** False while the school's licence is terminated; always true for operators. */
  licenceActive?: boolean;
  /** The school's IANA timezone, read with the token check: local times in answers need no extra query. */
  schoolTimezone?: string;
  /** A third party's API credential (role `third_party`; `userId` is then the credential's id). */
  credential?: { id: string; name: string; scopes: ApiScope[] };
}

export interface RequestContextStore {
  requestId: string;
  principal?: Principal;
  /**
   * The school whose data this unit of work may touch. Set from the principal for school users;
   * set explicitly by scheduled jobs and recorded operator actions that work on one school.
   */
  schoolId?: string;
  /**
   * Why this unit of work may see every school (an operator's request, a job over every school, a
   * public route before its school is known): the database then answers as the role that passes
   * row-level security. Without it and without a school, a unit of work sees no school's rows.
   */
  acrossSchools?: string;
  /** Work on the schema itself (migrations): the database's own login, past every policy. */
  databaseOwner?: true;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** Ambient per-request state that services and the ORM's tenant filter read. */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestContextStore | undefined {
    return storage.getStore();
  },
  principal(): Principal | undefined {
    return storage.getStore()?.principal;
  },
  schoolId(): string | undefined {
    return storage.getStore()?.schoolId;
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
};

/** Runs fn with the tenant scope of one school, e.g. for a scheduled job working school by school. */
export function runForSchool<T>(schoolId: string, fn: () => T): T {
  const outer = storage.getStore();
  return storage.run({ requestId: outer?.requestId ?? 'job', principal: outer?.principal, schoolId }, fn);
}

/**
 * The one way for work to see every school's rows in PostgreSQL (row-level security's bypass
 * role): work that is about several schools at once says so, and why. A test lists every use.
 */
export function runAcrossSchools<T>(why: string, fn: () => T): T {
  if (!why.trim()) throw new Error('work across schools says why');
  const outer = storage.getStore();
  return storage.run({ requestId: outer?.requestId ?? 'job', principal: outer?.principal, acrossSchools: why }, fn);
}

/** Marks the current request as one that works across schools (set by the guard, for operators and public routes). */
export function markRequestAcrossSchools(why: string): void {
  const store = storage.getStore();
  if (store && !store.schoolId) store.acrossSchools = why;
}

/** Runs fn as the database's own login (migrations create tables, roles and policies). */
export function asDatabaseOwner<T>(fn: () => T): T {
  const outer = storage.getStore();
  return storage.run({ requestId: outer?.requestId ?? 'migration', databaseOwner: true }, fn);
}
