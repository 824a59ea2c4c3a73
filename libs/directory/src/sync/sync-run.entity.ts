import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type SyncSource = 'json' | 'csv' | 'oneroster';
export type SyncOutcome = 'applied' | 'dry_run' | 'invalid' | 'refused' | 'failed';

/** The report of one sync: who, when, from what, what changed (counts only) and what was wrong. */
@PersonalData<SyncRun>({
  subjects: 'school admins who ran a sync; people named in row problems',
  source: 'PTC, when the school syncs its information system',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    startedBy: { category: 'person reference', purpose: 'who changed the directory' },
    startedAt: NOT_PERSONAL,
    finishedAt: NOT_PERSONAL,
    source: NOT_PERSONAL,
    dryRun: NOT_PERSONAL,
    outcome: NOT_PERSONAL,
    counts: NOT_PERSONAL,
    outsideSchool: NOT_PERSONAL,
    problems: { category: 'school record', purpose: 'showing the school which rows of its import were refused (may quote a value)' },
  },
})
@Entity({ tableName: 'sync_run' })
@Filter(tenantFilter)
@Index({ properties: ['schoolId', 'startedAt'] })
export class SyncRun extends TenantOwned {
  [OptionalProps]?: 'finishedAt' | 'counts' | 'problems' | 'outsideSchool';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  startedBy!: string;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'text' })
  source!: SyncSource;

  @Property({ type: 'boolean' })
  dryRun!: boolean;

  @Property({ type: 'text' })
  outcome!: SyncOutcome;

  /** Per kind: { add, update, delete } counts. */
  @Property({ type: 'jsonb', nullable: true })
  counts: Record<string, { add: number; update: number; delete: number }> | null = null;

  /** Problems by file, line, field and reason; reasons never repeat the offending value. */
  @Property({ type: 'jsonb', nullable: true })
  problems: unknown[] | null = null;

  /** OneRoster: how many users, classes and enrollments of other orgs a district's bundle held. */
  @Property({ type: 'jsonb', nullable: true })
  outsideSchool: { users: number; classes: number; enrollments: number } | null = null;
}
