import type { EntityManager } from '@mikro-orm/core';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { runForSchool } from './request-context.js';

/**
 * Runs work for one school outside a request (a job, or a response still streaming after its
 * handler returned): the tenant scope and a fresh ORM context, as a request would have.
 */
export function inSchoolScope<T>(em: EntityManager, schoolId: string, fn: () => Promise<T>): Promise<T> {
  return runForSchool(schoolId, () => OrmRequestContext.create(em, fn));
}
