import type { Relationship } from '../people/person.entities.js';
import type { AdultRecord, ContactLinkRecord, Origin, Sourced, SourcedSnapshot, StudentRecord, TeacherLinkRecord } from './directory-snapshot.js';
import type { CurrentDirectory } from './directory-diff.js';

/**
 * OneRoster's classes, as PTC keeps them between syncs: a teacher link is "teaches a class the
 * student is in", and a delta bundle only sends the enrollments that changed, so the classes'
 * members are stored to know what a changed enrollment adds or takes away.
 */
export interface ClassMember {
  classSisId: string;
  classTitle: string;
  personSisId: string;
  role: 'teacher' | 'student';
}

export type FileMode = 'bulk' | 'delta';

/** A guardian link named by a user whose other side is not in a delta users.csv (it may already be in PTC). */
export interface PendingAgentLink {
  userSisId: string;
  userRole: 'student' | 'contact';
  agentSisId: string;
  /** Known when the contact side is the user in the file. */
  relationship: Relationship | null;
  origin: Origin;
}

/** What a OneRoster bundle says, before it is combined with what PTC holds (for delta files). */
export interface OneRosterBundle {
  modes: { users: FileMode; roster: FileMode };
  /** Users, guardian links and teacher links of the file itself (teacher links: bulk roster only). */
  snapshot: SourcedSnapshot;
  pendingAgentLinks: PendingAgentLink[];
  /** The classes' members as the file sends them (all of them for a bulk roster, changes for a delta). */
  members: ClassMember[];
  removedUsers: string[];
  removedMembers: { classSisId: string; personSisId: string }[];
  removedClasses: string[];
  /** Class titles the file gives (a delta's changed classes rename their members' links). */
  classTitles: Map<string, string>;
}

const CURRENT: Origin = { file: '(already in PTC)', line: 0 };
const memberKey = (m: { classSisId: string; personSisId: string }) => `${m.classSisId}\u0000${m.personSisId}`;

/** Every teacher of a class is linked to every student of it, labelled with the classes they share. */
export function teacherLinksOf(members: ClassMember[]): TeacherLinkRecord[] {
  const classes = new Map<string, { teachers: string[]; students: string[]; title: string }>();
  for (const m of members) {
    const entry = classes.get(m.classSisId) ?? { teachers: [], students: [], title: m.classTitle };
    (m.role === 'teacher' ? entry.teachers : entry.students).push(m.personSisId);
    classes.set(m.classSisId, entry);
  }
  const links = new Map<string, { teacherSisId: string; studentSisId: string; labels: string[] }>();
  for (const entry of classes.values()) {
    for (const teacherSisId of entry.teachers) {
      for (const studentSisId of entry.students) {
        const key = `${teacherSisId}\u0000${studentSisId}`;
        const link = links.get(key) ?? { teacherSisId, studentSisId, labels: [] };
        link.labels.push(entry.title);
        links.set(key, link);
      }
    }
  }
  return [...links.values()].map(({ labels, ...link }) => ({ ...link, label: [...new Set(labels)].sort().join(', ').slice(0, 200) }));
}

/** The stored members with a delta applied: changed enrollments replace, removed ones and removed classes go. */
export function applyRosterDelta(stored: ClassMember[], bundle: Pick<OneRosterBundle, 'members' | 'removedMembers' | 'removedClasses' | 'classTitles'>): ClassMember[] {
  const members = new Map(stored.map((m) => [memberKey(m), m]));
  for (const removed of bundle.removedMembers) members.delete(memberKey(removed));
  for (const m of bundle.members) members.set(memberKey(m), m);
  const removedClasses = new Set(bundle.removedClasses);
  const storedTitles = new Map(stored.map((m) => [m.classSisId, m.classTitle]));
  return [...members.values()]
    .filter((m) => !removedClasses.has(m.classSisId))
    .map((m) => ({ ...m, classTitle: bundle.classTitles.get(m.classSisId) ?? (m.classTitle || storedTitles.get(m.classSisId) || m.classSisId) }));
}

function mergeBySisId<R extends { sisId: string }>(current: R[], incoming: Sourced<R>[], removed: Set<string>): Sourced<R>[] {
  const merged = new Map<string, Sourced<R>>(current.filter((r) => !removed.has(r.sisId)).map((r) => [r.sisId, { ...r, origin: CURRENT }]));
  for (const record of incoming) merged.set(record.sisId, record);
  return [...merged.values()];
}

const withoutId = <R extends { id: string }>({ id: _id, ...rest }: R) => rest;

/**
 * The whole directory a OneRoster bundle describes: a bulk file is the whole truth for its part; a
 * delta file changes what PTC holds (never deleting what it does not mention; `tobedeleted` deletes).
 * The result goes through the same checks and diff as any full snapshot.
 */
export function resolveOneRoster(current: CurrentDirectory, storedMembers: ClassMember[], bundle: OneRosterBundle): { snapshot: SourcedSnapshot; members: ClassMember[] } {
  const removedUsers = new Set(bundle.removedUsers);
  const { snapshot } = bundle;
  let students = snapshot.students;
  let contacts = snapshot.contacts;
  let teachers = snapshot.teachers;
  let contactLinks = snapshot.contactLinks;
  if (bundle.modes.users === 'delta') {
    students = mergeBySisId<StudentRecord>(current.students.map(withoutId), snapshot.students, removedUsers);
    contacts = mergeBySisId<AdultRecord>(current.contacts.map(withoutId), snapshot.contacts, removedUsers);
    teachers = mergeBySisId<AdultRecord>(current.teachers.map(withoutId), snapshot.teachers, removedUsers);
    const studentIds = new Set(students.map((s) => s.sisId));
    const contactIds = new Set(contacts.map((c) => c.sisId));
    const links = new Map<string, Sourced<ContactLinkRecord>>();
    const add = (link: Sourced<ContactLinkRecord>) => links.set(`${link.contactSisId}\u0000${link.studentSisId}`, link);
    for (const link of current.contactLinks) {
      if (studentIds.has(link.studentSisId) && contactIds.has(link.contactSisId)) add({ ...withoutId(link), origin: CURRENT });
    }
    for (const link of snapshot.contactLinks) add(link);
    for (const pending of bundle.pendingAgentLinks) {
      if (removedUsers.has(pending.agentSisId)) continue;
      const [contactSisId, studentSisId] = pending.userRole === 'student' ? [pending.agentSisId, pending.userSisId] : [pending.userSisId, pending.agentSisId];
      const existing = links.get(`${contactSisId}\u0000${studentSisId}`);
      // The other side is checked like any link: it must be a contact (or student) PTC holds.
      add({ contactSisId, studentSisId, relationship: pending.relationship ?? existing?.relationship ?? 'guardian', origin: pending.origin });
    }
    contactLinks = [...links.values()];
  }

  const people = new Set([...students, ...teachers].map((p) => p.sisId));
  const members = (bundle.modes.roster === 'delta' ? applyRosterDelta(storedMembers, bundle) : bundle.members).filter((m) => people.has(m.personSisId));
  const origin = { file: 'enrollments.csv', line: 0 };
  const teacherLinks = teacherLinksOf(members).map((link) => ({ ...link, origin }));
  return { snapshot: { students, contacts, teachers, contactLinks, teacherLinks }, members };
}
