import { EventArgs, EventSubscriber } from '@mikro-orm/core';
import { Property } from '@mikro-orm/decorators/legacy';
import { RequestContext } from '../context/request-context.js';

export class TenantScopeMissingError extends Error {
  constructor(entityName: string) {
    super(`No school in scope while touching tenant-owned ${entityName}: run inside a request or runForSchool()`);
    this.name = 'TenantScopeMissingError';
  }
}

/**
 * Base of every table that belongs to one school. Reads, updates and deletes are scoped by the
 * `tenant` filter (see {@link tenantFilter}); inserts take the school from the request context.
 */
export abstract class TenantOwned {
  @Property({ type: 'uuid', fieldName: 'school_id', index: true })
  schoolId!: string;
}

/**
 * Declared on each tenant-owned entity with `@Filter(tenantFilter)`. It fails closed: touching a
 * tenant table without a school in scope is a programming error, not an empty result. Code that
 * legitimately crosses schools (login by slug, operator listings) says so, and why, with
 * `filters: acrossSchools('why')` at the call.
 */
export const tenantFilter = {
  name: 'tenant',
  default: true,
  // The school comes from the request context, not from per-query arguments.
  args: false,
  cond: (_args: unknown, _type: unknown, _em: unknown, _options: unknown, entityName?: string) => {
    const schoolId = RequestContext.schoolId();
    if (!schoolId) throw new TenantScopeMissingError(entityName ?? 'entity');
    return { schoolId };
  },
};

/**
 * The one way past the tenant filter: a query that must cross schools names why. A test lists every
 * use (test/architecture/cross-school.e2e-spec.ts), so each new one is reviewed.
 */
export function acrossSchools(why: string): { tenant: false } {
  if (!why.trim()) throw new Error('a query across schools says why');
  return { tenant: false };
}

/** Stamps the school on new tenant rows and refuses a row aimed at another school. */
export class TenantStampSubscriber implements EventSubscriber {
  beforeCreate(args: EventArgs<unknown>): void {
    const entity = args.entity;
    if (!(entity instanceof TenantOwned)) return;
    const scoped = RequestContext.schoolId();
    if (!entity.schoolId) {
      if (!scoped) throw new TenantScopeMissingError(entity.constructor.name);
      entity.schoolId = scoped;
    } else if (scoped && entity.schoolId !== scoped) {
      throw new Error(`Refusing to write a ${entity.constructor.name} of another school`);
    }
  }
}
