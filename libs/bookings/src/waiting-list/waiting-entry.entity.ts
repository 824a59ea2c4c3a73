import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * 'waiting': in the queue; 'offered': a freed slot is held for the family until offer_expires_at;
 * 'booked': the student got an appointment with the teacher; 'left': the family left the list (or
 * said no to an offer); 'lapsed': an offer ran out unanswered.
 */
export type WaitingState = 'waiting' | 'offered' | 'booked' | 'left' | 'lapsed';

/**
 * A family's place on a teacher's waiting list for one evening, for one child. The migration holds
 * the invariants: one place per student and teacher while it lasts, and a slot held for one
 * family at a time.
 */
@PersonalData<WaitingEntry>({
  subjects: 'parents and students',
  source: 'parents joining a waiting list',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'whose waiting list' },
    studentId: { category: 'person reference', purpose: 'who waits for an appointment' },
    contactId: { category: 'person reference', purpose: 'who is offered a freed time' },
    joinedAt: { category: 'appointments', purpose: 'the order of the waiting list' },
    state: { category: 'appointments', purpose: 'where the family stands on the list' },
    offeredSlotId: { category: 'appointments', purpose: 'the freed time held for the family' },
    offerExpiresAt: { category: 'appointments', purpose: 'until when the freed time is held' },
    appointmentId: NOT_PERSONAL,
    updatedAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'waiting_entry' })
@Filter(tenantFilter)
@Index({ properties: ['eveningId', 'teacherId', 'state', 'joinedAt'] })
@Index({ properties: ['studentId'] })
@Index({ properties: ['contactId'] })
export class WaitingEntry extends TenantOwned {
  [OptionalProps]?: 'state' | 'offeredSlotId' | 'offerExpiresAt' | 'appointmentId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'uuid' })
  teacherId!: string;

  @Property({ type: 'uuid' })
  studentId!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'timestamptz' })
  joinedAt!: Date;

  @Property({ type: 'text' })
  state: WaitingState = 'waiting';

  @Property({ type: 'uuid', nullable: true })
  offeredSlotId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  appointmentId: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
