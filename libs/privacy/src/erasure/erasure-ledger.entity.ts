import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, TenantOwned, tenantFilter } from '@ptc/platform';

/**
 * One erasure, by ids only: a restore from a backup made before it replays the ledger, so the
 * person stays erased. Nothing here names or reaches anyone: the rows the ids pointed to are gone.
 */
@PersonalData<ErasureLedgerEntry>({
  subjects: 'erased people (ids only) and the admins who erased them',
  source: 'PTC, on every erasure',
  retention: 'erasure-ledger',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    personKind: NOT_PERSONAL,
    personId: { category: 'person reference', purpose: 'erasing the person again after a restore from backup' },
    userIds: { category: 'person reference', purpose: 'erasing the logins again after a restore from backup' },
    erasedBy: { category: 'person reference', purpose: 'accountability for erasures' },
    requestId: NOT_PERSONAL,
    erasedAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'erasure_ledger' })
@Filter(tenantFilter)
export class ErasureLedgerEntry extends TenantOwned {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  personKind!: string;

  @Property({ type: 'uuid', index: true })
  personId!: string;

  @Property({ type: 'jsonb' })
  userIds!: string[];

  @Property({ type: 'uuid' })
  erasedBy!: string;

  /** The privacy request it answered, if any. */
  @Property({ type: 'uuid', nullable: true })
  requestId: string | null = null;

  @Property({ type: 'timestamptz' })
  erasedAt!: Date;
}
