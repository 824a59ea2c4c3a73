/** Who an appointment is with, as an export row shows them; null where the person has left the directory. */
export interface AppointmentPeople {
  teacher: { title: string | null; firstName: string; lastName: string } | null;
  student: { firstName: string; lastName: string; sisId: string | null } | null;
  contact: { title: string | null; firstName: string; lastName: string; email: string | null; phone: string | null } | null;
  relationship: string | null;
}

export interface AppointmentParties {
  teacherId: string;
  studentId: string;
  contactId: string;
}

/**
 * One person (or one parent–child link) of an appointment-people read: the columns a to e mean
 * what `kind` says (see appointmentPeopleOf); `key` is the person's id, or "contactId:studentId".
 */
export interface AppointmentPersonRow {
  kind: 'teacher' | 'student' | 'contact' | 'link';
  key: string;
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  e: string | null;
}

/** How appointmentPeopleFrom's map knows an appointment: its teacher, student and parent. */
export const appointmentPeopleKey = (p: AppointmentParties) => `${p.teacherId}:${p.studentId}:${p.contactId}`;

/** The distinct ids to look up for these appointments' people. */
export function idsToLookUp(parties: readonly AppointmentParties[]): { teacherIds: string[]; studentIds: string[]; contactIds: string[] } {
  const distinct = (pick: (p: AppointmentParties) => string) => [...new Set(parties.map(pick))];
  return { teacherIds: distinct((p) => p.teacherId), studentIds: distinct((p) => p.studentId), contactIds: distinct((p) => p.contactId) };
}

/** Each appointment's people (keyed by appointmentPeopleKey), from the people read once each. */
export function appointmentPeopleFrom(parties: readonly AppointmentParties[], rows: readonly AppointmentPersonRow[]): Map<string, AppointmentPeople> {
  const teachers = new Map<string, AppointmentPeople['teacher']>();
  const students = new Map<string, AppointmentPeople['student']>();
  const contacts = new Map<string, AppointmentPeople['contact']>();
  const relationships = new Map<string, string | null>();
  for (const { kind, key, a, b, c, d, e } of rows) {
    if (kind === 'teacher') teachers.set(key, { title: a, firstName: b!, lastName: c! });
    else if (kind === 'student') students.set(key, { firstName: a!, lastName: b!, sisId: c });
    else if (kind === 'contact') contacts.set(key, { title: a, firstName: b!, lastName: c!, email: d, phone: e });
    else relationships.set(key, a);
  }
  const people = new Map<string, AppointmentPeople>();
  for (const p of parties) {
    people.set(appointmentPeopleKey(p), {
      teacher: teachers.get(p.teacherId) ?? null,
      student: students.get(p.studentId) ?? null,
      contact: contacts.get(p.contactId) ?? null,
      relationship: relationships.get(`${p.contactId}:${p.studentId}`) ?? null,
    });
  }
  return people;
}
