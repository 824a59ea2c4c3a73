import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type InvitedKind = 'contact' | 'teacher';

/**
 * A one-time invitation for a contact or teacher to create their account. Only the SHA-256 of
 * the token is stored; the token itself exists only in the email. One open invitation per person:
 * re-inviting replaces it.
 */
@PersonalData<Invitation>({
  subjects: 'parents and teachers invited to PTC',
  source: 'PTC, when a school admin invites',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    personKind: NOT_PERSONAL,
    personId: { category: 'person reference', purpose: 'who the invitation is for' },
    tokenHash: { category: 'account', purpose: 'checking the invitation link (hash only)', secret: true },
    expiresAt: NOT_PERSONAL,
    invitedBy: { category: 'person reference', purpose: 'which admin invited' },
    createdAt: { category: 'account', purpose: 'when the person was invited' },
    acceptedAt: { category: 'account', purpose: 'when the person accepted' },
  },
})
@Entity({ tableName: 'invitation' })
@Filter(tenantFilter)
@Unique({ properties: ['personId'] })
export class Invitation extends TenantOwned {
  [OptionalProps]?: 'acceptedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  personKind!: InvitedKind;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'uuid' })
  invitedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;
}
