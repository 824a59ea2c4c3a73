import type { Relationship } from '../people/person.entities.js';
import { DirectoryErrors } from '../directory.errors.js';
import { cleanText, type Origin, type SourcedSnapshot, type SyncProblem } from './directory-snapshot.js';
import { readTable } from './csv-table.js';
import type { ClassMember, FileMode, OneRosterBundle, PendingAgentLink } from './oneroster-roster.js';

/**
 * OneRoster 1.1 bulk CSV (1EdTech): users.csv gives students, teachers and their parents,
 * guardians and relatives; `agentSourcedIds` links guardians and students (either side may name
 * the other); teacher links come from classes.csv + enrollments.csv, labelled with the class
 * title. Rows with status `tobedeleted`, and users with `enabledUser=false`, are left out, so the
 * sync deletes them. A `middleName` is kept after the given name in the first-name field (PTC's
 * directory has no middle-name field: schools address people by their first and last names).
 *
 * `manifest.csv` says per file whether it is `bulk` (the whole truth), `delta` (changes only:
 * nothing it leaves out is deleted) or `absent` (no change); without a manifest every file is bulk.
 * A district's bundle holds several schools: the school's own org `sourcedId`s (its directory
 * settings) pick its users, classes and enrollments; the rows of other orgs are counted, not read.
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

export interface OutsideSchool {
  users: number;
  classes: number;
  enrollments: number;
}

export interface OneRosterParse {
  bundle: OneRosterBundle;
  problems: SyncProblem[];
  /** Rows that belong to other orgs of a district bundle. */
  outsideSchool: OutsideSchool;
}

type ManifestMode = FileMode | 'absent';

/** Each file's mode from manifest.csv (propertyName,value rows such as `file.users,delta`). */
export function readManifest(files: Map<string, string>, problems: SyncProblem[]): Record<'users' | 'classes' | 'enrollments', ManifestMode> {
  const modes: Record<'users' | 'classes' | 'enrollments', ManifestMode> = { users: 'bulk', classes: 'bulk', enrollments: 'bulk' };
  if (!files.has('manifest.csv')) return modes;
  for (const record of readTable(files, 'manifest.csv', ['propertyName', 'value'], problems)) {
    const property = cleanText(record.values.propertyName)?.toLowerCase() ?? '';
    const file = /^file\.(users|classes|enrollments)$/.exec(property)?.[1] as keyof typeof modes | undefined;
    if (!file) continue;
    const value = cleanText(record.values.value)?.toLowerCase();
    if (value === 'bulk' || value === 'delta' || value === 'absent') modes[file] = value;
    else problems.push({ file: 'manifest.csv', line: record.line, field: 'value', reason: 'must be bulk, delta or absent' });
  }
  return modes;
}

interface OrgFilter {
  /** Whether a row naming these orgs belongs to the school; every row does when the bundle is one school's. */
  includes(orgIds: string[]): boolean;
}

/**
 * Which rows are the school's: those of its mapped orgs. Without a mapping, a bundle of one school
 * is read whole; a bundle of several is refused with the schools it holds, so an admin can pick.
 */
function orgFilter(files: Map<string, string>, users: { orgs: string[] }[], mapped: string[], problems: SyncProblem[]): OrgFilter {
  if (mapped.length > 0) {
    const own = new Set(mapped);
    return { includes: (orgIds) => orgIds.some((id) => own.has(id)) };
  }
  const orgs = new Map<string, { name: string; type: string }>();
  if (files.has('orgs.csv')) {
    for (const record of readTable(files, 'orgs.csv', ['sourcedId'], problems)) {
      const id = cleanText(record.values.sourcedId);
      if (id) orgs.set(id, { name: cleanText(record.values.name) ?? id, type: cleanText(record.values.type)?.toLowerCase() ?? '' });
    }
  }
  const named = new Set(users.flatMap((u) => u.orgs));
  const schools = [...named].filter((id) => orgs.get(id)?.type === 'school');
  const candidates = schools.length > 0 ? schools : [...named];
  if (candidates.length > 1) {
    throw DirectoryErrors.orgNotMapped(candidates.sort().map((id) => ({ sourcedId: id, name: orgs.get(id)?.name ?? null })));
  }
  return { includes: () => true };
}

