import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData } from '../privacy/personal-data.js';

/** A fixed-window counter shared by every instance (keys are hashed: no screen names or IPs stored). */
@PersonalData<ThrottleBucket>({
  subjects: 'people trying to log in',
  source: 'login requests',
  retention: 'short',
  purgedWithSchool: false,
  columns: {
    key: { category: 'online identifiers', purpose: 'slowing down password guessing (hash of the account or client address)' },
    hits: NOT_PERSONAL,
    resetAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'throttle_bucket' })
export class ThrottleBucket {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  hits!: number;

  @Property({ type: 'timestamptz', index: true })
  resetAt!: Date;
}
