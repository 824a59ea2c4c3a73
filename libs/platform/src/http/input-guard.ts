import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.js';
import { PlatformErrorCodes } from '../errors/error-codes.js';

/** Deeper than any body PTC accepts (a sync snapshot is four levels); deeper input is refused before validation walks it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * What no field of any request may hold, checked once for every route before validation: nesting
 * deeper than MAX_INPUT_DEPTH (class-transformer would overflow the stack), NUL characters
 * (PostgreSQL refuses them in text) and ill-formed Unicode (lone surrogates). Iterative, so the
 * check itself cannot overflow. Returns the first problem's path, or null.
 */
export function inputProblem(value: unknown, root = 'body'): { field: string; problem: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { field: path, problem: 'must not contain NUL characters' };
      if (!current.isWellFormed()) return { field: path, problem: 'must be well-formed Unicode' };
      continue;
    }
    if (!current || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: path, problem: `nests deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\u0000') || !key.isWellFormed()) return { field: path, problem: 'has a key that is not well-formed text' };
      stack.push({ value: child, path: Array.isArray(current) ? `${path}[${key}]` : `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** Fastify preValidation hook: the checks above over the body, the query and the path parameters. */
export function guardInput(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  const found = inputProblem(request.body, 'body') ?? inputProblem(request.query, 'query') ?? inputProblem(request.params, 'path');
  if (!found) return done();
  done(new DomainError('validation', PlatformErrorCodes.validationFailed, 'The request is not valid', [{ field: found.field, problems: [found.problem] }]));
}
