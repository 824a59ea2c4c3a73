import {
  DIRECTORY_KINDS,
  type AdultRecord,
  type ContactLinkRecord,
  type DirectoryKind,
  type DirectorySnapshot,
  type StudentRecord,
  type TeacherLinkRecord,
} from './directory-snapshot.js';

type WithId<R> = R & { id: string };

/** What is in the database now, as far as the information system manages it (records with an SIS id). */
export interface CurrentDirectory {
  students: WithId<StudentRecord>[];
  contacts: WithId<AdultRecord>[];
  teachers: WithId<AdultRecord>[];
  contactLinks: WithId<ContactLinkRecord>[];
  teacherLinks: WithId<TeacherLinkRecord>[];
}

export interface KindChanges<R> {
  add: R[];
  update: { id: string; before: R; after: R }[];
  delete: { id: string; record: R }[];
}

export interface DirectoryChanges {
  students: KindChanges<StudentRecord>;
  contacts: KindChanges<AdultRecord>;
  teachers: KindChanges<AdultRecord>;
  contactLinks: KindChanges<ContactLinkRecord>;
  teacherLinks: KindChanges<TeacherLinkRecord>;
}

export type ChangeCounts = Record<DirectoryKind, { add: number; update: number; delete: number }>;

const STUDENT_FIELDS = ['firstName', 'lastName', 'yearLabel'] as const;
const ADULT_FIELDS = ['title', 'firstName', 'lastName', 'email', 'phone'] as const;

const personKey = (r: { sisId: string }) => r.sisId;
const contactLinkKey = (r: ContactLinkRecord) => `${r.contactSisId}\u0000${r.studentSisId}`;
const teacherLinkKey = (r: TeacherLinkRecord) => `${r.teacherSisId}\u0000${r.studentSisId}`;

function diffKind<R extends object>(
  current: WithId<R>[],
  incoming: R[],
  keyOf: (r: R) => string,
  fields: readonly (keyof R)[],
): KindChanges<R> {
  const changes: KindChanges<R> = { add: [], update: [], delete: [] };
  const existing = new Map(current.map((r) => [keyOf(r), r]));
  const kept = new Set<string>();
  for (const record of incoming) {
    const key = keyOf(record);
    kept.add(key);
    const before = existing.get(key);
    if (!before) changes.add.push(record);
    else if (fields.some((f) => (before[f] ?? null) !== (record[f] ?? null))) {
      changes.update.push({ id: before.id, before: strip(before, fields, keyOf), after: record });
    }
  }
  for (const [key, record] of existing) {
    if (!kept.has(key)) changes.delete.push({ id: record.id, record: strip(record, fields, keyOf) });
  }
  return changes;
}

/** The record without its database id (reports show SIS keys, never internal ids). */
function strip<R extends object>(record: WithId<R>, _fields: readonly (keyof R)[], _key: (r: R) => string): R {
  const { id: _id, ...rest } = record;
  return rest as unknown as R;
}

/**
 * What a sync must do to make the database equal the snapshot: add what is new, update what
 * changed (matched by SIS id; links by their pair of SIS ids), delete what is no longer sent.
 */
export function diffDirectory(current: CurrentDirectory, incoming: DirectorySnapshot): DirectoryChanges {
  return {
    students: diffKind(current.students, incoming.students, personKey, STUDENT_FIELDS),
    contacts: diffKind(current.contacts, incoming.contacts, personKey, ADULT_FIELDS),
    teachers: diffKind(current.teachers, incoming.teachers, personKey, ADULT_FIELDS),
    contactLinks: diffKind(current.contactLinks, incoming.contactLinks, contactLinkKey, ['relationship']),
    teacherLinks: diffKind(current.teacherLinks, incoming.teacherLinks, teacherLinkKey, ['label']),
  };
}

export function countChanges(changes: DirectoryChanges): ChangeCounts {
  const counts = {} as ChangeCounts;
  for (const kind of DIRECTORY_KINDS) {
    counts[kind] = { add: changes[kind].add.length, update: changes[kind].update.length, delete: changes[kind].delete.length };
  }
  return counts;
}

export function totalChanges(counts: ChangeCounts): number {
  return DIRECTORY_KINDS.reduce((sum, kind) => sum + counts[kind].add + counts[kind].update + counts[kind].delete, 0);
}

/**
 * Kinds whose deletions exceed the allowed share of what exists now: an empty or truncated export
 * must not wipe a school. A kind with nothing yet cannot trip it.
 */
export function massDeletions(current: CurrentDirectory, counts: ChangeCounts, maxShare: number): { kind: DirectoryKind; deleting: number; existing: number }[] {
  return DIRECTORY_KINDS.filter((kind) => current[kind].length > 0 && counts[kind].delete / current[kind].length > maxShare).map((kind) => ({
    kind,
    deleting: counts[kind].delete,
    existing: current[kind].length,
  }));
}
