import { appendFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

/**
 * Every JSON answer the suite receives is checked against the OpenAPI document's schema for its
 * route, method and status. Documented objects are treated as closed (no field the document does
 * not name), so a field added or renamed in code without the document is a failure.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction | string>();
  readonly violations: string[] = [];

  constructor(private readonly document: OpenAPIObject) {
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: prepare(document.components?.schemas ?? {}) } });
  }

  /** Checks answers as Fastify sends them. Off-contract answers are collected, not altered. */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onSend', async (request, reply, payload) => {
      const route = request.routeOptions.url;
      if (!route || !(route.startsWith('/api/v1') || route.startsWith('/health'))) return payload;
      const contentType = String(reply.getHeader('content-type') ?? '');
      const body = contentType.includes('json') && typeof payload === 'string' ? payload : undefined;
      let problem: string | null;
      try {
        problem = this.check(request.method.toLowerCase(), route, reply.statusCode, contentType, body);
      } catch (error) {
        problem = `the document's schema is unusable: ${(error as Error).message}`;
      }
      if (problem) this.violations.push(`${request.method} ${route} → ${reply.statusCode}: ${problem}`);
      if (process.env.PTC_RECORD_RESPONSES && body) {
        appendFileSync(process.env.PTC_RECORD_RESPONSES, JSON.stringify({ method: request.method, route, status: reply.statusCode, body: JSON.parse(body) }) + '\n');
      }
      return payload;
    });
  }

  check(method: string, fastifyRoute: string, status: number, contentType: string, body: string | undefined): string | null {
    const path = fastifyRoute.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation = (this.document.paths[path] as Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }> | undefined)?.[method];
    if (!operation) return 'the route is not in the document';
    const response = operation.responses?.[String(status)] ?? operation.responses?.[`${String(status)[0]}XX`];
    if (!response) return `status ${status} is not documented`;
    if (body === undefined) {
      if (!response.content || status === 204) return null;
      const mediaType = contentType.split(';')[0].trim();
      return mediaType in response.content || Object.keys(response.content).some((m) => m.split(';')[0] === mediaType) ? null : `content type ${mediaType} is not documented`;
    }
    const key = `${method} ${path} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const schema = response.content?.['application/json']?.schema;
      validate = schema ? this.ajv.compile(prepare(schema)) : 'no JSON schema is documented';
      this.validators.set(key, validate);
    }
    if (typeof validate === 'string') return validate;
    if (validate(JSON.parse(body))) return null;
    return this.ajv.errorsText(validate.errors, { separator: '; ' });
  }
}

const DOCUMENT_ID = 'openapi.json';

/** A copy with closed objects and references that point into the document registered with ajv. */
function prepare(schema: object): Schema {
  return closeObjects(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`))) as Schema;
}

/** Objects that list their properties and say nothing of others allow no others. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== 'object') return node;
  const schema = node as Schema;
  for (const [key, value] of Object.entries(schema)) schema[key] = closeObjects(value);
  if (schema.properties && schema.additionalProperties === undefined && !schema.allOf && !schema.oneOf && !schema.anyOf) schema.additionalProperties = false;
  // OpenAPI 3.0's nullable reference (`nullable` beside `allOf: [$ref]`) means "that, or null".
  if (schema.nullable === true && Array.isArray(schema.allOf)) {
    const { allOf, description } = schema;
    return { description, anyOf: [{ type: 'null' }, { allOf }] };
  }
  return schema;
}
