import type { Schemas } from '../../api/client';

type Evening = Schemas['ParentEveningView'];

/** Each child's teachers in the evening whom the child has no appointment with yet (children whose booking has opened). */
export function meetingsToBook(evening: Evening, now = Date.now()) {
  return evening.students.flatMap(({ student, teachers, appointments, bookingOpensAt }) =>
    Date.parse(bookingOpensAt) > now ? [] : teachers.filter((teacher) => !appointments.some((a) => a.status === 'active' && a.teacherId === teacher.teacherId)).map((teacher) => ({ student, teacher })),
  );
}
