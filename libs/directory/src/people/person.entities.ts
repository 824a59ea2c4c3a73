import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantOwned, tenantFilter } from '@ptc/platform';

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
@Entity({ tableName: 'contact' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'sisId'] })
export class Contact extends Adult {
  [OptionalProps]?: AdultOptionalProps;
}

@Entity({ tableName: 'teacher' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'sisId'] })
export class Teacher extends Adult {
  [OptionalProps]?: AdultOptionalProps;
}

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
