import type { Relationship } from '../people/person.entities.js';
import { cleanText, type Origin, type Sourced, type SourcedSnapshot, type SyncProblem, type TeacherLinkRecord } from './directory-snapshot.js';
import { readTable } from './csv-table.js';

/**
 * OneRoster 1.1 bulk CSV (1EdTech): users.csv gives students, teachers and their parents,
 * guardians and relatives; `agentSourcedIds` links guardians and students (either side may name
 * the other); teacher links come from classes.csv + enrollments.csv, labelled with the class
 * title. Rows with status `tobedeleted`, and users with `enabledUser=false`, are left out, so the
 * sync deletes them. A `middleName` is kept after the given name in the first-name field (PTC's
 * directory has no middle-name field: schools address people by their first and last names).
 *
 * OneRoster has no relationship finer than its roles: guardian and parent become `guardian`,
 * relative becomes `other`. It has no title either.
 */
const CONTACT_ROLES: Record<string, Relationship> = { parent: 'guardian', guardian: 'guardian', relative: 'other' };

interface UserRow {
  id: string;
  role: string;
  v: Record<string, string>;
  origin: Origin;
}

const deleted = (v: Record<string, string>) => cleanText(v.status)?.toLowerCase() === 'tobedeleted' || cleanText(v.enabledUser)?.toLowerCase() === 'false';
const idList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function parseOneRoster(files: Map<string, string>): { snapshot: SourcedSnapshot; problems: SyncProblem[] } {
  const problems: SyncProblem[] = [];
  const report = (origin: Origin, field: string, reason: string) => problems.push({ ...origin, field, reason });
  const snapshot: SourcedSnapshot = { students: [], contacts: [], teachers: [], contactLinks: [], teacherLinks: [] };

  const users = new Map<string, UserRow>();
  const removed = new Set<string>();
  for (const record of readTable(files, 'users.csv', ['sourcedId', 'role', 'givenName', 'familyName'], problems)) {
    const origin = { file: 'users.csv', line: record.line };
    const id = cleanText(record.values.sourcedId) ?? '';
    if (deleted(record.values)) {
      removed.add(id);
      continue;
    }
    const role = cleanText(record.values.role)?.toLowerCase() ?? '';
    if (users.has(id)) report(origin, 'sourcedId', `duplicate: the same sourcedId is on line ${users.get(id)!.origin.line} of users.csv`);
    else if (id) users.set(id, { id, role, v: record.values, origin });
    const person = {
      sisId: id,
      firstName: [cleanText(record.values.givenName), cleanText(record.values.middleName)].filter(Boolean).join(' '),
      lastName: cleanText(record.values.familyName) ?? '',
      origin,
    };
    if (role === 'student') {
      snapshot.students.push({ ...person, yearLabel: idList(record.values.grades)[0] ?? null });
    } else if (role === 'teacher' || role in CONTACT_ROLES) {
      const adult = { ...person, title: null, email: cleanText(record.values.email), phone: cleanText(record.values.phone) };
      (role === 'teacher' ? snapshot.teachers : snapshot.contacts).push(adult);
    }
    // Other roles (administrator, aide, proctor) are not people PTC holds.
  }

  // Guardian links, from whichever side names the other; each pair once.
  const pairs = new Set<string>();
  for (const user of users.values()) {
    for (const agentId of idList(user.v.agentSourcedIds)) {
      if (removed.has(agentId)) continue;
      const agent = users.get(agentId);
      if (!agent) {
        report(user.origin, 'agentSourcedIds', 'names a user that is not in users.csv');
        continue;
      }
      const [contact, student] = user.role === 'student' ? [agent, user] : [user, agent];
      if (student.role !== 'student' || !(contact.role in CONTACT_ROLES)) continue;
      const key = `${contact.id}\u0000${student.id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      snapshot.contactLinks.push({ contactSisId: contact.id, studentSisId: student.id, relationship: CONTACT_ROLES[contact.role], origin: user.origin });
    }
  }

  snapshot.teacherLinks = teacherLinks(files, users, removed, problems);
  return { snapshot, problems };
}

/** Every teacher of a class is linked to every student of it; a pair met in several classes lists each class. */
function teacherLinks(files: Map<string, string>, users: Map<string, UserRow>, removedUsers: Set<string>, problems: SyncProblem[]): Sourced<TeacherLinkRecord>[] {
  if (!files.has('classes.csv') && !files.has('enrollments.csv')) return [];
  const classes = new Map<string, string>();
  const removedClasses = new Set<string>();
  for (const record of readTable(files, 'classes.csv', ['sourcedId', 'title'], problems)) {
    const id = cleanText(record.values.sourcedId) ?? '';
    if (deleted(record.values)) removedClasses.add(id);
    else classes.set(id, cleanText(record.values.title) ?? id);
  }
  const members = new Map<string, { teachers: string[]; students: { id: string; origin: Origin }[] }>();
  for (const record of readTable(files, 'enrollments.csv', ['classSourcedId', 'userSourcedId', 'role'], problems)) {
    if (deleted(record.values)) continue;
    const origin = { file: 'enrollments.csv', line: record.line };
    const classId = cleanText(record.values.classSourcedId) ?? '';
    const userId = cleanText(record.values.userSourcedId) ?? '';
    if (removedClasses.has(classId) || removedUsers.has(userId)) continue;
    if (!classes.has(classId)) {
      problems.push({ ...origin, field: 'classSourcedId', reason: 'names a class that is not in classes.csv' });
      continue;
    }
    if (!users.has(userId)) {
      problems.push({ ...origin, field: 'userSourcedId', reason: 'names a user that is not in users.csv' });
      continue;
    }
    const role = cleanText(record.values.role)?.toLowerCase();
    const group = members.get(classId) ?? { teachers: [], students: [] };
    const person = users.get(userId)!.role;
    if (role === 'teacher' && person === 'teacher') group.teachers.push(userId);
    else if (role === 'student' && person === 'student') group.students.push({ id: userId, origin });
    members.set(classId, group);
  }
  const links = new Map<string, Sourced<TeacherLinkRecord> & { labels: string[] }>();
  for (const [classId, group] of members) {
    for (const teacherId of group.teachers) {
      for (const student of group.students) {
        const key = `${teacherId}\u0000${student.id}`;
        const link = links.get(key) ?? { teacherSisId: teacherId, studentSisId: student.id, label: null, labels: [], origin: student.origin };
        link.labels.push(classes.get(classId)!);
        links.set(key, link);
      }
    }
  }
  return [...links.values()].map(({ labels, ...link }) => ({ ...link, label: [...new Set(labels)].sort().join(', ').slice(0, 200) }));
}
