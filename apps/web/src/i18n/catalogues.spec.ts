import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Catalogue = { [key: string]: string | Catalogue };
const read = (language: string): Catalogue => JSON.parse(readFileSync(join(import.meta.dirname, `${language}.json`), 'utf8'));

function keys(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function value(catalogue: Catalogue, key: string): string | undefined {
  // Keys may contain dots themselves (error codes such as BOOKING.SLOT_TAKEN): walk the nesting first.
  const [head, ...rest] = key.split('.');
  const next = catalogue[head];
  if (next === undefined) return typeof catalogue[key] === 'string' ? (catalogue[key] as string) : undefined;
  return typeof next === 'string' ? (rest.length ? undefined : next) : value(next, rest.join('.'));
}

const en = read('en');
const es = read('es');
// The words of pages loaded on demand, loaded with those pages.
const staffEn = read('staff.en');
const staffEs = read('staff.es');
const pagesEn = read('pages.en');
const pagesEs = read('pages.es');

it('has every English key in Spanish and no Spanish key that English lacks', () => {
  expect(keys(es).sort()).toEqual(keys(en).sort());
  expect(keys(staffEs).sort()).toEqual(keys(staffEn).sort());
  expect(keys(pagesEs).sort()).toEqual(keys(pagesEn).sort());
});

it('keeps the catalogues of pages loaded on demand apart: no key in two of them', () => {
  const all = [en, staffEn, pagesEn].flatMap((catalogue) => keys(catalogue));
  expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
});

it('leaves no translation empty, and keeps the same placeholders in both languages', () => {
  for (const [englishCatalogue, spanishCatalogue] of [[en, es], [staffEn, staffEs], [pagesEn, pagesEs]]) for (const key of keys(englishCatalogue)) {
    const [english, spanish] = [value(englishCatalogue, key), value(spanishCatalogue, key)];
    expect([key, english?.trim().length ? 'filled' : 'empty']).toEqual([key, 'filled']);
    expect([key, spanish?.trim().length ? 'filled' : 'empty']).toEqual([key, 'filled']);
    const placeholders = (text = '') => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect([key, placeholders(spanish)]).toEqual([key, placeholders(english)]);
  }
});

it('has a sentence for every error code the pages show', () => {
  const used = ['AUTH.INVALID_CREDENTIALS', 'AUTH.TOO_MANY_ATTEMPTS', 'BOOKING.SLOT_TAKEN', 'BOOKING.PARENT_OVERLAP', 'BOOKING.WINDOW_CLOSED', 'BOOKING.STUDENT_CAP_REACHED', 'LICENCE.INACTIVE'];
  for (const code of used) expect([code, value(en, `errors.${code}`) !== undefined && value(es, `errors.${code}`) !== undefined]).toEqual([code, true]);
});

it('shows no words that bypass the catalogues (JSX text and text attributes of every page)', async () => {
  const { default: ts } = await import('typescript');
  const { readdirSync } = await import('node:fs');
  const root = join(import.meta.dirname, '..');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
  const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);
  const words = /\p{L}{2,}/u;
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: import('typescript').Node) => {
      if (ts.isJsxText(node) && words.test(node.text)) found.push(`${file}: "${node.text.trim()}"`);
      if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && words.test(node.initializer.text)) {
        found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(files.length).toBeGreaterThan(5);
  expect(found).toEqual([]);
});
