import { hasControlCharacters } from '@ptc/platform';
import { RELATIONSHIPS, type Relationship } from '../people/person.entities.js';

/** Where a record came from, for error reports: file name and 1-based line (header is line 1). */
export interface Origin {
  file: string;
  line: number;
}

export interface StudentRecord {
  sisId: string;
  firstName: string;
  lastName: string;
  yearLabel: string | null;
}

export interface AdultRecord {
  sisId: string;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface ContactLinkRecord {
  contactSisId: string;
  studentSisId: string;
  relationship: Relationship;
}

export interface TeacherLinkRecord {
  teacherSisId: string;
  studentSisId: string;
  label: string | null;
}

/** The school's directory as its information system sees it, keyed by SIS ids. */
export interface DirectorySnapshot {
  students: StudentRecord[];
  contacts: AdultRecord[];
  teachers: AdultRecord[];
  contactLinks: ContactLinkRecord[];
  teacherLinks: TeacherLinkRecord[];
}

export type Sourced<T> = T & { origin: Origin };

export interface SourcedSnapshot {
  students: Sourced<StudentRecord>[];
  contacts: Sourced<AdultRecord>[];
  teachers: Sourced<AdultRecord>[];
  contactLinks: Sourced<ContactLinkRecord>[];
  teacherLinks: Sourced<TeacherLinkRecord>[];
}

export const DIRECTORY_KINDS = ['students', 'contacts', 'teachers', 'contactLinks', 'teacherLinks'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export interface SyncProblem {
  file: string;
  line: number;
  field: string;
  reason: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()0-9 .\-/]{3,40}$/;
const MAX_NAME = 200;
const MAX_SIS_ID = 128;
const ONE_LINE = 'not one line: a line break, tab or other control character';

/** Trimmed text, or null when empty; names keep their spelling otherwise. */
export function cleanText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/**
 * Checks a whole snapshot and lists every problem (never stopping at the first), by file, line,
 * field and reason. Reasons never repeat the offending value: reports are kept, values are personal.
 */
export function validateSnapshot(snapshot: SourcedSnapshot): SyncProblem[] {
  const problems: SyncProblem[] = [];
  const report = (origin: Origin, field: string, reason: string) => problems.push({ ...origin, field, reason });

  const checkPeople = (records: Sourced<StudentRecord | AdultRecord>[], kind: string): Set<string> => {
    const seen = new Map<string, Origin>();
    for (const record of records) {
      if (!record.sisId) report(record.origin, 'sisId', `missing: every ${kind} needs an SIS id`);
      else if (record.sisId.length > MAX_SIS_ID) report(record.origin, 'sisId', `longer than ${MAX_SIS_ID} characters`);
      else if (seen.has(record.sisId)) {
        const first = seen.get(record.sisId)!;
        report(record.origin, 'sisId', `duplicate: the same SIS id is on line ${first.line} of ${first.file}`);
      } else seen.set(record.sisId, record.origin);
      for (const field of ['firstName', 'lastName'] as const) {
        const value = record[field];
        if (!value) report(record.origin, field, 'missing');
        else if (value.length > MAX_NAME) report(record.origin, field, `longer than ${MAX_NAME} characters`);
        else if (hasControlCharacters(value)) report(record.origin, field, ONE_LINE);
      }
      if ('email' in record) {
        if (record.email && !isEmail(record.email)) report(record.origin, 'email', 'not a valid email address');
        if (record.phone && !isPhone(record.phone)) report(record.origin, 'phone', 'not a valid phone number');
        if (record.title && record.title.length > 40) report(record.origin, 'title', 'longer than 40 characters');
        else if (record.title && hasControlCharacters(record.title)) report(record.origin, 'title', ONE_LINE);
      }
      if ('yearLabel' in record && record.yearLabel && record.yearLabel.length > 100) {
        report(record.origin, 'yearLabel', 'longer than 100 characters');
      }
    }
    return new Set(seen.keys());
  };

  const students = checkPeople(snapshot.students, 'student');
  const contacts = checkPeople(snapshot.contacts, 'contact');
  const teachers = checkPeople(snapshot.teachers, 'teacher');

  const checkLinks = <L extends ContactLinkRecord | TeacherLinkRecord>(
    links: Sourced<L>[],
    personField: 'contactSisId' | 'teacherSisId',
    people: Set<string>,
    personKind: string,
  ) => {
    const seen = new Map<string, Origin>();
    for (const link of links) {
      const personId = (link as unknown as Record<string, unknown>)[personField] as string;
      if (!personId) report(link.origin, personField, 'missing');
      else if (!people.has(personId)) report(link.origin, personField, `no ${personKind} with this SIS id in the snapshot`);
      if (!link.studentSisId) report(link.origin, 'studentSisId', 'missing');
      else if (!students.has(link.studentSisId)) report(link.origin, 'studentSisId', 'no student with this SIS id in the snapshot');
      const key = `${personId}\u0000${link.studentSisId}`;
      if (personId && link.studentSisId) {
        if (seen.has(key)) report(link.origin, personField, `duplicate link: the same pair is on line ${seen.get(key)!.line} of ${seen.get(key)!.file}`);
        else seen.set(key, link.origin);
      }
    }
  };
  checkLinks(snapshot.contactLinks, 'contactSisId', contacts, 'contact');
  checkLinks(snapshot.teacherLinks, 'teacherSisId', teachers, 'teacher');
  for (const link of snapshot.contactLinks) {
    if (!RELATIONSHIPS.includes(link.relationship)) report(link.origin, 'relationship', `must be one of ${RELATIONSHIPS.join(', ')}`);
  }
  for (const link of snapshot.teacherLinks) {
    if (link.label && link.label.length > 200) report(link.origin, 'label', 'longer than 200 characters');
  }
  return problems;
}
