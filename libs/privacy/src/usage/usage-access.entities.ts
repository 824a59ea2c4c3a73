import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, TenantOwned, tenantFilter } from '@ptc/platform';

/** A school admin's request for one user's usage records, with the reason: the only way they leave PTC. */
@PersonalData<UsageRelease>({
  subjects: 'users whose usage records were released, and the admins who asked',
  source: 'PTC, when a school admin investigates misuse',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    subjectUserId: { category: 'person reference', purpose: 'whose records were released' },
    requestedBy: { category: 'person reference', purpose: 'accountability: who asked' },
    reason: { category: 'communications', purpose: 'accountability: why' },
    at: NOT_PERSONAL,
    rows: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'usage_release' })
@Filter(tenantFilter)
export class UsageRelease extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  subjectUserId!: string;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'integer' })
  rows!: number;
}

/** A school's recorded request for the vendor's support to look at its data, for a limited time. */
@PersonalData<SupportGrant>({
  subjects: 'school admins who asked for support',
  source: 'PTC, when a school admin asks for support',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    grantedBy: { category: 'person reference', purpose: 'accountability: who allowed support access' },
    reason: { category: 'communications', purpose: 'what support is asked to look into' },
    grantedAt: NOT_PERSONAL,
    expiresAt: NOT_PERSONAL,
    revokedAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'support_grant' })
@Filter(tenantFilter)
export class SupportGrant extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  grantedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  grantedAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

/** Each time the operator's support used a grant: who, what, when. Shown to the school. */
@PersonalData<SupportAccess>({
  subjects: 'operator staff, and users whose data support looked at',
  source: 'PTC, on every support access',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    grantId: NOT_PERSONAL,
    operatorUserId: { category: 'person reference', purpose: 'accountability: who looked' },
    what: { category: 'person reference', purpose: 'accountability: whose data was looked at' },
    at: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'support_access' })
@Filter(tenantFilter)
export class SupportAccess extends TenantOwned {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', index: true })
  grantId!: string;

  @Property({ type: 'uuid' })
  operatorUserId!: string;

  @Property({ type: 'text' })
  what!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
