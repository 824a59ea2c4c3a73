import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, TenantOwned, tenantFilter } from '@ptc/platform';

export const REQUEST_KINDS = ['access', 'erasure', 'rectification', 'portability', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type RequestStatus = 'received' | 'acknowledged' | 'extended' | 'fulfilled' | 'rejected' | 'closed';
export const OPEN_STATUSES: RequestStatus[] = ['received', 'acknowledged', 'extended'];
export type SubjectKind = 'contact' | 'teacher' | 'student';

/** A data subject's request, passed to the school (the controller) to answer; PTC never answers it itself. */
@PersonalData<SubjectRequest>({
  subjects: 'parents, teachers and others exercising their data-protection rights',
  source: 'the person, through PTC, or the operator for a request that reached the vendor',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    kind: { category: 'communications', purpose: 'which right the person exercises' },
    details: { category: 'communications', purpose: "the person's own words, for the school to answer" },
    filedBy: NOT_PERSONAL,
    requesterUserId: { category: 'person reference', purpose: 'who filed the request' },
    subjectKind: NOT_PERSONAL,
    subjectId: { category: 'person reference', purpose: 'whose data the request is about' },
    receivedAt: { category: 'communications', purpose: 'the legal deadline runs from receipt' },
    dueOn: NOT_PERSONAL,
    extendedMonths: NOT_PERSONAL,
    status: NOT_PERSONAL,
    remindedDueSoonFor: NOT_PERSONAL,
    remindedOverdueFor: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'subject_request' })
@Filter(tenantFilter)
@Index({ properties: ['status', 'dueOn'] })
export class SubjectRequest extends TenantOwned {
  [OptionalProps]?: 'extendedMonths' | 'status' | 'remindedDueSoonFor' | 'remindedOverdueFor' | 'requesterUserId' | 'subjectKind' | 'subjectId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: RequestKind;

  @Property({ type: 'text' })
  details!: string;

  @Property({ type: 'text' })
  filedBy!: 'self' | 'operator';

  @Property({ type: 'uuid', nullable: true })
  requesterUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  subjectKind: SubjectKind | null = null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  /** One month after receipt, plus any extension (UTC calendar days). */
  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'smallint' })
  extendedMonths: number = 0;

  @Property({ type: 'text' })
  status: RequestStatus = 'received';

  /** The due date the "due within 7 days" reminder went out for (each due date once). */
  @Property({ type: 'date', nullable: true })
  remindedDueSoonFor: string | null = null;

  @Property({ type: 'date', nullable: true })
  remindedOverdueFor: string | null = null;
}

/** Every step taken on a request: who, when, what, and the reason given. */
@PersonalData<SubjectRequestStep>({
  subjects: 'school admins and the operator handling requests',
  source: 'PTC, on every step of a request',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    requestId: NOT_PERSONAL,
    action: NOT_PERSONAL,
    actorUserId: { category: 'person reference', purpose: 'accountability for the handling of requests' },
    note: { category: 'communications', purpose: 'the reason given for an extension, rejection or closure' },
    at: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'subject_request_step' })
@Filter(tenantFilter)
export class SubjectRequestStep extends TenantOwned {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', index: true })
  requestId!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'uuid', nullable: true })
  actorUserId: string | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
