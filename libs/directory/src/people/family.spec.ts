import { familyFromRows, teacherDisplayName, type FamilyRow } from './family.js';

const child = (id: string, firstName: string, teacher: [string, string | null, string, string] | null): FamilyRow => ({
  id,
  sis_id: `SIS-${id}`,
  first_name: firstName,
  last_name: 'Okafor',
  year_label: '7',
  teacher_id: teacher?.[0] ?? null,
  teacher_title: teacher?.[1] ?? null,
  teacher_first_name: teacher?.[2] ?? null,
  teacher_last_name: teacher?.[3] ?? null,
});

describe('familyFromRows', () => {
  it('groups each child with their teachers in the order read', () => {
    const family = familyFromRows([
      child('s1', 'Ada', ['t2', 'Ms', 'Ana', 'Bell']),
      child('s1', 'Ada', ['t1', null, 'Raj', 'Patel']),
      child('s2', 'Ben', ['t2', 'Ms', 'Ana', 'Bell']),
    ]);
    expect(family).toEqual([
      { student: { id: 's1', sisId: 'SIS-s1', firstName: 'Ada', lastName: 'Okafor', yearLabel: '7' }, teachers: [{ id: 't2', name: 'Ms Ana Bell' }, { id: 't1', name: 'Raj Patel' }] },
      { student: { id: 's2', sisId: 'SIS-s2', firstName: 'Ben', lastName: 'Okafor', yearLabel: '7' }, teachers: [{ id: 't2', name: 'Ms Ana Bell' }] },
    ]);
  });

  it('keeps a child without teachers, with none', () => {
    expect(familyFromRows([child('s1', 'Ada', null)])).toEqual([{ student: expect.objectContaining({ id: 's1' }), teachers: [] }]);
  });

  it('is empty for a parent without children', () => {
    expect(familyFromRows([])).toEqual([]);
  });
});

describe('teacherDisplayName', () => {
  it('leaves out a missing or empty title', () => {
    expect(teacherDisplayName('Dr', 'Lena', 'Vogel')).toBe('Dr Lena Vogel');
    expect(teacherDisplayName(null, 'Lena', 'Vogel')).toBe('Lena Vogel');
    expect(teacherDisplayName('', 'Lena', 'Vogel')).toBe('Lena Vogel');
  });
});
