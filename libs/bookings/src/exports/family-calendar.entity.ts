import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * A family's calendar subscription: the address calendar apps poll for a parent's appointments
 * (all their children's). Only the SHA-256 of its secret is stored, so the address is shown once;
 * a new one replaces it, and deleting the row revokes it.
 */
@PersonalData<FamilyCalendarFeed>({
  subjects: 'parents and carers',
  source: 'PTC, when a parent asks for a calendar subscription',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    contactId: { category: 'person reference', purpose: 'whose appointments the subscription shows' },
    tokenHash: { category: 'account', purpose: 'checking the subscription address (hash only)', secret: true },
    createdAt: { category: 'account', purpose: 'when the subscription was made' },
  },
})
@Entity({ tableName: 'family_calendar_feed' })
@Filter(tenantFilter)
export class FamilyCalendarFeed extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  contactId!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
