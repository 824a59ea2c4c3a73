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

const windowOf = (facts: EveningFacts): BookingWindow => ({ opensAt: facts.opens_at, closesAt: facts.closes_at, openingStages: facts.opening_stages });

/** Who books and when: staff (the office, or a teacher answering a late request) are not held to the parents' window or holds. */
export interface Booker {
  staff: boolean;
  studentId: string;
  now: Date;
}

/** A parents' booking window, as the evening stores it. */
export interface BookingWindow {
  opensAt: Date;
  closesAt: Date;
  openingStages: OpeningStage[] | null;
}

/** Before the first stage opens, or once booking has closed, no parent books or moves. */
export function windowRuleBroken(window: BookingWindow, now: Date): DomainError | null {
  return now < earliestOpening(window) || now >= window.closesAt ? BookingErrors.windowClosed() : null;
}

/** Staged opening: before everyone may book, only the student's own stage counts. */
export function stageRuleBroken(window: BookingWindow, yearLabel: string | null, now: Date): DomainError | null {
  const opens = opensAtFor(window, yearLabel);
  return now < opens ? BookingErrors.notOpenForStudent(opens) : null;
}

/**
 * The rules that need only the evening and the slot, in the order the answers are given. In a rush
 * most requests lose the race for the slot and learn so here, before the directory is asked.
 */
export function slotRuleBroken(facts: EveningFacts | undefined, booker: Booker): DomainError | null {
  if (!facts || (facts.status !== 'published' && !booker.staff) || facts.status === 'closed') return BookingErrors.eveningNotFound();
  const windowProblem = booker.staff ? null : windowRuleBroken(windowOf(facts), booker.now);
  if (windowProblem) return windowProblem;
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
  const stageProblem = booker.staff ? null : stageRuleBroken(windowOf(facts), links.yearLabel, booker.now);
  if (stageProblem) return stageProblem;
  if (!links.teacherLinked) return BookingErrors.teacherNotLinked();
  if (facts.already_with_teacher) return BookingErrors.alreadyWithTeacher();
  return null;
}
