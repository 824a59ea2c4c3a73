import { ApiProperty, OmitType } from '@nestjs/swagger';
import { StudentView } from '@ptc/directory';

const nullableString = (description?: string) => ({ type: String, nullable: true, description });
const nullableInt = (description?: string) => ({ type: Number, nullable: true, description });

export class OpeningStageView {
  @ApiProperty({ type: [String] })
  yearLabels: string[];

  @ApiProperty({ format: 'date-time' })
  opensAt: string;
}

export class EveningView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['draft', 'published', 'closed'] })
  status: string;

  @ApiProperty({ description: "The school's IANA timezone, in which local times are given", example: 'Europe/London' })
  timezone: string;

  @ApiProperty()
  slotMinutes: number;

  @ApiProperty()
  gapMinutes: number;

  @ApiProperty({ format: 'date-time', description: 'Booking opens' })
  opensAt: string;

  @ApiProperty({ format: 'date-time', description: 'Booking closes' })
  closesAt: string;

  @ApiProperty(nullableString())
  location: string | null;

  @ApiProperty({ description: 'Meetings are video calls (teachers may differ)' })
  online: boolean;

  @ApiProperty({ type: [String], nullable: true, description: 'Year groups invited; none means every year' })
  yearLabels: string[] | null;

  @ApiProperty({ type: [OpeningStageView], nullable: true, description: 'Year groups that may book before opensAt; none: everyone at opensAt' })
  openingStages: OpeningStageView[] | null;

  @ApiProperty(nullableInt('Most appointments one student may have'))
  capPerStudent: number | null;
}

export class SessionView {
  @ApiProperty({ format: 'date', description: 'Local date' })
  date: string;

  @ApiProperty({ example: '16:00', description: 'Local time' })
  start: string;

  @ApiProperty({ example: '19:00', description: 'Local time' })
  end: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;
}

export class FixedBreakView {
  @ApiProperty({ example: '17:30' })
  start: string;

  @ApiProperty({ example: '17:45' })
  end: string;
}

export class EveningTeacherView {
  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty()
  name: string;

  @ApiProperty(nullableString())
  location: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'The teacher’s own choice: by video (true) or in person (false); none: as the evening' })
  onlineChoice: boolean | null;

  @ApiProperty({ description: 'The teacher meets by video in this evening (their choice, else the evening’s)' })
  online: boolean;

  @ApiProperty(nullableString('Local time the teacher arrives'))
  arriveAt: string | null;

  @ApiProperty(nullableString('Local time the teacher leaves'))
  leaveAt: string | null;

  @ApiProperty(nullableInt())
  breakEverySlots: number | null;

  @ApiProperty(nullableInt())
  breakMinutes: number | null;

  @ApiProperty({ type: [FixedBreakView], nullable: true })
  breaks: FixedBreakView[] | null;

  @ApiProperty({ description: 'Slots generated for the teacher' })
  slots: number;
}

export class EveningDetailView extends EveningView {
  @ApiProperty({ type: [SessionView] })
  sessions: SessionView[];

  @ApiProperty({ type: [EveningTeacherView] })
  teachers: EveningTeacherView[];
}

export class SlotView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00' })
  localStart: string;

  @ApiProperty()
  blocked: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The active appointment in the slot' })
  appointmentId: string | null;
}

export class SlotBlockedView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  blocked: boolean;
}

export class AppointmentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ format: 'uuid' })
  slotId: string;

  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty({ format: 'uuid' })
  studentId: string;

  @ApiProperty({ format: 'uuid', description: 'The parent or carer the appointment is with' })
  contactId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00' })
  localStart: string;

  @ApiProperty({ enum: ['active', 'cancelled'] })
  status: string;

  @ApiProperty({ description: 'Grows with every change (the calendar files’ SEQUENCE)' })
  sequence: number;

  @ApiProperty(nullableString())
  cancelReason: string | null;

  @ApiProperty(nullableString('The appointment’s own video meeting when the teacher meets online; none for a cancelled appointment'))
  meetingLink: string | null;

  @ApiProperty({ type: [String], description: 'A joint meeting: the brothers and sisters it is also about (it is listed under each)' })
  jointStudentIds: string[];
}

export class ParentAppointmentView extends AppointmentView {
  @ApiProperty({ format: 'date-time', description: 'Until when the family may cancel it themselves (the school’s cut-off; never after it starts)' })
  cancellableUntil: string;
}

