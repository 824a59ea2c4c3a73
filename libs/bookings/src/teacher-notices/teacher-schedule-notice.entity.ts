import { randomUUID } from 'node:crypto';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

/**
 * A teacher was emailed their schedule for an evening (the day before), and the changes to it up to
 * `toldUpTo` (an appointment_history id): later bookings, moves and cancellations are emailed as they come.
 */
@PersonalData<TeacherScheduleNotice>({
  subjects: 'teachers',
  source: 'PTC, when it emails a teacher their schedule',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    eveningId: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'which teacher was sent their schedule' },
    sentAt: { category: 'communications', purpose: 'when the schedule was sent' },
    toldUpTo: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'teacher_schedule_notice' })
@Filter(tenantFilter)
@Unique({ properties: ['eveningId', 'teacherId'] })
export class TeacherScheduleNotice extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  eveningId!: string;

  @Property({ type: 'uuid' })
  teacherId!: string;

  @Property({ type: 'timestamptz' })
  sentAt!: Date;

  @Property({ type: 'bigint' })
  toldUpTo!: string;
}
