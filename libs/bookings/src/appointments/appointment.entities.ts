import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwned, tenantFilter } from '@ptc/platform';

export type AppointmentStatus = 'active' | 'cancelled';

/**
 * A booked meeting: one slot, one teacher, one student, one parent (a directory contact).
 * The database holds the invariants (see the migration): one active appointment per slot, one per
 * teacher and student in an evening, and no two overlapping active ones (with the gap) per parent.
 */
@Entity({ tableName: 'appointment' })
@Filter(tenantFilter)
@Index({ properties: ['eveningId', 'teacherId'] })
@Index({ properties: ['contactId'] })
@Index({ properties: ['studentId'] })
export class Appointment extends TenantOwned {
  [OptionalProps]?: 'status' | 'sequence' | 'cancelledAt' | 'cancelledBy' | 'cancelReason' | 'reminderSentAt';

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
}

export type AppointmentAction = 'booked' | 'moved' | 'cancelled';

/** What happened to an appointment, by whom and when. */
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
