import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One authenticated request, kept for misuse investigation only (see the privacy module for
 * retention and release). Nothing of the request body is stored.
 */
@Entity({ tableName: 'usage_record' })
@Index({ name: 'usage_record_school_user_idx', properties: ['schoolId', 'userId', 'occurredAt'] })
@Index({ name: 'usage_record_occurred_idx', properties: ['occurredAt'] })
export class UsageRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  schoolId: string | null = null;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  method!: string;

  /** The route template (`/admin/users/:id`), never the concrete URL with its ids and query. */
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
