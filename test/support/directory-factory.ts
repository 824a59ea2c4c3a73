import type { DirectorySnapshot } from '@ptc/directory';

const FIRST = ['Zoë', 'José', 'Anne-Marie', "D'Arcy", 'Łukasz', 'Siobhán', 'Müller', 'Amélie', 'Ngozi', 'Björn', '陈', 'Мария', 'Oluwaseun', 'Chloé', 'Seán'];
const LAST = ["O'Brien", 'Núñez', 'Smith-Jones', 'Åberg', 'van der Berg', 'Kowalski', 'Ó Briain', '小明', 'Иванова', 'García', 'Nguyễn', 'Dupont', 'Østergaard'];
const RELATIONSHIPS = ['mother', 'father', 'guardian', 'carer', 'other'] as const;

/**
 * A school's directory of the given size, the same every time for the same size: each student
 * has two contacts and a handful of teachers. Names use the spellings PTC must keep exactly.
 */
export function generateDirectory(students: number, teachers: number, teachersPerStudent: number): DirectorySnapshot {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length];
  const snapshot: DirectorySnapshot = { students: [], contacts: [], teachers: [], contactLinks: [], teacherLinks: [] };
  for (let t = 0; t < teachers; t++) {
    snapshot.teachers.push({
      sisId: `T${t}`,
      title: pick(['Mr', 'Ms', 'Dr', 'Mx'], t),
      firstName: pick(FIRST, t + 3),
      lastName: pick(LAST, t * 7),
      email: `teacher${t}@school.example`,
      phone: null,
    });
  }
  for (let s = 0; s < students; s++) {
    snapshot.students.push({ sisId: `S${s}`, firstName: pick(FIRST, s), lastName: pick(LAST, s * 3), yearLabel: `Year ${7 + (s % 5)}` });
    for (let c = 0; c < 2; c++) {
      const sisId = `C${s}-${c}`;
      snapshot.contacts.push({
        sisId,
        title: c === 0 ? 'Ms' : 'Mr',
        firstName: pick(FIRST, s + c + 5),
        lastName: pick(LAST, s * 3),
        email: `parent${s}-${c}@home.example`,
        phone: c === 0 ? `+44 7700 ${String(900000 + s).slice(-6)}` : null,
      });
      snapshot.contactLinks.push({ contactSisId: sisId, studentSisId: `S${s}`, relationship: pick(RELATIONSHIPS, s + c) });
    }
    const linked = new Set<number>();
    for (let k = 0; k < teachersPerStudent; k++) {
      const t = (s * 7 + k * 13) % teachers;
      if (linked.has(t)) continue;
      linked.add(t);
      snapshot.teacherLinks.push({ teacherSisId: `T${t}`, studentSisId: `S${s}`, label: `Subject ${k + 1}` });
    }
  }
  return snapshot;
}

export const clone = <T>(value: T): T => structuredClone(value);

/** The same directory with every SIS id prefixed: another school's people, for district bundles. */
export function withSisPrefix(s: DirectorySnapshot, prefix: string): DirectorySnapshot {
  const id = (sisId: string) => `${prefix}${sisId}`;
  return {
    students: s.students.map((r) => ({ ...r, sisId: id(r.sisId) })),
    contacts: s.contacts.map((r) => ({ ...r, sisId: id(r.sisId) })),
    teachers: s.teachers.map((r) => ({ ...r, sisId: id(r.sisId) })),
    contactLinks: s.contactLinks.map((l) => ({ ...l, contactSisId: id(l.contactSisId), studentSisId: id(l.studentSisId) })),
    teacherLinks: s.teacherLinks.map((l) => ({ ...l, teacherSisId: id(l.teacherSisId), studentSisId: id(l.studentSisId) })),
  };
}
