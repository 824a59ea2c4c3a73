import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOperator, createSchool, startTestApp, type TestApp } from '../support/test-app.js';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string; allOf?: Schema[]; format?: string; example?: unknown };

let t: TestApp;
let document: OpenAPIObject;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  document = (await request(t.http).get('/api/docs/openapi.json').expect(200)).body;
  tokens.operator = (await createOperator(t)).token;
  tokens.admin = (await createSchool(t, tokens.operator, 'fuzzed')).adminToken;
});
afterAll(async () => {
  await t?.close();
});

function resolve(schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(document.components!.schemas![schema.$ref.split('/').pop()!] as Schema);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
  return schema;
}

/** A body shaped like the operation's schema, every leaf replaced by `bad(leaf)`. */
function shaped(schema: Schema | undefined, bad: (leaf: Schema) => unknown, depth = 0): unknown {
  const s = resolve(schema);
  if (!s || depth > 4) return bad({});
  if (s.type === 'array') return [shaped(s.items, bad, depth + 1)];
  if (s.type === 'object' || s.properties) return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, shaped(v, bad, depth + 1)]));
  return bad(s);
}

const SHAPES: { name: string; leaf: (leaf: Schema) => unknown }[] = [
  // One kind of bad value at a time, the others plausible, so that each reaches its own check.
  { name: 'impossible dates', leaf: (s) => (s.type === 'integer' || s.type === 'number' ? 1 : s.type === 'boolean' ? true : '2026-02-30') },
  { name: 'numbers past the columns', leaf: (s) => (s.type === 'integer' || s.type === 'number' ? 2 ** 40 : s.type === 'boolean' ? true : exampleOrDate(s)) },
  { name: 'numbers beyond any integer', leaf: (s) => (s.type === 'integer' || s.type === 'number' ? 1e300 : '9'.repeat(40)) },
  { name: 'NUL characters', leaf: () => 'a\u0000b' },
  { name: 'wrong types', leaf: (s) => (s.type === 'string' ? { not: 'a string' } : 'not a number') },
];

/** A plausible string for a leaf: its example, or a date (many fields want one). */
const exampleOrDate = (s: Schema) => (typeof s.example === 'string' ? s.example : '2026-01-01');

const QUERIES = ['offset=99999999999999999999', 'limit=99999999999999999999', 'offset=-1', 'q=%00', 'from=2026-13-45&to=2026-02-30', 'teacherId=not-a-uuid&status=nope'];

it('answers bad input on every operation with a 4xx and the error body, never a 5xx', async () => {
  const failures: string[] = [];
  let sent = 0;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>)) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      for (const token of [tokens.admin, tokens.operator]) {
        const attempts: { what: string; send: () => request.Test }[] = [
          ...QUERIES.map((query) => ({ what: `?${query}`, send: () => (request(t.http) as unknown as Record<string, (u: string) => request.Test>)[method](`${url}?${query}`) })),
          { what: 'a path id that is not a UUID', send: () => (request(t.http) as unknown as Record<string, (u: string) => request.Test>)[method](path.replace(/\{[^}]+\}/g, 'x'.repeat(300))) },
          ...(schema ? SHAPES.map((shape) => ({ what: shape.name, send: () => (request(t.http) as unknown as Record<string, (u: string) => request.Test>)[method](url).send(shaped(schema, shape.leaf) as object) })) : []),
        ];
        for (const attempt of attempts) {
          const res = await attempt.send().set('Authorization', `Bearer ${token}`);
          sent += 1;
          if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} (${attempt.what}) → ${res.status}`);
          else if (res.status >= 400 && res.headers['content-type']?.includes('json') && !res.body.code) failures.push(`${method.toUpperCase()} ${path} (${attempt.what}) → ${res.status} without the error body`);
        }
      }
    }
  }
  expect(sent).toBeGreaterThan(1000);
  expect(failures).toEqual([]);
}, 120_000);
