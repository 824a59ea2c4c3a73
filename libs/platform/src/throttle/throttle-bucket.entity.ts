import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A fixed-window counter shared by every instance (keys are hashed: no screen names or IPs stored). */
@Entity({ tableName: 'throttle_bucket' })
export class ThrottleBucket {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'timestamptz', index: true })
  resetAt!: Date;
}
