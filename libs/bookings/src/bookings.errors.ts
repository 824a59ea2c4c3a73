import { Conflict, DomainError, Forbidden, Gone, Invalid, NotFound } from '@ptc/platform';

export const BookingErrors = {
  eveningNotFound: () => NotFound('EVENING.NOT_FOUND', 'No such parents’ evening'),
  slotNotFound: () => NotFound('BOOKING.SLOT_NOT_FOUND', 'No such slot in this evening'),
  appointmentNotFound: () => NotFound('BOOKING.APPOINTMENT_NOT_FOUND', 'No such appointment'),
  teacherNotInEvening: () => NotFound('EVENING.TEACHER_NOT_FOUND', 'This teacher does not take part in this evening'),
  invalidField: (field: string, reason: string) => Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field, problems: [reason] }]),
  invalidFields: (problems: { field: string; problem: string }[]) =>
    Invalid('VALIDATION.FAILED', 'The request is not valid', problems.map(({ field, problem }) => ({ field, problems: [problem] }))),
  wrongStatus: (from: string, to: string) => Conflict('EVENING.STATUS_CHANGE', `An evening cannot go from ${from} to ${to}`),
  onlyDraftsEdited: () => Conflict('EVENING.NOT_A_DRAFT', 'Only a draft evening can be changed this way; a published one keeps its times (change a teacher’s hours instead)'),
  onlyDraftsDeleted: () => Conflict('EVENING.NOT_A_DRAFT', 'Only a draft evening can be deleted; close a published one instead'),
  draftHasAppointments: (appointments: number) => Conflict('EVENING.HAS_APPOINTMENTS', `This draft has ${appointments} appointment(s): cancel them first`, { appointments }),
  availabilityConflict: (appointments: number) =>
    Conflict(
      'EVENING.AVAILABILITY_CONFLICT',
      `This change would drop ${appointments} booked appointment(s); repeat with cancelAffected=true to cancel them and tell the parents`,
      { appointments },
    ),
  notLinkedToStudent: () => Forbidden('BOOKING.NOT_LINKED_TO_STUDENT', 'You are not linked to this student'),
  teacherNotLinked: () => new DomainError('unprocessable', 'BOOKING.TEACHER_NOT_LINKED', 'This teacher does not teach this student'),
  studentNotInEvening: () => new DomainError('unprocessable', 'BOOKING.STUDENT_NOT_INVITED', 'This evening is not for this student’s year group'),
  windowClosed: () => Conflict('BOOKING.WINDOW_CLOSED', 'Booking for this evening is not open'),
  notOpenForStudent: (opensAt: Date) =>
    Conflict('BOOKING.WINDOW_CLOSED', 'Booking for this student’s year group is not open yet', { opensAt: opensAt.toISOString() }),
  slotTaken: () => Conflict('BOOKING.SLOT_TAKEN', 'This slot has just been booked by someone else'),
  slotBlocked: () => Conflict('BOOKING.SLOT_BLOCKED', 'This slot is not available'),
  jointNotAllowed: () => new DomainError('unprocessable', 'BOOKING.JOINT_NOT_ALLOWED', 'This school does not hold joint meetings for brothers and sisters'),
  slotHeld: () => Conflict('BOOKING.SLOT_HELD', 'This time is held for a family on the teacher’s waiting list'),
  alreadyWithTeacher: () => Conflict('BOOKING.ALREADY_BOOKED_WITH_TEACHER', 'This student already has an appointment with this teacher in this evening'),
  parentOverlap: () => Conflict('BOOKING.PARENT_OVERLAP', 'You already have an appointment at this time (or too close to it)'),
  studentCapReached: (cap: number) => Conflict('BOOKING.STUDENT_CAP_REACHED', `A student can have at most ${cap} appointment(s) in this evening`),
  cancellationClosed: (until: Date) =>
    Conflict('BOOKING.CANCELLATION_CLOSED', 'Parents can no longer cancel this appointment: please contact the school', { cancellableUntil: until.toISOString() }),
  alreadyCancelled: () => Conflict('BOOKING.ALREADY_CANCELLED', 'This appointment is already cancelled'),
  reasonRequired: () => Invalid('BOOKING.REASON_REQUIRED', 'A teacher cancelling an appointment must give a reason'),
  idempotencyMismatch: () =>
    new DomainError('unprocessable', 'BOOKING.IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request'),
  contactRequired: () => Invalid('BOOKING.CONTACT_REQUIRED', 'An admin booking for a parent must name the contact (contactId)'),
  linkInvalid: () => NotFound('BOOKING.LINK_INVALID', 'This link is not valid: it may have expired'),
  linkReplaced: () => Gone('BOOKING.LINK_REPLACED', 'This appointment was moved or cancelled since this email: the newest email about it has the link that works'),
  notAParent: () => Forbidden('BOOKING.NOT_A_PARENT', 'Your account is not linked to a parent record'),
  notATeacher: () => Forbidden('BOOKING.NOT_A_TEACHER', 'Your account is not linked to a teacher record'),
  eveningClosed: () => Conflict('EVENING.CLOSED', 'This evening is closed: nothing of it changes any more'),
  capBelowBookings: (students: number, cap: number) =>
    Conflict('EVENING.CAP_BELOW_BOOKINGS', `${students} student(s) already have more than ${cap} appointment(s): cancel some first`, { students }),
  yearsHaveBookings: (appointments: number) =>
    Conflict(
      'EVENING.YEARS_HAVE_BOOKINGS',
      `${appointments} appointment(s) are of students in year groups this change leaves out; repeat with cancelAffected=true to cancel them and tell the parents`,
      { appointments },
    ),
  teacherAlreadyInEvening: () => Conflict('EVENING.TEACHER_ALREADY_TAKES_PART', 'This teacher already takes part in this evening'),
  teacherHasAppointments: (appointments: number) =>
    Conflict('EVENING.TEACHER_HAS_APPOINTMENTS', `The teacher has ${appointments} appointment(s) in this evening; repeat with cancelAffected=true to cancel them and tell the parents`, { appointments }),
  videoTemplateMissing: (field: string) =>
    new DomainError('unprocessable', 'EVENING.NO_VIDEO_TEMPLATE', 'Online meetings need the school’s video link template first (booking settings)', { field }),
  availabilitySetByOffice: () => Forbidden('EVENING.AVAILABILITY_SET_BY_OFFICE', 'In this school the office sets teachers’ hours and breaks'),
};
