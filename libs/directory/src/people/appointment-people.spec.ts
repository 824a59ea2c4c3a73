import { appointmentPeopleFrom, idsToLookUp, appointmentPeopleKey, type AppointmentPersonRow } from './appointment-people.js';

const row = (kind: AppointmentPersonRow['kind'], key: string, ...columns: (string | null)[]): AppointmentPersonRow => {
  const [a = null, b = null, c = null, d = null, e = null] = columns;
  return { kind, key, a, b, c, d, e };
};

describe('appointment people', () => {
  const first = { teacherId: 't1', studentId: 's1', contactId: 'c1' };
  const sibling = { teacherId: 't1', studentId: 's2', contactId: 'c1' };

  it('looks each person up once', () => {
    expect(idsToLookUp([first, sibling, first])).toEqual({ teacherIds: ['t1'], studentIds: ['s1', 's2'], contactIds: ['c1'] });
  });

  it("pairs each appointment with its teacher, student, parent and the parent's relationship to that student", () => {
    const people = appointmentPeopleFrom(
      [first, sibling],
      [
        row('teacher', 't1', 'Dr', 'Lena', 'Vogel'),
        row('student', 's1', 'Ada', 'Okafor', 'SIS-1'),
        row('student', 's2', 'Ben', 'Okafor', null),
        row('contact', 'c1', null, 'Chioma', 'Okafor', 'chioma@example.org', '+44 20 7946 0000'),
        row('link', 'c1:s1', 'mother'),
        row('link', 'c1:s2', 'carer'),
      ],
    );
    expect(people.get(appointmentPeopleKey(first))).toEqual({
      teacher: { title: 'Dr', firstName: 'Lena', lastName: 'Vogel' },
      student: { firstName: 'Ada', lastName: 'Okafor', sisId: 'SIS-1' },
      contact: { title: null, firstName: 'Chioma', lastName: 'Okafor', email: 'chioma@example.org', phone: '+44 20 7946 0000' },
      relationship: 'mother',
    });
    expect(people.get(appointmentPeopleKey(sibling))).toMatchObject({ student: { firstName: 'Ben', sisId: null }, relationship: 'carer' });
  });

  it('leaves out whoever has left the directory', () => {
    const people = appointmentPeopleFrom([first], [row('teacher', 't1', null, 'Lena', 'Vogel')]);
    expect(people.get(appointmentPeopleKey(first))).toEqual({ teacher: { title: null, firstName: 'Lena', lastName: 'Vogel' }, student: null, contact: null, relationship: null });
  });
});
