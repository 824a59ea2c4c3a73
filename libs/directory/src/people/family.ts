import type { StudentView } from '../dto/people.views.js';

/** A parent's child with the teachers linked to them, as the parent's pages list them. */
export interface FamilyMember {
  student: StudentView;
  teachers: { id: string; name: string }[];
}

/** One (child, teacher) row of a family read; the teacher columns are null for a child without teachers. */
export interface FamilyRow {
  id: string;
  sis_id: string | null;
  first_name: string;
  last_name: string;
  year_label: string | null;
  teacher_id: string | null;
  teacher_title: string | null;
  teacher_first_name: string | null;
  teacher_last_name: string | null;
}

/** A teacher's name as the parent sees it: title, first and last name, leaving out what is missing. */
export const teacherDisplayName = (title: string | null, firstName: string | null, lastName: string | null): string =>
  [title, firstName, lastName].filter((part) => part !== null && part !== '').join(' ');

/** Groups a family read's rows (ordered by child, then teacher) into children with their teachers, keeping that order. */
export function familyFromRows(rows: readonly FamilyRow[]): FamilyMember[] {
  const members: FamilyMember[] = [];
  let current: FamilyMember | undefined;
  for (const row of rows) {
    if (current?.student.id !== row.id) {
      current = { student: { id: row.id, sisId: row.sis_id, firstName: row.first_name, lastName: row.last_name, yearLabel: row.year_label }, teachers: [] };
      members.push(current);
    }
    if (row.teacher_id !== null) current.teachers.push({ id: row.teacher_id, name: teacherDisplayName(row.teacher_title, row.teacher_first_name, row.teacher_last_name) });
  }
  return members;
}
