import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NoPersonalData } from '@ptc/platform';

/**
 * The retention purge of one school's personal data: claimed when licensing announces the
 * deletion due, advanced batch by batch (each batch adds its count here in the same statement,
 * so a crash loses nothing), finished with a deletion certificate. Kept for the operator.
 */
@NoPersonalData('Deletion certificates: per-table row counts and dates of a school, no personal data')
@Entity({ tableName: 'school_purge' })
export class SchoolPurge {
  [OptionalProps]?: 'startedAt' | 'finishedAt' | 'counts';

  @PrimaryKey({ type: 'uuid' })
  schoolId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** Rows deleted per table so far. */
  @Property({ type: 'jsonb' })
  counts: Record<string, number> = {};
}
