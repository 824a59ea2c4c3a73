import type { DirectorySnapshot } from '@ptc/directory';

/** A small, made-up school directory (the .invalid domain never delivers mail). */
export const DEMO_DIRECTORY: DirectorySnapshot = {
  students: [
    { sisId: 'S1', firstName: 'Zoë', lastName: "O'Brien", yearLabel: 'Year 7' },
    { sisId: 'S2', firstName: 'Liam', lastName: "O'Brien", yearLabel: 'Year 9' },
    { sisId: 'S3', firstName: 'Amélie', lastName: 'Núñez-García', yearLabel: 'Year 7' },
    { sisId: 'S4', firstName: 'Kwame', lastName: 'Mensah', yearLabel: 'Year 9' },
    { sisId: 'S5', firstName: 'Ama', lastName: 'Mensah', yearLabel: 'Year 7' },
  ],
  contacts: [
    { sisId: 'C1', title: 'Ms', firstName: 'Siobhán', lastName: "O'Brien", email: 'siobhan@demo-parents.invalid', phone: '+44 7700 900001' },
    { sisId: 'C2', title: 'Dr', firstName: 'José', lastName: 'Núñez', email: 'jose@demo-parents.invalid', phone: null },
    { sisId: 'C3', title: 'Mr', firstName: 'Kofi', lastName: 'Mensah', email: 'kofi@demo-parents.invalid', phone: null },
  ],
  teachers: [
    { sisId: 'T1', title: 'Mrs', firstName: 'Anne-Marie', lastName: 'Smith', email: 'a.smith@demo-school.invalid', phone: null },
    { sisId: 'T2', title: 'Mr', firstName: 'Łukasz', lastName: 'Kowalski', email: 'l.kowalski@demo-school.invalid', phone: null },
  ],
  contactLinks: [
    { contactSisId: 'C1', studentSisId: 'S1', relationship: 'mother' },
    { contactSisId: 'C1', studentSisId: 'S2', relationship: 'mother' },
    { contactSisId: 'C2', studentSisId: 'S3', relationship: 'father' },
    { contactSisId: 'C3', studentSisId: 'S4', relationship: 'father' },
    { contactSisId: 'C3', studentSisId: 'S5', relationship: 'father' },
  ],
  teacherLinks: [
    { teacherSisId: 'T1', studentSisId: 'S1', label: 'English 7A' },
    { teacherSisId: 'T1', studentSisId: 'S3', label: 'English 7A' },
    { teacherSisId: 'T2', studentSisId: 'S1', label: 'Maths 7X' },
    { teacherSisId: 'T2', studentSisId: 'S2', label: 'Maths 9Y' },
    { teacherSisId: 'T2', studentSisId: 'S4', label: 'Maths 9Y' },
    { teacherSisId: 'T1', studentSisId: 'S5', label: 'English 7A' },
  ],
};
