import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type LateRequestState = 'open' | 'accepted' | 'declined' | 'withdrawn';

/** A parent's request for an appointment after booking closed, for the teacher or the office to accept (with a time) or decline. */
@PersonalData<LateRequest>({
  subjects: 'parents, students and teachers',
  source: 'parents asking after booking closed',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'whom the family asks to meet' },
    studentId: { category: 'person reference', purpose: 'whom the meeting is about' },
    contactId: { category: 'person reference', purpose: 'who asks' },
    note: { category: 'communications', purpose: "the parent's note to the teacher" },
    state: { category: 'appointments', purpose: 'whether the request was answered' },
    createdAt: { category: 'appointments', purpose: 'when the family asked' },
    decidedAt: { category: 'appointments', purpose: 'when it was answered' },
    decidedBy: { category: 'person reference', purpose: 'who answered' },
    declineReason: { category: 'communications', purpose: 'the reason told to the parent' },
    appointmentId: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'late_request' })
@Filter(tenantFilter)
@Index({ properties: ['eveningId', 'teacherId'] })
@Index({ properties: ['studentId'] })
@Index({ properties: ['contactId'] })
export class LateRequest extends TenantOwned {
  [OptionalProps]?: 'state' | 'note' | 'decidedAt' | 'decidedBy' | 'declineReason' | 'appointmentId';

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

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  state: LateRequestState = 'open';

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  appointmentId: string | null = null;
}
