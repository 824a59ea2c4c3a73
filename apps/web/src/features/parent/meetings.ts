import type { Schemas } from '../../api/client';

type Evening = Schemas['ParentEveningView'];

/** Each child's teachers in the evening whom the child has no appointment with yet. */
export function meetingsToBook(evening: Evening) {
  return evening.students.flatMap(({ student, teachers, appointments }) =>
    teachers.filter((teacher) => !appointments.some((a) => a.status === 'active' && a.teacherId === teacher.teacherId)).map((teacher) => ({ student, teacher })),
  );
}
