import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwned, tenantFilter } from '@ptc/platform';

export type InvitedKind = 'contact' | 'teacher';

/**
 * A one-time invitation for a contact or teacher to create their account. Only the SHA-256 of
 * the token is stored; the token itself exists only in the email. One open invitation per person:
 * re-inviting replaces it.
 */
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