export class AppointmentHistoryView {
  @ApiProperty({ enum: ['booked', 'moved', 'changed', 'cancelled'] })
  action: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'None when the link in an email was used' })
  actorUserId: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'What changed (a move’s slots, a reason)' })
  detail: Record<string, unknown> | null;
}

export class AppointmentDetailView extends AppointmentView {
  @ApiProperty({ type: [AppointmentHistoryView] })
  history: AppointmentHistoryView[];
}

/** What the signed link in an email shows: the appointment with the names a parent needs. */
export class LinkedAppointmentView extends AppointmentView {
  @ApiProperty({ description: "The evening's name" })
  evening: string;

  @ApiProperty({ description: "The school's IANA timezone, in which the appointment's local time is given", example: 'Europe/London' })
  timezone: string;

  @ApiProperty({ type: String, nullable: true, description: 'None when the teacher has left the directory' })
  teacher: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'None when the student has left the directory' })
  student: string | null;
}

export class FreeSlotView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ description: 'Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00' })
  localStart: string;
}

export class BookableTeacherView {
  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty()
  name: string;

  @ApiProperty(nullableString())
  location: string | null;

  @ApiProperty({ description: 'The meetings are video calls; the link comes with each appointment' })
  online: boolean;

  @ApiProperty({ type: [FreeSlotView] })
  freeSlots: FreeSlotView[];
}

export class StudentInEveningView {
  @ApiProperty({ type: StudentView })
  student: StudentView;

  @ApiProperty({ format: 'date-time', description: "When this student's family may start booking (their year group's stage, else opensAt)" })
  bookingOpensAt: string;

  @ApiProperty({ type: [BookableTeacherView], description: "The student's teachers in the evening" })
  teachers: BookableTeacherView[];

  @ApiProperty({ type: [ParentAppointmentView], description: "The student's appointments, whoever of the family booked them" })
  appointments: ParentAppointmentView[];
}

export class ParentEveningView extends EveningView {
  @ApiProperty({ description: 'Brothers and sisters may have one meeting together with a teacher they share' })
  jointMeetings: boolean;

  @ApiProperty({ type: [StudentInEveningView] })
  students: StudentInEveningView[];
}

/** One row of an evening's bookings (the CSV's columns, as JSON). */
export class BookingRowView {
  @ApiProperty({ format: 'date', description: 'Local date' })
  date: string;

  @ApiProperty({ description: 'Local start time' })
  time: string;

  @ApiProperty({ description: 'Local end time' })
  endTime: string;

  @ApiProperty({ description: 'Local start with its UTC offset (ISO 8601): on a clock-change day a local time can happen twice', example: '2027-10-31T01:30:00+01:00' })
  startsAt: string;

  @ApiProperty({ description: 'Local end with its UTC offset (ISO 8601)', example: '2027-10-31T01:40:00+01:00' })
  endsAt: string;

  @ApiProperty()
  teacher: string;

  @ApiProperty()
  studentFirstName: string;

  @ApiProperty()
  studentLastName: string;

  @ApiProperty(nullableString())
  studentSisId: string | null;

  @ApiProperty(nullableString())
  contactTitle: string | null;

  @ApiProperty()
  contactFirstName: string;

  @ApiProperty()
  contactLastName: string;

  @ApiProperty(nullableString())
  relationship: string | null;

  @ApiProperty(nullableString())
  email: string | null;

  @ApiProperty(nullableString())
  phone: string | null;

  @ApiProperty({ enum: ['active', 'cancelled', 'past_person_removed'], description: '`past_person_removed`: it took place, and its student, parent or teacher has left the directory since' })
  status: string;

  @ApiProperty({ format: 'uuid' })
  appointmentId: string;

  @ApiProperty(nullableString('The appointment’s video meeting, when it is online and stands'))
  meetingLink: string | null;

  @ApiProperty(nullableString('A joint meeting: the brothers and sisters it is also about'))
  jointStudents: string | null;
}

export class CalendarFeedView {
  @ApiProperty({ description: 'A private address calendar apps can subscribe to, without a login' })
  url: string;
}


export class FamilyFeedStatusView {
  @ApiProperty()
  active: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  createdAt: string | null;
}

