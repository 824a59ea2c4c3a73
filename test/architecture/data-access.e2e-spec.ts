import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Issue 19: each domain module keeps its SQL (raw statements and prepared statements) in its
 * data-access files, `*.queries.ts` (or `*.repository.ts`), so a reviewer audits a module's
 * statements, and their school filters, in one place. Services, jobs and controllers keep the rules
 * and use the ORM or those files. The platform's own pieces (outbox, throttle, usage records, jobs,
 * backups, migrations) each own one table and are not domain modules.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MODULES = ['bookings', 'directory', 'licensing', 'privacy', 'tenancy'];
const DATA_ACCESS_FILE = /\.(queries|repository)\.ts$/;
const RAW_SQL = [/\.execute\s*[<(]/, /\bPreparedStatements?\b/, /\bgetConnection\s*\(/, /\bgetKysely\s*\(/, /\bcreateQueryBuilder\s*\(/, /\.raw\s*\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Lines outside data-access files that run SQL of their own, as `file:line`. */
export function rawSqlOutsideDataAccess(files: { path: string; text: string }[]): string[] {
  return files
    .filter((f) => !DATA_ACCESS_FILE.test(f.path))
    .flatMap((f) => f.text.split('\n').flatMap((line, i) => (RAW_SQL.some((pattern) => pattern.test(line)) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])));
}

it('finds raw SQL in a service and accepts it in a queries file (the check can fail)', () => {
  const statement = "    await this.em.execute('delete from slot where id = ?', [id]);";
  expect(rawSqlOutsideDataAccess([{ path: 'libs/bookings/src/slots/slots.service.ts', text: `class A {\n${statement}\n}` }])).toEqual([`libs/bookings/src/slots/slots.service.ts:2: ${statement.trim()}`]);
  expect(rawSqlOutsideDataAccess([{ path: 'libs/bookings/src/slots/slots.queries.ts', text: statement }])).toEqual([]);
  expect(rawSqlOutsideDataAccess([{ path: 'libs/tenancy/src/a.strategy.ts', text: 'constructor(private readonly statements: PreparedStatements) {}' }])).toHaveLength(1);
});

it('keeps every statement of the domain modules in their data-access files', () => {
  const files = MODULES.flatMap((module) => sourceFiles(join(ROOT, 'libs', module, 'src'))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  expect(files.filter((f) => DATA_ACCESS_FILE.test(f.path)).length).toBeGreaterThan(10);
  expect(rawSqlOutsideDataAccess(files)).toEqual([]);
});
