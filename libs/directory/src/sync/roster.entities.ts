import { randomUUID } from 'node:crypto';
import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NoPersonalData, NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';
import { Student, Teacher } from '../people/person.entities.js';

/** How the school's information-system sync is set up. */
@NoPersonalData('Settings of the information-system sync: org ids of the school in OneRoster bundles')
@Entity({ tableName: 'directory_sync_settings' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId'] })
export class DirectorySyncSettings extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The `sourcedId`s of the school's orgs in OneRoster bundles (a district sends several schools). */
  @Property({ type: 'text[]' })
  oneRosterOrgIds: string[] = [];

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One person in one OneRoster class, as the last OneRoster sync left them: teacher links are
 * derived from whole classes, and a delta bundle sends only changed enrollments.
 */
@PersonalData<RosterClassMember>({
  subjects: 'teachers and students',
  source: "the school's information system (OneRoster classes and enrollments)",
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    classSisId: NOT_PERSONAL,
    classTitle: { category: 'school record', purpose: 'the class shown beside a teacher when booking' },
    teacher: { category: 'person reference', purpose: 'which teachers a parent can book for a student' },
    student: { category: 'person reference', purpose: 'which teachers a parent can book for a student' },
  },
})
@Entity({ tableName: 'roster_class_member' })
@Filter(tenantFilter)
@Index({ properties: ['schoolId', 'classSisId'] })
export class RosterClassMember extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  classSisId!: string;

  @Property({ type: 'text' })
  classTitle!: string;

  @ManyToOne(() => Teacher, { deleteRule: 'cascade', nullable: true, index: true })
  teacher: Teacher | null = null;

  @ManyToOne(() => Student, { deleteRule: 'cascade', nullable: true, index: true })
  student: Student | null = null;
}
