import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData } from '../privacy/personal-data.js';

/**
 * One authenticated request, kept for misuse investigation only (see the privacy module for
 * retention and release). Nothing of the request body is stored.
 */
@PersonalData<UsageRecord>({
  subjects: 'users of PTC: parents, teachers, school admins',
  source: 'requests to PTC',
  retention: 'usage',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    userId: { category: 'person reference', purpose: 'investigating misuse, released only to the school with a reason' },
    credentialName: NOT_PERSONAL,
    method: NOT_PERSONAL,
    route: NOT_PERSONAL,
    status: NOT_PERSONAL,
    ip: { category: 'online identifiers', purpose: 'investigating misuse, released only to the school with a reason' },
    userAgent: { category: 'online identifiers', purpose: 'investigating misuse, released only to the school with a reason' },
    occurredAt: { category: 'online identifiers', purpose: 'investigating misuse: when the request was made' },
  },
})
@Entity({ tableName: 'usage_record' })
@Index({ name: 'usage_record_school_user_idx', properties: ['schoolId', 'userId', 'occurredAt'] })
@Index({ name: 'usage_record_occurred_idx', properties: ['occurredAt'] })
export class UsageRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  schoolId: string | null = null;

  /** The user's id, or a third party's API credential's id. */
  @Property({ type: 'uuid' })
  userId!: string;

  /** The name the school gave the third party's API credential, when one was used. */
  @Property({ type: 'text', nullable: true })
  credentialName: string | null = null;

  @Property({ type: 'text' })
  method!: string;

  /** The route template (`/api/v1/admin/users/:id`), never the concrete URL with its ids and query. */
  @Property({ type: 'text' })
  route!: string;

  @Property({ type: 'smallint' })
  status!: number;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;
}
