import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NoPersonalData, NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type AppointmentStatus = 'active' | 'cancelled';

/**
 * A booked meeting: one slot, one teacher, one student, one parent (a directory contact).
 * The database holds the invariants (see the migration): one active appointment per slot, one per
 * teacher and student in an evening, and no two overlapping active ones (with the gap) per parent.
 */
@PersonalData<Appointment>({
  subjects: 'parents, students and teachers',
  source: 'parents booking, or school admins for them',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    slotId: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'who meets whom' },
    studentId: { category: 'person reference', purpose: 'who meets whom' },
    contactId: { category: 'person reference', purpose: 'who meets whom' },
    startsAt: { category: 'appointments', purpose: 'when they meet' },
    endsAt: { category: 'appointments', purpose: 'when they meet' },
    status: { category: 'appointments', purpose: 'whether the appointment stands' },
    sequence: NOT_PERSONAL,
    bookedBy: { category: 'person reference', purpose: 'who booked (parent or admin)' },
    createdAt: { category: 'appointments', purpose: 'when it was booked' },
    cancelledAt: { category: 'appointments', purpose: 'when it was cancelled' },
    cancelledBy: { category: 'person reference', purpose: 'who cancelled' },
    cancelReason: { category: 'communications', purpose: "the teacher's reason, told to the parent" },
    reminderSentAt: NOT_PERSONAL,
    meetingLink: { category: 'appointments', purpose: 'the video meeting of an online appointment' },
    jointStudentIds: { category: 'person reference', purpose: 'the brothers and sisters one meeting is also about' },
  },
})
@Entity({ tableName: 'appointment' })
@Filter(tenantFilter)
@Index({ properties: ['eveningId', 'teacherId'] })
@Index({ properties: ['contactId'] })
@Index({ properties: ['studentId'] })
export class Appointment extends TenantOwned {
  [OptionalProps]?: 'status' | 'sequence' | 'cancelledAt' | 'cancelledBy' | 'cancelReason' | 'reminderSentAt' | 'meetingLink' | 'jointStudentIds';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'uuid' })
  slotId!: string;

  @Property({ type: 'uuid' })
  teacherId!: string;

  @Property({ type: 'uuid' })
  studentId!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'text' })
  status: AppointmentStatus = 'active';

  /** The iCalendar SEQUENCE: bumped on every change the parent is told about. */
  @Property({ type: 'integer' })
  sequence: number = 0;

  @Property({ type: 'uuid' })
  bookedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  cancelledBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  /** Set when the day-before reminder was queued: it goes once per appointment. */
  @Property({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null = null;

  /** Its own video meeting, made at booking when the teacher meets online; kept when it moves. */
  @Property({ type: 'text', nullable: true })
  meetingLink: string | null = null;

  /** A joint meeting (a school option): the student's brothers and sisters it is also about, listed under each. */
  @Property({ type: 'jsonb', nullable: true })
  jointStudentIds: string[] | null = null;
}

/** 'changed': how the meeting takes place (video or in person), not when. */
export type AppointmentAction = 'booked' | 'moved' | 'changed' | 'cancelled';

/** What happened to an appointment, by whom and when. */
@PersonalData<AppointmentHistory>({
  subjects: 'parents, teachers and school admins acting on appointments',
  source: 'PTC, on every change of an appointment',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    appointmentId: NOT_PERSONAL,
    action: { category: 'appointments', purpose: 'the history of an appointment' },
    actorUserId: { category: 'person reference', purpose: 'who changed the appointment' },
    at: { category: 'appointments', purpose: 'when it changed' },
    detail: { category: 'appointments', purpose: 'what changed (slots, reasons)' },
  },
})
@Entity({ tableName: 'appointment_history' })
@Filter(tenantFilter)
@Index({ properties: ['appointmentId', 'at'] })
export class AppointmentHistory extends TenantOwned {
  [OptionalProps]?: 'actorUserId' | 'detail';

  /** Ascending in the order things happened, even within one transaction. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  appointmentId!: string;

  @Property({ type: 'text' })
  action!: AppointmentAction;

  /** Null when the system acted (e.g. a directory deletion). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null = null;
}

/** A booking request's first answer, kept for replays with the same Idempotency-Key. */
@PersonalData<BookingIdempotency>({
  subjects: 'parents and admins booking',
  source: 'PTC, when a booking carries an Idempotency-Key',
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    key: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    userId: { category: 'person reference', purpose: 'answering a repeated booking request with the first answer' },
    requestHash: NOT_PERSONAL,
    status: NOT_PERSONAL,
    response: { category: 'appointments', purpose: 'answering a repeated booking request with the first answer' },
    createdAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'booking_idempotency' })
@Filter(tenantFilter)
export class BookingIdempotency extends TenantOwned {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'smallint' })
  status!: number;

  @Property({ type: 'jsonb' })
  response!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * What remains of appointments whose participants were erased: a count per evening and status,
 * so the school's figures for the evening stay right without a trace of who met whom.
 */
@NoPersonalData('Anonymous counts of erased appointments per evening and status')
@Entity({ tableName: 'appointment_tally' })
@Filter(tenantFilter)
@Unique({ properties: ['eveningId', 'status'] })
export class AppointmentTally extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'integer' })
  appointments!: number;
}
