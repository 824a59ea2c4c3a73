import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned, type ApiScope } from '@ptc/platform';

/**
 * A third party the school lets read some of its data through the API (issue 21): a named
 * company, what for, which scopes, until when, from where. The secret is stored as a hash only.
 */
@PersonalData<ApiCredential>({
  subjects: "the school's staff who authorise third parties",
  source: "the school's admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    name: NOT_PERSONAL,
    purpose: NOT_PERSONAL,
    scopes: NOT_PERSONAL,
    allowedRanges: NOT_PERSONAL,
    expiresAt: NOT_PERSONAL,
    secretHash: { category: 'account', purpose: 'checking the credential (hash only, never the secret)', secret: true },
    createdBy: { category: 'person reference', purpose: 'which admin authorised the third party' },
    createdAt: NOT_PERSONAL,
    lastUsedAt: NOT_PERSONAL,
    revokedAt: NOT_PERSONAL,
    revokedBy: { category: 'person reference', purpose: 'which admin ended the third party’s access' },
  },
})
@Entity({ tableName: 'api_credential' })
@Filter(tenantFilter)
export class ApiCredential extends TenantOwned {
  [OptionalProps]?: 'lastUsedAt' | 'revokedAt' | 'revokedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The third party, as the school names it ("Timetable Co."). */
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'text[]' })
  scopes!: ApiScope[];

  /** CIDR ranges the third party calls from; empty: from anywhere. */
  @Property({ type: 'text[]' })
  allowedRanges!: string[];

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** SHA-256 of the secret (a random 256-bit value: a slow hash would add nothing). */
  @Property({ type: 'text', lazy: true })
  secretHash!: string;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy: string | null = null;
}
