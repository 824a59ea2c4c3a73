import { DirectoryErrors } from '../directory.errors.js';
import type { Relationship } from '../people/person.entities.js';
import { cleanText, type SourcedSnapshot } from './directory-snapshot.js';

type Row = Record<string, unknown>;

/**
 * Reads the JSON snapshot `{students, contacts, teachers, contactLinks, teacherLinks}`. Errors
 * point at `snapshot.json#<kind>` and the 1-based position in that array as the line.
 */
export function parseJsonSnapshot(body: unknown): { snapshot: SourcedSnapshot; problems: [] } {
  return { snapshot: readSnapshot(body), problems: [] };
}

function readSnapshot(body: unknown): SourcedSnapshot {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw DirectoryErrors.syncUnreadable('The snapshot must be a JSON object');
  const input = body as Record<string, unknown>;
  const unknownKeys = Object.keys(input).filter((k) => !['students', 'contacts', 'teachers', 'contactLinks', 'teacherLinks'].includes(k));
  if (unknownKeys.length) throw DirectoryErrors.syncUnreadable(`Unknown snapshot part(s): ${unknownKeys.join(', ')}`);

  const rows = (kind: string): { row: Row; origin: { file: string; line: number } }[] => {
    const list = input[kind] ?? [];
    if (!Array.isArray(list)) throw DirectoryErrors.syncUnreadable(`"${kind}" must be an array`);
    return list.map((row, index) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw DirectoryErrors.syncUnreadable(`${kind}[${index}] must be an object`);
      return { row: row as Row, origin: { file: `snapshot.json#${kind}`, line: index + 1 } };
    });
  };
  const text = (row: Row, field: string) => cleanText(row[field]);

  return {
    students: rows('students').map(({ row, origin }) => ({
      sisId: text(row, 'sisId') ?? '',
      firstName: text(row, 'firstName') ?? '',
      lastName: text(row, 'lastName') ?? '',
      yearLabel: text(row, 'yearLabel'),
      origin,
    })),
    contacts: rows('contacts').map(({ row, origin }) => adult(row, origin)),
    teachers: rows('teachers').map(({ row, origin }) => adult(row, origin)),
    contactLinks: rows('contactLinks').map(({ row, origin }) => ({
      contactSisId: text(row, 'contactSisId') ?? '',
      studentSisId: text(row, 'studentSisId') ?? '',
      relationship: (text(row, 'relationship')?.toLowerCase() ?? '') as Relationship,
      origin,
    })),
    teacherLinks: rows('teacherLinks').map(({ row, origin }) => ({
      teacherSisId: text(row, 'teacherSisId') ?? '',
      studentSisId: text(row, 'studentSisId') ?? '',
      label: text(row, 'label'),
      origin,
    })),
  };

  function adult(row: Row, origin: { file: string; line: number }) {
    return {
      sisId: text(row, 'sisId') ?? '',
      title: text(row, 'title'),
      firstName: text(row, 'firstName') ?? '',
      lastName: text(row, 'lastName') ?? '',
      email: text(row, 'email'),
      phone: text(row, 'phone'),
      origin,
    };
  }
}
