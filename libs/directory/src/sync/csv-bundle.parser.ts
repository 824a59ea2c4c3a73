import type { Relationship } from '../people/person.entities.js';
import { cleanText, type SourcedSnapshot, type SyncProblem } from './directory-snapshot.js';
import { readTable } from './csv-table.js';

/**
 * PTC's own CSV bundle: one file per kind, UTF-8 (BOM optional), header row first.
 *
 *   students.csv        sis_id, first_name, last_name, year_label
 *   contacts.csv        sis_id, title, first_name, last_name, email, phone
 *   teachers.csv        sis_id, title, first_name, last_name, email, phone
 *   contact_links.csv   contact_sis_id, student_sis_id, relationship
 *   teacher_links.csv   teacher_sis_id, student_sis_id, label
 *
 * Optional columns (year_label, title, email, phone, label) may be left out of the header.
 */
export const CSV_BUNDLE_FILES = {
  students: { file: 'students.csv', required: ['sis_id', 'first_name', 'last_name'] },
  contacts: { file: 'contacts.csv', required: ['sis_id', 'first_name', 'last_name'] },
  teachers: { file: 'teachers.csv', required: ['sis_id', 'first_name', 'last_name'] },
  contactLinks: { file: 'contact_links.csv', required: ['contact_sis_id', 'student_sis_id', 'relationship'] },
  teacherLinks: { file: 'teacher_links.csv', required: ['teacher_sis_id', 'student_sis_id'] },
} as const;

export function parseCsvBundle(files: Map<string, string>): { snapshot: SourcedSnapshot; problems: SyncProblem[] } {
  const problems: SyncProblem[] = [];
  const table = (kind: keyof typeof CSV_BUNDLE_FILES) => {
    const { file, required } = CSV_BUNDLE_FILES[kind];
    return readTable(files, file, [...required], problems).map((r) => ({ v: r.values, origin: { file, line: r.line } }));
  };
  const adult = ({ v, origin }: { v: Record<string, string>; origin: { file: string; line: number } }) => ({
    sisId: cleanText(v.sis_id) ?? '',
    title: cleanText(v.title),
    firstName: cleanText(v.first_name) ?? '',
    lastName: cleanText(v.last_name) ?? '',
    email: cleanText(v.email),
    phone: cleanText(v.phone),
    origin,
  });
  const snapshot: SourcedSnapshot = {
    students: table('students').map(({ v, origin }) => ({
      sisId: cleanText(v.sis_id) ?? '',
      firstName: cleanText(v.first_name) ?? '',
      lastName: cleanText(v.last_name) ?? '',
      yearLabel: cleanText(v.year_label),
      origin,
    })),
    contacts: table('contacts').map(adult),
    teachers: table('teachers').map(adult),
    contactLinks: table('contactLinks').map(({ v, origin }) => ({
      contactSisId: cleanText(v.contact_sis_id) ?? '',
      studentSisId: cleanText(v.student_sis_id) ?? '',
      relationship: (cleanText(v.relationship)?.toLowerCase() ?? '') as Relationship,
      origin,
    })),
    teacherLinks: table('teacherLinks').map(({ v, origin }) => ({
      teacherSisId: cleanText(v.teacher_sis_id) ?? '',
      studentSisId: cleanText(v.student_sis_id) ?? '',
      label: cleanText(v.label),
      origin,
    })),
  };
  return { snapshot, problems };
}