export class FamilyFeedCreatedView {
  @ApiProperty({ description: 'The private address for calendar apps; shown this once' })
  url: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class BookingSettingsView {
  @ApiProperty({ type: Number, nullable: true, description: 'Hours before the appointment until which parents may cancel; null: until the booking window closes' })
  parentCancelCutoffHours: number | null;

  @ApiProperty({ description: 'Teachers set their own hours and breaks for an evening' })
  teachersSetAvailability: boolean;

  @ApiProperty({ description: 'Days before booking closes when families who booked nothing are reminded; 0: never' })
  notBookedReminderDays: number;

  @ApiProperty({ description: 'Minutes a freed time is held for the first family on the teacher’s waiting list' })
  waitingOfferMinutes: number;

  @ApiProperty({ description: 'Brothers and sisters may have one meeting together with a teacher they share' })
  jointSiblingMeetings: boolean;

  @ApiProperty(nullableString('The video meeting address with {room} for each appointment’s own room; none: no online evenings'))
  videoLinkTemplate: string | null;
}

export class UpcomingAppointmentView extends ParentAppointmentView {
  @ApiProperty()
  eveningName: string;

  @ApiProperty({ description: "The school's IANA timezone", example: 'Europe/London' })
  timezone: string;

  @ApiProperty(nullableString('None when the teacher has left the directory'))
  teacherName: string | null;

  @ApiProperty(nullableString('None when the student has left the directory'))
  studentFirstName: string | null;
}

export class GridTeacherView {
  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty(nullableString('None when the teacher has left the directory'))
  name: string | null;
}

/** A slot as the office's grid shows it: its state instead of the blocked flag, and who booked it. */
export class GridSlotView extends OmitType(SlotView, ['blocked'] as const) {
  @ApiProperty({ enum: ['free', 'booked', 'blocked'] })
  state: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  studentId: string | null;

  @ApiProperty(nullableString())
  studentName: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The parent the appointment is with' })
  contactId: string | null;
}

export class GridCountsView {
  @ApiProperty()
  booked: number;

  @ApiProperty()
  free: number;

  @ApiProperty()
  blocked: number;

  @ApiProperty({ description: "Parents or carers of the evening's year groups none of whose children has an appointment yet" })
  familiesNotBooked: number;
}

export class EveningGridView {
  @ApiProperty({ format: 'uuid' })
  eveningId: string;

  @ApiProperty()
  timezone: string;

  @ApiProperty({ type: [GridTeacherView], description: 'The evening’s teachers by name' })
  teachers: GridTeacherView[];

  @ApiProperty({ type: [GridSlotView], description: 'Teacher by teacher, in time order' })
  slots: GridSlotView[];

  @ApiProperty({ type: GridCountsView })
  counts: GridCountsView;
}

export class TeacherEveningSummaryView extends EveningView {
  @ApiProperty({ description: "The teacher's slots in the evening" })
  slots: number;

  @ApiProperty({ description: 'Of them, booked' })
  booked: number;

  @ApiProperty({ description: 'Of them, blocked' })
  blocked: number;
}

export class TeacherEveningView extends TeacherEveningSummaryView {
  @ApiProperty({ type: [SessionView] })
  sessions: SessionView[];

  @ApiProperty({ type: EveningTeacherView, description: "The teacher's own hours, breaks and room" })
  availability: EveningTeacherView;

  @ApiProperty({ description: 'The school lets teachers set their own hours and breaks' })
  mayEditAvailability: boolean;
}

export class WaitingOfferView {
  @ApiProperty({ format: 'uuid', description: 'The freed slot held for the family: book it as any other' })
  slotId: string;

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  endsAt: string;

  @ApiProperty({ format: 'date-time', description: 'Until when it is held; then it passes to the next family' })
  heldUntil: string;
}

export class WaitingPlaceView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty({ format: 'uuid' })
  studentId: string;

  @ApiProperty({ enum: ['waiting', 'offered'] })
  state: string;

  @ApiProperty({ description: 'Place on the teacher’s list (1: next to be offered a freed time)' })
  position: number;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;

  @ApiProperty({ type: WaitingOfferView, nullable: true, description: 'The freed time held for the family, when one is' })
  offer: WaitingOfferView | null;
}

export class LateRequestView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty({ format: 'uuid' })
  studentId: string;

  @ApiProperty({ format: 'uuid', description: 'The parent or carer who asked' })
  contactId: string;

  @ApiProperty(nullableString("The parent's note"))
  note: string | null;

  @ApiProperty({ enum: ['open', 'accepted', 'declined', 'withdrawn'] })
  state: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty(nullableString('The reason told to the parent'))
  declineReason: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The appointment booked on accepting' })
  appointmentId: string | null;

  @ApiProperty(nullableString('For the staff: the student'))
  studentName: string | null;

  @ApiProperty(nullableString('For the staff: who asked'))
  contactName: string | null;
}
