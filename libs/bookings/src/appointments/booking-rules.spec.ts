import { familyRuleBroken, slotRuleBroken, type Booker, type EveningFacts, type FamilyLinks } from './booking-rules.js';

const now = new Date('2026-12-01T18:30:00Z');
const facts = (change: Partial<EveningFacts> = {}): EveningFacts => ({
  status: 'published',
  online: false,
  video_link_template: null,
  opens_at: new Date('2026-12-01T18:00:00Z'),
  closes_at: new Date('2026-12-05T18:00:00Z'),
  gap_minutes: 0,
  cap_per_student: null,
  year_labels: ['Year 7'],
  opening_stages: null,
  teacher_in_evening: true,
  slot_id: 'slot',
  blocked: false,
  starts_at: new Date('2026-12-10T16:00:00Z'),
  ends_at: new Date('2026-12-10T16:10:00Z'),
  slot_taken: false,
  held_for_student: null,
  already_with_teacher: false,
  ...change,
});
const links = (change: Partial<FamilyLinks> = {}): FamilyLinks => ({ contactLinked: true, teacherLinked: true, yearLabel: 'Year 7', ...change });
const parent: Booker = { staff: false, studentId: 'zoe', now };
const office: Booker = { staff: true, studentId: 'zoe', now };
const codeOf = (error: { code: string } | null) => error?.code ?? null;

describe('the booking rules', () => {
  it('let a parent book a free slot of an open evening for their invited child, taught by the teacher', () => {
    expect(slotRuleBroken(facts(), parent)).toBeNull();
    expect(familyRuleBroken(facts(), links(), parent)).toBeNull();
  });

  it.each([
    ['an unknown or other school’s evening', undefined, 'EVENING.NOT_FOUND'],
    ['a draft', facts({ status: 'draft' }), 'EVENING.NOT_FOUND'],
    ['a closed evening', facts({ status: 'closed' }), 'EVENING.NOT_FOUND'],
    ['before booking opens', facts({ opens_at: new Date('2026-12-01T19:00:00Z') }), 'BOOKING.WINDOW_CLOSED'],
    ['once booking has closed', facts({ closes_at: now }), 'BOOKING.WINDOW_CLOSED'],
    ['a teacher not in the evening', facts({ teacher_in_evening: false }), 'EVENING.TEACHER_NOT_FOUND'],
    ['no such slot of the teacher', facts({ slot_id: null }), 'BOOKING.SLOT_NOT_FOUND'],
    ['a slot taken out of booking', facts({ blocked: true }), 'BOOKING.SLOT_BLOCKED'],
    ['a slot just taken', facts({ slot_taken: true }), 'BOOKING.SLOT_TAKEN'],
    ['a slot held for another waiting family', facts({ held_for_student: 'kwame' }), 'BOOKING.SLOT_HELD'],
  ])('refuse a parent %s', (_, given, code) => {
    expect(codeOf(slotRuleBroken(given, parent))).toBe(code);
  });

  it('let the office book outside the window, a draft, and over a hold, but never a closed evening or a taken slot', () => {
    expect(slotRuleBroken(facts({ opens_at: new Date('2026-12-02T00:00:00Z') }), office)).toBeNull();
    expect(slotRuleBroken(facts({ status: 'draft' }), office)).toBeNull();
    expect(slotRuleBroken(facts({ held_for_student: 'kwame' }), office)).toBeNull();
    expect(codeOf(slotRuleBroken(facts({ status: 'closed' }), office))).toBe('EVENING.NOT_FOUND');
    expect(codeOf(slotRuleBroken(facts({ slot_taken: true }), office))).toBe('BOOKING.SLOT_TAKEN');
  });

  it('let the family whose waiting place holds the slot book it', () => {
    expect(slotRuleBroken(facts({ held_for_student: 'zoe' }), parent)).toBeNull();
  });

  it.each([
    ['for a child not theirs', facts(), links({ contactLinked: false }), 'BOOKING.NOT_LINKED_TO_STUDENT'],
    ['for a child of a year group not invited', facts(), links({ yearLabel: 'Year 9' }), 'BOOKING.STUDENT_NOT_INVITED'],
    ['with a teacher who does not teach the child', facts(), links({ teacherLinked: false }), 'BOOKING.TEACHER_NOT_LINKED'],
    ['a second time with the same teacher', facts({ already_with_teacher: true }), links(), 'BOOKING.ALREADY_BOOKED_WITH_TEACHER'],
  ])('refuse a booking %s', (_, given, family, code) => {
    expect(codeOf(familyRuleBroken(given, family, parent))).toBe(code);
  });

  it("open to a child's year group at its stage, and to the rest with everyone", () => {
    const staged = facts({ opens_at: new Date('2026-12-01T19:00:00Z'), year_labels: null, opening_stages: [{ yearLabels: ['Year 7'], opensAt: '2026-12-01T18:00:00Z' }] });
    expect(slotRuleBroken(staged, parent)).toBeNull();
    expect(familyRuleBroken(staged, links(), parent)).toBeNull();
    const early = familyRuleBroken(staged, links({ yearLabel: 'Year 9' }), parent);
    expect(early).toMatchObject({ code: 'BOOKING.WINDOW_CLOSED', details: { opensAt: '2026-12-01T19:00:00.000Z' } });
    expect(familyRuleBroken(staged, links({ yearLabel: 'Year 9' }), office)).toBeNull();
  });
});
