import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * Which of a teacher's calendar feed addresses is valid. The address is a signed link that carries
 * this key (signed links carry ids only); rotating draws a new key, so every earlier address stops
 * working. A teacher without a row has never rotated: their addresses carry no key.
 */
@PersonalData<TeacherFeedKey>({
  subjects: 'teachers',
  source: 'PTC, when a teacher replaces their calendar feed address',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'whose calendar feed the key belongs to' },
    currentKey: { category: 'account', purpose: 'which feed address is valid (a random id, not a secret: the address is signed)' },
    rotatedAt: { category: 'account', purpose: 'when the address was last replaced' },
  },
})
@Entity({ tableName: 'teacher_feed_key' })
@Filter(tenantFilter)
export class TeacherFeedKey extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  teacherId!: string;

  @Property({ type: 'uuid' })
  currentKey: string = randomUUID();

  @Property({ type: 'timestamptz' })
  rotatedAt!: Date;
}
