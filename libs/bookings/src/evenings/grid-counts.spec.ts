import { familiesNotBooked } from './grid-counts.js';

describe('familiesNotBooked', () => {
  const families = [
    { contactId: 'mother', studentIds: ['zoe', 'liam'] },
    { contactId: 'father', studentIds: ['zoe', 'liam'] },
    { contactId: 'carer', studentIds: ['ama'] },
    { contactId: 'guardian', studentIds: ['kwame'] },
  ];

  it('counts every family while nobody has booked', () => {
    expect(familiesNotBooked(families, new Set())).toBe(4);
  });

  it('counts a family as started once any of its children has an appointment, whichever parent booked it', () => {
    expect(familiesNotBooked(families, new Set(['liam']))).toBe(2);
    expect(familiesNotBooked(families, new Set(['liam', 'ama', 'kwame']))).toBe(0);
  });

  it('ignores bookings of children outside the invited families', () => {
    expect(familiesNotBooked(families, new Set(['someone-else']))).toBe(4);
  });
});
