import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export const RELATIONSHIPS = ['mother', 'father', 'guardian', 'carer', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/**
 * Exactly the personal data PTC holds about the school's people: names are stored as sent
 * (diacritics, apostrophes, non-Latin scripts), nothing is derived or added. `sisId` is the key
 * the school's information system uses; records an admin adds by hand may have none, and a sync
 * leaves those alone.
 */
abstract class Person extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true })
  sisId: string | null = null;

  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

const PERSON_COLUMNS = {
  id: { category: 'person reference', purpose: 'identifying the person across PTC' },
  schoolId: NOT_PERSONAL,
  sisId: { category: 'person reference', purpose: "matching the record to the school's information system" },
  firstName: { category: 'identity', purpose: 'naming the person in bookings, emails and exports' },
  lastName: { category: 'identity', purpose: 'naming the person in bookings, emails and exports' },
  createdAt: NOT_PERSONAL,
  updatedAt: NOT_PERSONAL,
} as const;

const ADULT_COLUMNS = {
  ...PERSON_COLUMNS,
  title: { category: 'identity', purpose: 'addressing the person' },
  email: { category: 'contact details', purpose: 'booking confirmations, reminders and invitations' },
  phone: { category: 'contact details', purpose: "shown to the school's staff in booking exports" },
} as const;

@PersonalData<Student>({
  subjects: 'students',
  source: "the school's information system or its admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: { ...PERSON_COLUMNS, yearLabel: { category: 'school record', purpose: 'which evenings a student is invited to' } },
})
@Entity({ tableName: 'student' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'sisId'] })
export class Student extends Person {
  [OptionalProps]?: 'sisId' | 'createdAt' | 'updatedAt' | 'yearLabel';

  /** Year group or class as the school names it (e.g. "Year 7", "4B"). */
  @Property({ type: 'text', nullable: true })
  yearLabel: string | null = null;
}

type AdultOptionalProps = 'sisId' | 'createdAt' | 'updatedAt' | 'title' | 'email' | 'phone';

/** Adults (contacts and teachers) also have a title, email and phone. */
abstract class Adult extends Person {
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;
}

/** A parent, guardian or carer. */
@PersonalData<Contact>({
  subjects: 'parents, guardians and carers',
  source: "the school's information system or its admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: ADULT_COLUMNS,
})
@Entity({ tableName: 'contact' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'sisId'] })
export class Contact extends Adult {
  [OptionalProps]?: AdultOptionalProps;
}

@PersonalData<Teacher>({
  subjects: 'teachers',
  source: "the school's information system or its admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: ADULT_COLUMNS,
})
@Entity({ tableName: 'teacher' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'sisId'] })
export class Teacher extends Adult {
  [OptionalProps]?: AdultOptionalProps;
}

@PersonalData<ContactLink>({
  subjects: 'parents, guardians, carers and their students',
  source: "the school's information system or its admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    contact: { category: 'person reference', purpose: 'who may book for which student' },
    student: { category: 'person reference', purpose: 'who may book for which student' },
    relationship: { category: 'family relationship', purpose: 'shown to teachers and in booking exports' },
  },
})
@Entity({ tableName: 'contact_link' })
@Filter(tenantFilter)
@Unique({ properties: ['contact', 'student'] })
export class ContactLink extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Contact, { deleteRule: 'cascade', index: true })
  contact!: Contact;

  @ManyToOne(() => Student, { deleteRule: 'cascade', index: true })
  student!: Student;

  @Property({ type: 'text' })
  relationship!: Relationship;
}

@PersonalData<TeacherLink>({
  subjects: 'teachers and students',
  source: "the school's information system or its admins",
  retention: 'licence',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    teacher: { category: 'person reference', purpose: 'which teachers a parent can book for a student' },
    student: { category: 'person reference', purpose: 'which teachers a parent can book for a student' },
    label: { category: 'school record', purpose: 'the class or subject shown when booking' },
  },
})
@Entity({ tableName: 'teacher_link' })
@Filter(tenantFilter)
@Unique({ properties: ['teacher', 'student'] })
export class TeacherLink extends TenantOwned {
  [OptionalProps]?: 'label';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Teacher, { deleteRule: 'cascade', index: true })
  teacher!: Teacher;

  @ManyToOne(() => Student, { deleteRule: 'cascade', index: true })
  student!: Student;

  /** Class or subject, e.g. "Maths 7X2". */
  @Property({ type: 'text', nullable: true })
  label: string | null = null;
}
