import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, NoPersonalData, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * The vendor's record of a security incident: what happened, when it was detected (the GDPR's
 * 72-hour clock starts then) and the time window it concerns. Which schools it touches, and when each
 * was told and acknowledged, are its school rows.
 */
@NoPersonalData('The vendor’s incident record: what happened and when; it names no person')
@Entity({ tableName: 'incident' })
export class Incident {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'timestamptz' })
  detectedAt!: Date;

  @Property({ type: 'timestamptz' })
  windowFrom!: Date;

  @Property({ type: 'timestamptz' })
  windowTo!: Date;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;
}

/** One school an incident may touch: how many of its people, when it was told, when it acknowledged. */
@PersonalData<IncidentSchool>({
  subjects: "the school's admins who acknowledge an incident",
  source: 'the vendor’s incident handling',
  retention: 'customer',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    incidentId: NOT_PERSONAL,
    affected: NOT_PERSONAL,
    notifiedAt: NOT_PERSONAL,
    acknowledgedAt: NOT_PERSONAL,
    acknowledgedBy: { category: 'person reference', purpose: 'which admin acknowledged the incident for the school' },
  },
})
@Entity({ tableName: 'incident_school' })
@Filter(tenantFilter)
@Index({ properties: ['incidentId'] })
export class IncidentSchool extends TenantOwned {
  [OptionalProps]?: 'notifiedAt' | 'acknowledgedAt' | 'acknowledgedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  incidentId!: string;

  /** People per kind whose data the window's activity reached, as last counted. */
  @Property({ type: 'jsonb' })
  affected!: Record<string, number>;

  @Property({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acknowledgedBy: string | null = null;
}
