import { runForSchool, TenantScopeMissingError } from '@ptc/platform';
import { UsersService } from '@ptc/tenancy';
import { createOperator, createSchool, startTestApp, withOrmContext, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let schoolA: SchoolFixture;
let schoolB: SchoolFixture;

beforeAll(async () => {
  t = await startTestApp();
  const operator = await createOperator(t);
  schoolA = await createSchool(t, operator.token, 'filter-a');
  schoolB = await createSchool(t, operator.token, 'filter-b');
});
afterAll(async () => {
  await t?.close();
});

describe('the tenant filter', () => {
  it('scopes a service’s queries to the school in context, whatever id it is asked for', async () => {
    const users = t.app.get(UsersService);
    const seenFromA = await withOrmContext(t, () => runForSchool(schoolA.id, () => users.list({ limit: 50, offset: 0 })));
    expect(seenFromA.items.map((u) => u.id)).toEqual([schoolA.adminId]);
    await expect(withOrmContext(t, () => runForSchool(schoolA.id, () => users.get(schoolB.adminId)))).rejects.toMatchObject({ code: 'USER.NOT_FOUND' });
  });

  it('fails closed: a tenant-owned query with no school in scope is an error, not every school’s rows', async () => {
    const users = t.app.get(UsersService);
    await expect(withOrmContext(t, () => users.list({ limit: 50, offset: 0 }))).rejects.toBeInstanceOf(TenantScopeMissingError);
  });

});
