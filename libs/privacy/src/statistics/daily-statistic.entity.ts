import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NoPersonalData } from '@ptc/platform';

/**
 * One anonymous figure: a metric for a day and a region (the schools' timezone), with how many
 * people stand behind it so that small cells can be suppressed. No school id: the figures survive
 * every school's deletion and cannot be traced back to one.
 */
@NoPersonalData('Anonymous daily counts per region; cells under 10 people are never shown')
@Entity({ tableName: 'daily_statistic' })
export class DailyStatistic {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  region!: string;

  @PrimaryKey({ type: 'text' })
  metric!: string;

  @Property({ type: 'integer' })
  value!: number;

  /** Distinct people (or schools, for active_schools) behind the value. */
  @Property({ type: 'integer' })
  people!: number;
}
