import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_TYPES_FILE, generateApiTypes } from '../../apps/api/src/api-types.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Operation = { operationId?: string; summary?: string; tags?: string[]; responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }> };

let t: TestApp;
let document: OpenAPIObject;
const operations: { where: string; operation: Operation }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  document = (await request(t.http).get('/api/docs/openapi.json').expect(200)).body;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) operations.push({ where: `${method.toUpperCase()} ${path}`, operation });
  }
});
afterAll(async () => {
  await t?.close();
});

it('describes every operation: a stable camelCase operationId, a summary, a tag', () => {
  expect(operations.length).toBeGreaterThan(100);
  const lacking = operations.filter(({ operation: o }) => !/^[a-z][A-Za-z0-9]+$/.test(o.operationId ?? '') || !o.summary || !o.tags?.length).map((o) => o.where);
  expect(lacking).toEqual([]);
  const ids = operations.map((o) => o.operation.operationId);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

it('gives every operation a schema for its success answer and the shared ErrorBody for 4XX and 5XX', () => {
  const problems: string[] = [];
  for (const { where, operation } of operations) {
    const successes = Object.keys(operation.responses).filter((s) => /^2\d\d$/.test(s));
    if (successes.length === 0) problems.push(`${where}: no success response`);
    for (const status of successes) {
      if (status === '204') continue;
      const content = operation.responses[status].content ?? {};
      if (!Object.values(content).some((media) => media.schema)) problems.push(`${where} ${status}: no schema`);
      const json = content['application/json']?.schema;
      if (json && json.type === 'object' && !json.properties && json.additionalProperties === undefined) problems.push(`${where} ${status}: a bare object`);
    }
    for (const status of ['4XX', '5XX']) {
      if (operation.responses[status]?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody') problems.push(`${where}: ${status} is not ErrorBody`);
    }
  }
  expect(problems).toEqual([]);
  expect(document.components?.schemas?.ErrorBody).toMatchObject({ required: ['statusCode', 'code', 'message', 'requestId'] });
});

it('names no property with a bare object type in any schema (unions are declared, not left to reflection)', () => {
  const bare: string[] = [];
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    for (const [property, value] of Object.entries((schema as { properties?: Record<string, Record<string, unknown>> }).properties ?? {})) {
      if (value.type === 'object' && !value.properties && value.additionalProperties === undefined && !value.allOf && !value.$ref) bare.push(`${name}.${property}`);
    }
  }
  expect(bare).toEqual([]);
});

it('marks optional inputs optional (Idempotency-Key, the teacher filter of slot listings)', () => {
  const parameter = (path: string, method: string, name: string) =>
    ((document.paths[path] as Record<string, { parameters?: { name: string; required?: boolean }[] }>)[method].parameters ?? []).find((p) => p.name === name);
  expect(parameter('/api/v1/bookings', 'post', 'Idempotency-Key')?.required).toBe(false);
  const requiredHeaders = ((document.paths['/api/v1/bookings'] as Record<string, { parameters?: { in: string; required?: boolean }[] }>).post.parameters ?? []).filter((p) => p.in === 'header' && p.required);
  expect(requiredHeaders).toEqual([]);
  expect(parameter('/api/v1/admin/events/{id}/slots', 'get', 'teacherId')?.required).toBe(false);
});

it('has committed client types that match what the running app’s document generates (npm run api:types)', async () => {
  const committed = readFileSync(resolve(import.meta.dirname, '../..', API_TYPES_FILE), 'utf8');
  expect(await generateApiTypes(document)).toBe(committed);
});

it('fails an answer with a field the document does not name, or without one it requires', async () => {
  const { ResponseContract } = await import('../support/response-contract.js');
  const contract = new ResponseContract(document);
  const school = { id: '5f0c5a39-5d4e-4c55-9a3c-1f1b3e1c2d3e', name: 'A', slug: 'a-school', timezone: 'Europe/London', status: 'active', licenceActive: true, createdAt: '2026-11-29T00:00:00.000Z' };
  const check = (body: object) => contract.check('get', '/api/v1/school', 200, 'application/json; charset=utf-8', JSON.stringify(body));
  expect(check(school)).toBeNull();
  expect(check({ ...school, undocumented: 1 })).toContain('must NOT have additional properties');
  const { slug: _slug, ...renamed } = { ...school, sign_in: 'a-school' };
  expect(check(renamed)).toContain("must have required property 'slug'");
  // An error answer must be the shared error body.
  expect(contract.check('get', '/api/v1/school', 418, 'application/json', '{}')).toContain("must have required property 'statusCode'");
});
