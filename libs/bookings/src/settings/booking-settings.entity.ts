import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NoPersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/** A school's booking rules that hold for all its evenings; a school without a row has the defaults. */
@NoPersonalData('A school’s booking rules')
@Entity({ tableName: 'booking_settings' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId'] })
export class BookingSettings extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Parents may cancel until this many hours before the appointment; null: until the booking window closes. */
  @Property({ type: 'integer', nullable: true })
  parentCancelCutoffHours: number | null = null;

  /** Teachers may set their own hours and breaks for an evening (otherwise only the office does). */
  @Property({ type: 'boolean' })
  teachersSetAvailability: boolean = false;

  /** Families who have booked nothing are reminded this many days before booking closes; 0: never. */
  @Property({ type: 'smallint' })
  notBookedReminderDays: number = 2;

  /** Brothers and sisters may have one meeting together with a teacher they share. */
  @Property({ type: 'boolean' })
  jointSiblingMeetings: boolean = false;

  /** A time freed by a cancellation is held this long for the first family on the teacher's waiting list. */
  @Property({ type: 'smallint' })
  waitingOfferMinutes: number = 30;

  /** The school's video meeting address with `{room}` for each appointment's own room; null: no online evenings. */
  @Property({ type: 'text', nullable: true })
  videoLinkTemplate: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
