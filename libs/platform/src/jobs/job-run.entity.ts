import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NoPersonalData } from '../privacy/personal-data.js';

export type JobOutcome = 'running' | 'succeeded' | 'failed';

/**
 * One run of a scheduled job for one tick (an hour or a day). The unique (job, tick) pair is what
 * makes a job run once per tick however many instances try: the first insert wins.
 */
@NoPersonalData('Runs of scheduled jobs: job names, times, counts and error messages without personal data')
@Entity({ tableName: 'job_run' })
@Unique({ properties: ['job', 'tick'] })
@Index({ properties: ['startedAt'] })
export class JobRun {
  [OptionalProps]?: 'finishedAt' | 'outcome' | 'counts' | 'error' | 'attempt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  job!: string;

  @Property({ type: 'text' })
  tick!: string;

  @Property({ type: 'text' })
  instance!: string;

  @Property({ type: 'integer' })
  attempt: number = 1;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'text' })
  outcome: JobOutcome = 'running';

  @Property({ type: 'jsonb', nullable: true })
  counts: Record<string, number> | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
