import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';

type ViewType = Type<unknown> | [Type<unknown>];

export interface OperationDoc {
  /** Stable and camelCase: the generated client's method name. */
  id: string;
  summary: string;
  /** Success status (default 200; 201 creates; 202 accepts background work; 204 says nothing). */
  status?: 200 | 201 | 202 | 204;
  /** The success body's view class (an array in brackets). Omit only with `produces` or status 204. */
  type?: ViewType;
  /** A JSON body whose shape is documented elsewhere (a JSON Schema of its own): described as a free-form object. */
  freeForm?: string;
  /** A success body that is not JSON (CSV, zip, calendar, HTML): its media type, described as a string or file. */
  produces?: string;
  description?: string;
}

/**
 * One decorator per operation: its operationId, summary, success status and the schema of what it
 * answers. The shared error body is added to every operation's 4XX and 5XX by `completeDocument`.
 * The success status is also the one the route answers with, so the document cannot drift from it.
 */
export function Operation(doc: OperationDoc): MethodDecorator {
  const status = doc.status ?? 200;
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    ApiOperation({ operationId: doc.id, summary: doc.summary, description: doc.description }),
    HttpCode(status),
  ];
  if (doc.produces) {
    const binary = !/^text\/|json|calendar|csv/.test(doc.produces);
    decorators.push(
      ApiProduces(doc.produces),
      ApiResponse({ status, description: doc.summary, content: { [doc.produces]: { schema: { type: 'string', ...(binary ? { format: 'binary' } : {}) } } } }),
    );
  } else if (doc.freeForm) {
    decorators.push(ApiResponse({ status, description: doc.summary, content: { 'application/json': { schema: { type: 'object', additionalProperties: true, description: doc.freeForm } } } }));
  } else if (status === 204) {
    decorators.push(ApiResponse({ status, description: doc.summary }));
  } else {
    if (!doc.type) throw new Error(`operation ${doc.id} declares no response type`);
    const [model, isArray] = Array.isArray(doc.type) ? [doc.type[0], true] : [doc.type, false];
    decorators.push(ApiExtraModels(model), ApiResponse({ status, description: doc.summary, type: model, isArray }));
  }
  return applyDecorators(...decorators) as MethodDecorator;
}

const pages = new Map<Type<unknown>, Type<unknown>>();

/** `{items, total}` of a list that can grow (`?limit=&offset=`), as a named schema `<Item>Page`. */
export function PageOf<T>(item: Type<T>): Type<{ items: T[]; total: number }> {
  const known = pages.get(item);
  if (known) return known as Type<{ items: T[]; total: number }>;
  class Page {
    @ApiProperty({ type: item, isArray: true })
    items: T[];

    @ApiProperty({ description: 'How many there are in all, beyond this page too' })
    total: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
  pages.set(item, Page);
  return Page;
}

/** A property whose value is a map from keys to one schema (`Record<string, T>`). */
export function ApiMapProperty(value: Type<unknown> | { type: 'string' | 'number' | 'integer' | 'boolean' }, options: { description?: string; required?: boolean } = {}): PropertyDecorator {
  const additionalProperties = typeof value === 'function' ? { $ref: getSchemaPath(value) } : value;
  const property = (options.required === false ? ApiPropertyOptional : ApiProperty)({ type: 'object', additionalProperties, description: options.description });
  return (target, key) => {
    // A schema named only by reference must be registered on the class that uses it.
    if (typeof value === 'function') ApiExtraModels(value)(target.constructor);
    property(target, key);
  };
}

const ERROR_STATUSES = ['4XX', '5XX'] as const;

/**
 * Adds the shared error body to every operation (its 4XX and 5XX answers) and makes sure the
 * ErrorBody schema is a named component, so clients can type errors once.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ErrorBody ??= errorBodySchema();
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as { responses?: Record<string, unknown> }[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      for (const status of ERROR_STATUSES) {
        operation.responses![status] ??= {
          description: status === '4XX' ? 'The request was refused; `code` says why' : 'PTC failed; quote `requestId`',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
      }
    }
  }
  return document;
}

function errorBodySchema() {
  return {
    type: 'object' as const,
    required: ['statusCode', 'code', 'message', 'requestId'],
    properties: {
      statusCode: { type: 'integer' as const, example: 409 },
      code: { type: 'string' as const, example: 'BOOKING.SLOT_TAKEN', description: 'Stable, machine-readable' },
      message: { type: 'string' as const, description: 'For people; may change' },
      details: { description: 'Per-field problems, rows of a sync, ...' },
      requestId: { type: 'string' as const, description: 'Quote it to support; the same id is in the logs' },
    },
  };
}
