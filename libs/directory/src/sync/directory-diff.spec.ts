import { countChanges, diffDirectory, massDeletions, totalChanges, type CurrentDirectory } from './directory-diff.js';
import type { DirectorySnapshot } from './directory-snapshot.js';

const snapshot = (): DirectorySnapshot => ({
  students: [
    { sisId: 'S1', firstName: 'Zoë', lastName: "O'Brien", yearLabel: 'Year 7' },
    { sisId: 'S2', firstName: '陈', lastName: '小明', yearLabel: null },
  ],
  contacts: [{ sisId: 'C1', title: 'Ms', firstName: 'Anne-Marie', lastName: "O'Brien", email: 'am@example.org', phone: null }],
  teachers: [{ sisId: 'T1', title: 'Mr', firstName: 'José', lastName: 'Núñez', email: 'jn@school.example', phone: '+34 600 000 000' }],
  contactLinks: [{ contactSisId: 'C1', studentSisId: 'S1', relationship: 'mother' }],
  teacherLinks: [
    { teacherSisId: 'T1', studentSisId: 'S1', label: 'Maths' },
    { teacherSisId: 'T1', studentSisId: 'S2', label: null },
  ],
});

/** The database after applying a snapshot: same records, with ids. */
function stored(s: DirectorySnapshot): CurrentDirectory {
  let n = 0;
  const id = () => `id-${++n}`;
  return {
    students: s.students.map((r) => ({ ...r, id: id() })),
    contacts: s.contacts.map((r) => ({ ...r, id: id() })),
    teachers: s.teachers.map((r) => ({ ...r, id: id() })),
    contactLinks: s.contactLinks.map((r) => ({ ...r, id: id() })),
    teacherLinks: s.teacherLinks.map((r) => ({ ...r, id: id() })),
  };
}

const empty: CurrentDirectory = { students: [], contacts: [], teachers: [], contactLinks: [], teacherLinks: [] };

describe('diffDirectory', () => {
  it('adds everything into an empty directory', () => {
    const counts = countChanges(diffDirectory(empty, snapshot()));
    expect(counts).toEqual({
      students: { add: 2, update: 0, delete: 0 },
      contacts: { add: 1, update: 0, delete: 0 },
      teachers: { add: 1, update: 0, delete: 0 },
      contactLinks: { add: 1, update: 0, delete: 0 },
      teacherLinks: { add: 2, update: 0, delete: 0 },
    });
  });

  it('finds nothing to do when the snapshot equals the directory', () => {
    expect(totalChanges(countChanges(diffDirectory(stored(snapshot()), snapshot())))).toBe(0);
  });

  it('updates a changed field in place, matched by SIS id, and treats a missing optional field as empty', () => {
    const current = stored(snapshot());
    const next = snapshot();
    next.contacts[0].email = 'new@example.org';
    next.students[0].yearLabel = null;
    const changes = diffDirectory(current, next);
    expect(changes.contacts.update).toEqual([
      { id: current.contacts[0].id, before: expect.objectContaining({ email: 'am@example.org' }), after: expect.objectContaining({ email: 'new@example.org' }) },
    ]);
    expect(changes.students.update).toHaveLength(1);
    expect(changes.students.update[0].id).toBe(current.students[0].id);
    expect(totalChanges(countChanges(changes))).toBe(2);
  });

  it('tells a spelling change from an unchanged name (no normalisation of names)', () => {
    const next = snapshot();
    next.students[0].firstName = 'Zoe';
    expect(diffDirectory(stored(snapshot()), next).students.update).toHaveLength(1);
  });

  it('deletes people and links no longer sent, and updates a link whose relationship changed', () => {
    const current = stored(snapshot());
    const next = snapshot();
    next.students = next.students.filter((s) => s.sisId !== 'S2');
    next.teacherLinks = next.teacherLinks.filter((l) => l.studentSisId !== 'S2');
    next.contactLinks[0].relationship = 'guardian';
    const changes = diffDirectory(current, next);
    expect(changes.students.delete).toEqual([{ id: current.students[1].id, record: snapshot().students[1] }]);
    expect(changes.teacherLinks.delete.map((d) => d.record)).toEqual([snapshot().teacherLinks[1]]);
    expect(changes.contactLinks.update[0].after.relationship).toBe('guardian');
  });
});

describe('massDeletions', () => {
  it('flags a kind whose deletions exceed the share, and not one at or under it', () => {
    const current = stored(snapshot());
    const next = snapshot();
    next.students = [];
    next.contactLinks = [];
    next.teacherLinks = [next.teacherLinks[0]];
    const counts = countChanges(diffDirectory(current, next));
    expect(massDeletions(current, counts, 0.5).map((m) => m.kind)).toEqual(['students', 'contactLinks']);
    expect(massDeletions(current, counts, 1)).toEqual([]);
  });

  it('never trips on a first sync into an empty directory', () => {
    expect(massDeletions(empty, countChanges(diffDirectory(empty, snapshot())), 0)).toEqual([]);
  });
});
