import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { OpeningStage } from './opening-stages.js';
import { NoPersonalData, NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type EveningStatus = 'draft' | 'published' | 'closed';

/** A parents' evening ("event" in the API). Times are instants; the school's timezone says how to show them. */
@NoPersonalData('The evening itself: name, dates, rules and location')
@Entity({ tableName: 'evening' })
@Filter(tenantFilter)
export class Evening extends TenantOwned {
  [OptionalProps]?: 'status' | 'gapMinutes' | 'location' | 'online' | 'yearLabels' | 'openingStages' | 'capPerStudent' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  status: EveningStatus = 'draft';

  @Property({ type: 'smallint' })
  slotMinutes!: number;

  /** Minimum free time between two appointments of one parent. */
  @Property({ type: 'smallint' })
  gapMinutes: number = 0;

  @Property({ type: 'timestamptz' })
  opensAt!: Date;

  @Property({ type: 'timestamptz' })
  closesAt!: Date;

  /** A room or a video-call link; a teacher may have their own. */
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  /** Meetings are video calls: each appointment gets its own link from the school's template. */
  @Property({ type: 'boolean' })
  online: boolean = false;

  /** The year groups the evening is for; null means every student. */
  @Property({ type: 'jsonb', nullable: true })
  yearLabels: string[] | null = null;

  /** Year groups that may book before `opensAt` (when everyone may); null: everyone at once. */
  @Property({ type: 'jsonb', nullable: true })
  openingStages: OpeningStage[] | null = null;

  @Property({ type: 'smallint', nullable: true })
  capPerStudent: number | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One date/time range of an evening (an evening may span several). */
@NoPersonalData('Date and time ranges of an evening')
@Entity({ tableName: 'evening_session' })
@Filter(tenantFilter)
export class EveningSession extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Evening, { deleteRule: 'cascade', index: true })
  evening!: Evening;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;
}

/** A break at set local times, e.g. 17:30–17:45. */
export interface FixedBreak {
  start: string;
  end: string;
}

/** A participating teacher and their availability within the evening. */
@PersonalData<EveningTeacher>({
  subjects: 'teachers',
  source: 'school admins and teachers',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    evening: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: 'which teachers take part in an evening' },
    arriveAt: { category: 'appointments', purpose: "the teacher's availability" },
    leaveAt: { category: 'appointments', purpose: "the teacher's availability" },
    breakEverySlots: { category: 'appointments', purpose: "the teacher's availability" },
    breakMinutes: { category: 'appointments', purpose: "the teacher's availability" },
    breaks: { category: 'appointments', purpose: "the teacher's availability" },
    location: { category: 'appointments', purpose: 'where parents meet the teacher' },
    online: { category: 'appointments', purpose: 'whether parents meet the teacher by video' },
  },
})
@Entity({ tableName: 'evening_teacher' })
@Filter(tenantFilter)
@Unique({ properties: ['evening', 'teacherId'] })
export class EveningTeacher extends TenantOwned {
  [OptionalProps]?: 'arriveAt' | 'leaveAt' | 'breakEverySlots' | 'breakMinutes' | 'breaks' | 'location' | 'online';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Evening, { deleteRule: 'cascade', index: true })
  evening!: Evening;

  /** The directory's teacher id. */
  @Property({ type: 'uuid' })
  teacherId!: string;

  /** Local time (HH:MM) on each session day before which the teacher has no slots. */
  @Property({ type: 'text', nullable: true })
  arriveAt: string | null = null;

  /** Local time (HH:MM) after which the teacher has no slots. */
  @Property({ type: 'text', nullable: true })
  leaveAt: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  breakEverySlots: number | null = null;

  @Property({ type: 'smallint', nullable: true })
  breakMinutes: number | null = null;

  @Property({ type: 'jsonb', nullable: true })
  breaks: FixedBreak[] | null = null;

  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  /** This teacher meets by video (true) or in person (false) whatever the evening does; null: as the evening. */
  @Property({ type: 'boolean', nullable: true })
  online: boolean | null = null;
}

@PersonalData<Slot>({
  subjects: 'teachers',
  source: 'generated from the evening and the availability',
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    evening: NOT_PERSONAL,
    teacherId: { category: 'person reference', purpose: "the teacher's bookable times" },
    startsAt: { category: 'appointments', purpose: "the teacher's bookable times" },
    endsAt: { category: 'appointments', purpose: "the teacher's bookable times" },
    blocked: { category: 'appointments', purpose: "the teacher's bookable times" },
  },
})
@Entity({ tableName: 'slot' })
@Filter(tenantFilter)
@Index({ properties: ['evening', 'teacherId', 'startsAt'] })
export class Slot extends TenantOwned {
  [OptionalProps]?: 'blocked';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Evening, { deleteRule: 'cascade' })
  evening!: Evening;

  @Property({ type: 'uuid' })
  teacherId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'boolean' })
  blocked: boolean = false;
}
