import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NoPersonalData } from '../privacy/personal-data.js';

/** An operational alert that went out; the key makes each alert once (e.g. one per stale backup). */
@NoPersonalData('Which operational alerts were sent, and when')
@Entity({ tableName: 'operational_alert' })
export class OperationalAlert {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'timestamptz' })
  sentAt!: Date;
}
