import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { RequestContext } from './request-context.js';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** What the request carries for the error filter: its id, once the hook below has run. */
export interface IdentifiedRequest {
  requestId?: string;
}

/** `onRequest` hook: gives every request an id (a caller's X-Request-Id if it is sane) and an ambient context. */
export function enterRequestContext(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const incoming = request.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (request as FastifyRequest & IdentifiedRequest).requestId = requestId;
  reply.header('X-Request-Id', requestId);
  RequestContext.run({ requestId }, done);
}
