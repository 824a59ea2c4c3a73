import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/** That a family was sent a notice about an evening (the "not booked yet" reminder): each goes once per family and evening. */
@PersonalData<EveningFamilyNotice>({
  subjects: 'parents',
  source: 'PTC, when it reminds a family',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    contactId: { category: 'person reference', purpose: 'sending each reminder once' },
    kind: NOT_PERSONAL,
    sentAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'evening_family_notice' })
@Filter(tenantFilter)
@Unique({ properties: ['eveningId', 'contactId', 'kind'] })
export class EveningFamilyNotice extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'uuid' })
  contactId!: string;

  @Property({ type: 'text' })
  kind!: 'not_booked';

  @Property({ type: 'timestamptz' })
  sentAt!: Date;
}
