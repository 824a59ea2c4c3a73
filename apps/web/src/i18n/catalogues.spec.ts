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

it('has every English key in Spanish and no Spanish key that English lacks', () => {
  expect(keys(es).sort()).toEqual(keys(en).sort());
});

it('leaves no translation empty, and keeps the same placeholders in both languages', () => {
  for (const key of keys(en)) {
    const [english, spanish] = [value(en, key), value(es, key)];
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
