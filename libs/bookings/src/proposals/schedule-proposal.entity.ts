import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export interface ProposedSlot {
  studentId: string;
  teacherId: string;
  slotId: string;
}

/**
 * A schedule proposed to a parent, kept so that "book all of it" books exactly what was shown
 * (on whichever instance the request lands). It holds nothing: the slots stay free for everyone
 * until it is booked. Forgotten after a day (the idempotency sweep) or once booked.
 */
@PersonalData<ScheduleProposal>({
  subjects: 'parents and their children',
  source: 'PTC, when a parent asks for an automatic schedule',
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    userId: { category: 'person reference', purpose: 'letting only the parent who asked book the proposal' },
    contactId: { category: 'person reference', purpose: 'letting only the parent who asked book the proposal' },
    meetings: { category: 'appointments', purpose: 'proposing again the same meetings when a slot went meanwhile' },
    slots: { category: 'appointments', purpose: 'booking exactly the proposal the parent saw' },
    earliest: NOT_PERSONAL,
    latest: NOT_PERSONAL,
    createdAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'schedule_proposal' })
@Filter(tenantFilter)
export class ScheduleProposal extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'jsonb' })
  meetings!: { studentId: string; teacherId: string }[];

  @Property({ type: 'jsonb' })
  slots!: ProposedSlot[];

  @Property({ type: 'timestamptz', nullable: true })
  earliest: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  latest: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
