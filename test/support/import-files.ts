import { zipSync, strToU8 } from 'fflate';
import type { DirectorySnapshot } from '@ptc/directory';

// Not imported from @ptc/platform: the browser tests build bundles with these helpers too.
const UTF8_BOM = '\uFEFF';

/** Plain CSV for import files: RFC 4180 quoting without the export's formula guard. */
const row = (values: (string | null)[]) => `${values.map((v) => (v === null ? '' : /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',')}\r\n`;
export const table = (header: string[], rows: (string | null)[][], bom = false) => (bom ? UTF8_BOM : '') + row(header) + rows.map(row).join('');

/** The snapshot as PTC's CSV bundle, one file per kind. */
export function toCsvBundle(s: DirectorySnapshot): Record<string, string> {
  return {
    'students.csv': table(['sis_id', 'first_name', 'last_name', 'year_label'], s.students.map((r) => [r.sisId, r.firstName, r.lastName, r.yearLabel]), true),
    'contacts.csv': table(['sis_id', 'title', 'first_name', 'last_name', 'email', 'phone'], s.contacts.map((r) => [r.sisId, r.title, r.firstName, r.lastName, r.email, r.phone])),
    'teachers.csv': table(['sis_id', 'title', 'first_name', 'last_name', 'email', 'phone'], s.teachers.map((r) => [r.sisId, r.title, r.firstName, r.lastName, r.email, r.phone]), true),
    'contact_links.csv': table(['contact_sis_id', 'student_sis_id', 'relationship'], s.contactLinks.map((l) => [l.contactSisId, l.studentSisId, l.relationship])),
    'teacher_links.csv': table(['teacher_sis_id', 'student_sis_id', 'label'], s.teacherLinks.map((l) => [l.teacherSisId, l.studentSisId, l.label])),
  };
}

/**
 * What a snapshot looks like once it has been through OneRoster, which knows no titles and no
 * mother/father/carer (parents and guardians are both `guardian`, relatives `other`).
 */
export function asOneRosterSees(s: DirectorySnapshot): DirectorySnapshot {
  return {
    ...s,
    contacts: s.contacts.map((c) => ({ ...c, title: null })),
    teachers: s.teachers.map((c) => ({ ...c, title: null })),
    contactLinks: s.contactLinks.map((l) => ({ ...l, relationship: l.relationship === 'other' ? 'other' : 'guardian' })),
  };
}

/** The snapshot as OneRoster 1.1 bulk CSV: one class per teacher and link label. */
export const ONE_ROSTER_USERS = ['sourcedId', 'status', 'dateLastModified', 'enabledUser', 'orgSourcedIds', 'role', 'username', 'userIds', 'givenName', 'familyName', 'middleName', 'identifier', 'email', 'sms', 'phone', 'agentSourcedIds', 'grades', 'password'];
export const ONE_ROSTER_ENROLLMENTS = ['sourcedId', 'status', 'dateLastModified', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role', 'primary', 'beginDate', 'endDate'];

export function toOneRoster(s: DirectorySnapshot, extraUsers: (string | null)[][] = [], org = { id: 'org1', name: 'Test School' }): Record<string, string> {
  const header = ONE_ROSTER_USERS;
  const guardiansOf = new Map<string, string[]>();
  for (const l of s.contactLinks) guardiansOf.set(l.studentSisId, [...(guardiansOf.get(l.studentSisId) ?? []), l.contactSisId]);
  const roleOf = new Map(s.contactLinks.map((l) => [l.contactSisId, l.relationship === 'other' ? 'relative' : 'parent']));
  const user = (id: string, role: string, given: string, family: string, email: string | null, phone: string | null, agents: string[], grades: string | null) =>
    [id, 'active', '2026-09-01T00:00:00Z', 'true', org.id, role, id.toLowerCase(), '', given, family, '', '', email, '', phone, agents.join(','), grades, ''];
  const users = [
    ...s.students.map((r) => user(r.sisId, 'student', r.firstName, r.lastName, null, null, guardiansOf.get(r.sisId) ?? [], r.yearLabel)),
    ...s.teachers.map((r) => user(r.sisId, 'teacher', r.firstName, r.lastName, r.email, r.phone, [], null)),
    // Parents name nobody: the students' agentSourcedIds carry the links.
    ...s.contacts.map((r) => user(r.sisId, roleOf.get(r.sisId) ?? 'guardian', r.firstName, r.lastName, r.email, r.phone, [], null)),
    ...extraUsers,
  ];
  const classes = new Map<string, { title: string; teacher: string; students: string[] }>();
  for (const l of s.teacherLinks) {
    const id = `K-${l.teacherSisId}-${l.label}`;
    const entry = classes.get(id) ?? { title: l.label ?? id, teacher: l.teacherSisId, students: [] };
    entry.students.push(l.studentSisId);
    classes.set(id, entry);
  }
  const enrollments: string[][] = [];
  for (const [id, c] of classes) {
    enrollments.push([`E-${id}-t`, 'active', '', id, org.id, c.teacher, 'teacher', 'true', '', '']);
    for (const st of c.students) enrollments.push([`E-${id}-${st}`, 'active', '', id, org.id, st, 'student', 'false', '', '']);
  }
  return {
    'users.csv': table(header, users, true),
    'classes.csv': table(['sourcedId', 'status', 'dateLastModified', 'title', 'grades', 'courseSourcedId', 'classCode', 'classType', 'location', 'schoolSourcedId', 'termSourcedIds', 'subjects', 'subjectCodes', 'periods'],
      [...classes].map(([id, c]) => [id, 'active', '', c.title, '', 'course1', '', 'scheduled', '', org.id, 'term1', '', '', ''])),
    'enrollments.csv': table(ONE_ROSTER_ENROLLMENTS, enrollments),
    'orgs.csv': table(['sourcedId', 'status', 'name', 'type'], [[org.id, 'active', org.name, 'school']]),
  };
}

export function zip(files: Record<string, string>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [`export/${name}`, strToU8(text)]))));
}

/** One district's bundle from several schools' bundles: the same files, rows one after another. */
export function districtBundle(...bundles: Record<string, string>[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const bundle of bundles) {
    for (const [name, text] of Object.entries(bundle)) {
      merged[name] = merged[name] === undefined ? text : merged[name] + text.slice(text.indexOf('\r\n') + 2);
    }
  }
  return merged;
}