export function parseOneRoster(files: Map<string, string>, options: { orgIds: string[] } = { orgIds: [] }): OneRosterParse {
  const problems: SyncProblem[] = [];
  const report = (origin: Origin, field: string, reason: string) => problems.push({ ...origin, field, reason });
  const snapshot: SourcedSnapshot = { students: [], contacts: [], teachers: [], contactLinks: [], teacherLinks: [] };
  const outsideSchool: OutsideSchool = { users: 0, classes: 0, enrollments: 0 };
  const modes = readManifest(files, problems);
  const usersMode: FileMode = modes.users === 'bulk' ? 'bulk' : 'delta';
  const rosterMode: FileMode = modes.classes === 'delta' || modes.enrollments === 'delta' || (modes.enrollments === 'absent' && modes.classes !== 'bulk') ? 'delta' : 'bulk';

  const userRecords = modes.users === 'absent' ? [] : readTable(files, 'users.csv', ['sourcedId', 'role', 'givenName', 'familyName'], problems);
  const withOrgs = userRecords.map((record) => ({ record, orgs: idList(record.values.orgSourcedIds) }));
  const orgs = orgFilter(files, withOrgs, options.orgIds, problems);

  const users = new Map<string, UserRow>();
  const removed = new Set<string>();
  for (const { record, orgs: userOrgs } of withOrgs) {
    if (!orgs.includes(userOrgs)) {
      outsideSchool.users++;
      continue;
    }
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

  // Guardian links, from whichever side names the other; each pair once. In a delta, the other
  // side may be someone PTC already holds: the link is checked once the two are combined.
  const pairs = new Set<string>();
  const pendingAgentLinks: PendingAgentLink[] = [];
  for (const user of users.values()) {
    for (const agentId of idList(user.v.agentSourcedIds)) {
      if (removed.has(agentId)) continue;
      const agent = users.get(agentId);
      if (!agent) {
        const userRole = user.role === 'student' ? 'student' : user.role in CONTACT_ROLES ? 'contact' : null;
        if (usersMode === 'delta' && userRole) {
          pendingAgentLinks.push({ userSisId: user.id, userRole, agentSisId: agentId, relationship: userRole === 'contact' ? CONTACT_ROLES[user.role] : null, origin: user.origin });
        } else report(user.origin, 'agentSourcedIds', 'names a user that is not in users.csv');
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

  const roster = readRoster(files, modes, rosterMode, { users, removed, checkUsers: usersMode === 'bulk', orgs }, problems, outsideSchool);
  const bundle: OneRosterBundle = {
    modes: { users: usersMode, roster: rosterMode },
    snapshot,
    pendingAgentLinks,
    removedUsers: [...removed],
    ...roster,
  };
  return { bundle, problems, outsideSchool };
}

/** The classes' members from classes.csv and enrollments.csv (all of them, or a delta's changes). */
function readRoster(
  files: Map<string, string>,
  modes: Record<'users' | 'classes' | 'enrollments', ManifestMode>,
  rosterMode: FileMode,
  people: { users: Map<string, UserRow>; removed: Set<string>; checkUsers: boolean; orgs: OrgFilter },
  problems: SyncProblem[],
  outsideSchool: OutsideSchool,
): Pick<OneRosterBundle, 'members' | 'removedMembers' | 'removedClasses' | 'classTitles'> {
  const result = { members: [] as ClassMember[], removedMembers: [] as { classSisId: string; personSisId: string }[], removedClasses: [] as string[], classTitles: new Map<string, string>() };
  if (rosterMode === 'bulk' && !files.has('classes.csv') && !files.has('enrollments.csv')) return result;
  const otherOrgClasses = new Set<string>();
  if (modes.classes !== 'absent') {
    for (const record of readTable(files, 'classes.csv', ['sourcedId', 'title'], problems, { optionalFile: rosterMode === 'delta' })) {
      const id = cleanText(record.values.sourcedId) ?? '';
      if (!people.orgs.includes(idList(record.values.schoolSourcedId))) {
        otherOrgClasses.add(id);
        outsideSchool.classes++;
      } else if (deleted(record.values)) result.removedClasses.push(id);
      else result.classTitles.set(id, cleanText(record.values.title) ?? id);
    }
  }
  if (modes.enrollments === 'absent') return result;
  const removedClasses = new Set(result.removedClasses);
  for (const record of readTable(files, 'enrollments.csv', ['classSourcedId', 'userSourcedId', 'role'], problems, { optionalFile: rosterMode === 'delta' })) {
    const origin = { file: 'enrollments.csv', line: record.line };
    const classId = cleanText(record.values.classSourcedId) ?? '';
    const userId = cleanText(record.values.userSourcedId) ?? '';
    const school = idList(record.values.schoolSourcedId);
    if (otherOrgClasses.has(classId) || (school.length > 0 && !people.orgs.includes(school))) {
      outsideSchool.enrollments++;
      continue;
    }
    if (deleted(record.values)) {
      result.removedMembers.push({ classSisId: classId, personSisId: userId });
      continue;
    }
    if (removedClasses.has(classId) || people.removed.has(userId)) continue;
    const knownClass = result.classTitles.has(classId);
    if (!knownClass && rosterMode === 'bulk') {
      problems.push({ ...origin, field: 'classSourcedId', reason: 'names a class that is not in classes.csv' });
      continue;
    }
    const user = people.users.get(userId);
    if (!user && people.checkUsers) {
      problems.push({ ...origin, field: 'userSourcedId', reason: 'names a user that is not in users.csv' });
      continue;
    }
    const role = cleanText(record.values.role)?.toLowerCase();
    if ((role === 'teacher' || role === 'student') && (!user || user.role === role)) {
      // A delta may name a class it does not send: its title is the one PTC already holds.
      result.members.push({ classSisId: classId, classTitle: result.classTitles.get(classId) ?? '', personSisId: userId, role });
    }
  }
  return result;
}
