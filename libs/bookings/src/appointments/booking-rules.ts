import type { DomainError } from '@ptc/platform';
import { BookingErrors } from '../bookings.errors.js';
import { earliestOpening, opensAtFor, type OpeningStage } from '../evenings/opening-stages.js';

/** What the booking path reads of the evening and the slot in one statement (column names as read). */
export interface EveningFacts {
  status: string;
  online: boolean;
  video_link_template: string | null;
  opens_at: Date;
  closes_at: Date;
  gap_minutes: number;
  cap_per_student: number | null;
  year_labels: string[] | null;
  opening_stages: OpeningStage[] | null;
  teacher_in_evening: boolean;
  slot_id: string | null;
  blocked: boolean | null;
  starts_at: Date;
  ends_at: Date;
  slot_taken: boolean;
  held_for_student: string | null;
  already_with_teacher: boolean;
}

/** What the directory says of the family, the student and the teacher. */
export interface FamilyLinks {
  contactLinked: boolean;
  teacherLinked: boolean;
  yearLabel: string | null;
}

/** Who books and when: staff (the office, or a teacher answering a late request) are not held to the parents' window or holds. */
export interface Booker {
  staff: boolean;
  studentId: string;
  now: Date;
}

/**
 * The rules that need only the evening and the slot, in the order the answers are given. In a rush
 * most requests lose the race for the slot and learn so here, before the directory is asked.
 */
export function slotRuleBroken(facts: EveningFacts | undefined, booker: Booker): DomainError | null {
  if (!facts || (facts.status !== 'published' && !booker.staff) || facts.status === 'closed') return BookingErrors.eveningNotFound();
  const window = { opensAt: facts.opens_at, openingStages: facts.opening_stages };
  if (!booker.staff && (booker.now < earliestOpening(window) || booker.now >= facts.closes_at)) return BookingErrors.windowClosed();
  if (!facts.teacher_in_evening) return BookingErrors.teacherNotInEvening();
  if (!facts.slot_id) return BookingErrors.slotNotFound();
  if (facts.blocked) return BookingErrors.slotBlocked();
  if (facts.slot_taken) return BookingErrors.slotTaken();
  if (facts.held_for_student && facts.held_for_student !== booker.studentId && !booker.staff) return BookingErrors.slotHeld();
  return null;
}

/** The rules that need the family's links: linked to the student, invited, the student's stage open, taught by the teacher, once per teacher. */
export function familyRuleBroken(facts: EveningFacts, links: FamilyLinks, booker: Booker): DomainError | null {
  if (!links.contactLinked) return BookingErrors.notLinkedToStudent();
  if (facts.year_labels?.length && !(links.yearLabel && facts.year_labels.includes(links.yearLabel))) return BookingErrors.studentNotInEvening();
  // Staged opening: before everyone may book, only the student's own stage counts.
  const opens = opensAtFor({ opensAt: facts.opens_at, openingStages: facts.opening_stages }, links.yearLabel);
  if (!booker.staff && booker.now < opens) return BookingErrors.notOpenForStudent(opens);
  if (!links.teacherLinked) return BookingErrors.teacherNotLinked();
  if (facts.already_with_teacher) return BookingErrors.alreadyWithTeacher();
  return null;
}
