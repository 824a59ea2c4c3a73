import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';
import { DirectoryErrors } from '../directory.errors.js';
import type { CreateAdultDto, CreateStudentDto, LinkContactDto, LinkTeacherDto, ListPeopleQuery, UpdateAdultDto, UpdateStudentDto } from '../dto/people.dto.js';
import { Contact, ContactLink, Student, Teacher, TeacherLink, type Relationship } from './person.entities.js';
import { PersonRemovalService } from './person-removal.service.js';
import { PeopleQueries } from './people.queries.js';
import type { AppointmentPeople } from './appointment-people.js';
import { familyFromRows, type FamilyMember } from './family.js';
import type { PersonKind } from '../events.js';
import { Invitation } from '../invitations/invitation.entity.js';

export type AdultKind = 'contact' | 'teacher';

export type { FamilyMember };

import type { AdultView, StudentView } from '../dto/people.views.js';

const ADULTS = { contact: Contact, teacher: Teacher } as const;

export type { AdultView, StudentView } from '../dto/people.views.js';

export const toStudentView = (s: Student): StudentView => ({ id: s.id, sisId: s.sisId, firstName: s.firstName, lastName: s.lastName, yearLabel: s.yearLabel });
export const toAdultView = (a: Contact | Teacher): AdultView => ({
  id: a.id,
  sisId: a.sisId,
  title: a.title,
  firstName: a.firstName,
  lastName: a.lastName,
  email: a.email,
  phone: a.phone,
});

/** LIKE wildcards in a search term are literal characters. */
const likeTerm = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function nameSearch<T extends { firstName: string; lastName: string }>(q?: string): FilterQuery<T> {
  if (!q) return {} as FilterQuery<T>;
  const term = likeTerm(q.trim());
  return { $or: [{ firstName: { $ilike: term } }, { lastName: { $ilike: term } }] } as FilterQuery<T>;
}

/** The admin's view of students, contacts, teachers and their links; every query is tenant-scoped. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly removal: PersonRemovalService,
    private readonly queries: PeopleQueries,
  ) {}

  async listStudents(query: ListPeopleQuery) {
    const [items, total] = await this.em.findAndCount(Student, nameSearch<Student>(query.q), {
      orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
      limit: query.limit,
      offset: query.offset,
    });
    return { items: items.map(toStudentView), total };
  }

  async listAdults(kind: AdultKind, query: ListPeopleQuery & { yearLabel?: string }) {
    const ofYear = kind === 'teacher' && query.yearLabel ? { id: { $in: await this.teacherIdsLinkedTo(await this.studentIdsInYears([query.yearLabel])) } } : {};
    const [items, total] = await this.em.findAndCount(ADULTS[kind] as typeof Contact, { ...(nameSearch<Contact>(query.q) as object), ...ofYear } as FilterQuery<Contact>, {
      orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
      limit: query.limit,
      offset: query.offset,
    });
    return { items: items.map(toAdultView), total };
  }

  /** A student's page: the record with their contacts and teachers. */
  async getStudent(id: string) {
    const student = await this.loadStudent(id);
    const [contactLinks, teacherLinks] = await Promise.all([
      this.em.find(ContactLink, { student }, { populate: ['contact'], orderBy: { contact: { lastName: 'asc' } } }),
      this.em.find(TeacherLink, { student }, { populate: ['teacher'], orderBy: { teacher: { lastName: 'asc' } } }),
    ]);
    return {
      ...toStudentView(student),
      contacts: contactLinks.map((l) => ({ relationship: l.relationship, contact: toAdultView(l.contact) })),
      teachers: teacherLinks.map((l) => ({ label: l.label, teacher: toAdultView(l.teacher) })),
    };
  }

  /** A contact's or teacher's page: the record with their students. */
  async getAdult(kind: AdultKind, id: string) {
    const person = await this.loadAdult(kind, id);
    const students =
      kind === 'contact'
        ? (await this.em.find(ContactLink, { contact: person.id }, { populate: ['student'], orderBy: { student: { lastName: 'asc' } } })).map((l) => ({
            relationship: l.relationship,
            student: toStudentView(l.student),
          }))
        : (await this.em.find(TeacherLink, { teacher: person.id }, { populate: ['student'], orderBy: { student: { lastName: 'asc' } } })).map((l) => ({
            label: l.label,
            student: toStudentView(l.student),
          }));
    return { ...toAdultView(person), students };
  }

  async createStudent(dto: CreateStudentDto): Promise<StudentView> {
    const student = this.em.create(Student, { schoolId: RequestContext.schoolId()!, sisId: dto.sisId ?? null, firstName: dto.firstName.trim(), lastName: dto.lastName.trim(), yearLabel: dto.yearLabel ?? null });
    await this.flushUnique('student');
    return toStudentView(student);
  }

  async createAdult(kind: AdultKind, dto: CreateAdultDto): Promise<AdultView> {
    const person = this.em.create(ADULTS[kind] as typeof Contact, {
      schoolId: RequestContext.schoolId()!,
      sisId: dto.sisId ?? null,
      title: dto.title ?? null,
      firstName: dto.firstName.trim(),
      lastName: dto.lastName.trim(),
      email: dto.email ?? null,
      phone: dto.phone ?? null,
    });
    await this.flushUnique(kind);
    return toAdultView(person);
  }

  async updateStudent(id: string, dto: UpdateStudentDto): Promise<StudentView> {
    const student = await this.loadStudent(id);
    this.em.assign(student, { ...dto, firstName: dto.firstName?.trim() ?? student.firstName, lastName: dto.lastName?.trim() ?? student.lastName });
    await this.flushUnique('student');
    return toStudentView(student);
  }

  async updateAdult(kind: AdultKind, id: string, dto: UpdateAdultDto): Promise<AdultView> {
    const person = await this.loadAdult(kind, id);
    this.em.assign(person, { ...dto, firstName: dto.firstName?.trim() ?? person.firstName, lastName: dto.lastName?.trim() ?? person.lastName });
    await this.flushUnique(kind);
    return toAdultView(person);
  }

  async removeStudent(id: string): Promise<void> {
    await this.em.transactional(async () => {
      const student = await this.loadStudent(id);
      await this.removal.removed('student', [student.id]);
      await this.em.nativeDelete(Student, { id: student.id });
    });
  }

  async removeAdult(kind: AdultKind, id: string): Promise<void> {
    await this.em.transactional(async () => {
      const person = await this.loadAdult(kind, id);
      await this.removal.removed(kind, [person.id]);
      await this.em.nativeDelete(ADULTS[kind] as typeof Contact, { id: person.id });
    });
  }

  /** Links a contact to a student, or changes the relationship of an existing link. */
  async linkContact(contactId: string, dto: LinkContactDto) {
    const [contact, student] = await Promise.all([this.loadAdult('contact', contactId), this.loadStudent(dto.studentId)]);
    const link = (await this.em.findOne(ContactLink, { contact, student })) ?? this.em.create(ContactLink, { schoolId: contact.schoolId, contact, student, relationship: dto.relationship });
    link.relationship = dto.relationship as Relationship;
    await this.em.flush();
    return { contactId: contact.id, studentId: student.id, relationship: link.relationship };
  }

  async linkTeacher(teacherId: string, dto: LinkTeacherDto) {
    const [teacher, student] = await Promise.all([this.loadAdult('teacher', teacherId), this.loadStudent(dto.studentId)]);
    const link = (await this.em.findOne(TeacherLink, { teacher, student })) ?? this.em.create(TeacherLink, { schoolId: teacher.schoolId, teacher, student });
    link.label = dto.label ?? null;
    await this.em.flush();
    return { teacherId: teacher.id, studentId: student.id, label: link.label };
  }

  async unlink(kind: AdultKind, personId: string, studentId: string): Promise<void> {
    const deleted =
      kind === 'contact'
        ? await this.em.nativeDelete(ContactLink, { contact: personId, student: studentId })
        : await this.em.nativeDelete(TeacherLink, { teacher: personId, student: studentId });
    if (deleted === 0) throw DirectoryErrors.notFound('link');
  }

  /** What a teacher may see: the students linked to them. */
  async studentsOfTeacher(teacherId: string | null) {
    if (!teacherId) return [];
    const links = await this.em.find(TeacherLink, { teacher: teacherId }, { populate: ['student'], orderBy: { student: { lastName: 'asc', firstName: 'asc' } } });
    return links.map((l) => ({ label: l.label, student: toStudentView(l.student) }));
  }

  /** What a parent may see: their own contact record and the students linked to it. */
  async ownContact(contactId: string | null) {
    if (!contactId) throw DirectoryErrors.notFound('contact');
    return this.getAdult('contact', contactId);
  }

  // ----- Questions other modules ask (bookings): ids in, ids and names out. -----

  /**
   * Everything a booking needs to know of the directory, in one round trip (bookings are the
   * hot path): is the contact linked to the student, is the teacher, and the student's year.
   */
  async bookingLinks(contactId: string, teacherId: string, studentId: string): Promise<{ contactLinked: boolean; teacherLinked: boolean; yearLabel: string | null }> {
    const row = await this.queries.bookingLinks(contactId, teacherId, studentId);
    return { contactLinked: row.contact_linked, teacherLinked: row.teacher_linked, yearLabel: row.year_label };
  }

  /** A contact's students, each with the teachers linked to them (names as shown to parents). */
  async family(contactId: string): Promise<FamilyMember[]> {
    return familyFromRows(await this.queries.family(contactId));
  }

  /** The students a contact is linked to. */
  async studentIdsOfContact(contactId: string): Promise<string[]> {
    const links = await this.em.find(ContactLink, { contact: contactId }, { fields: ['student'] });
    return links.map((l) => l.student.id);
  }

  async isContactLinked(contactId: string, studentId: string): Promise<boolean> {
    return (await this.em.count(ContactLink, { contact: contactId, student: studentId })) > 0;
  }

  /** Teacher ids linked to each of these students. */
  async teachersOfStudents(studentIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(studentIds.map((id) => [id, []]));
    if (studentIds.length === 0) return result;
    const links = await this.em.find(TeacherLink, { student: { $in: studentIds } }, { fields: ['teacher', 'student'] });
    for (const link of links) result.get(link.student.id)?.push(link.teacher.id);
    return result;
  }

  /** Students in these year groups (all students when none are given). */
  async studentIdsInYears(yearLabels: string[] | null): Promise<string[]> {
    const students = await this.em.find(Student, yearLabels?.length ? { yearLabel: { $in: yearLabels } } : {}, { fields: ['id'] });
    return students.map((s) => s.id);
  }

  /** The distinct year labels of the school's students, in natural order ("Year 7" before "Year 10"). */
  async yearLabels(): Promise<string[]> {
    return (await this.queries.yearLabels()).sort(new Intl.Collator('en', { numeric: true }).compare);
  }

  /** Each parent or carer of students in these year groups (all years when none), with those children. */
  async familiesInYears(yearLabels: string[] | null): Promise<{ contactId: string; studentIds: string[] }[]> {
    return this.queries.familiesInYears(yearLabels?.length ? yearLabels : null);
  }

  /** Every teacher linked to any of these students. */
  async teacherIdsLinkedTo(studentIds: string[]): Promise<string[]> {
    if (studentIds.length === 0) return [];
    const links = await this.em.find(TeacherLink, { student: { $in: studentIds } }, { fields: ['teacher'] });
    return [...new Set(links.map((l) => l.teacher.id))];
  }

  /** A person's invitations (for their data export): when sent, until when valid, whether accepted. Never the token. */
  async invitationsOf(personId: string) {
    const invitations = await this.em.find(Invitation, { personId }, { orderBy: { createdAt: 'asc' } });
    return invitations.map((i) => ({ createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString(), acceptedAt: i.acceptedAt?.toISOString() ?? null }));
  }

  /** Every person of a kind in the school (a breach report's "everyone the office could see"). */
  async everyone(kind: PersonKind): Promise<(StudentView | AdultView)[]> {
    if (kind === 'student') return (await this.em.find(Student, {}, { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' } })).map(toStudentView);
    return (await this.em.find(ADULTS[kind] as typeof Contact, {}, { orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' } })).map(toAdultView);
  }

  async studentsByIds(ids: string[]): Promise<Map<string, StudentView>> {
    const students = ids.length ? await this.em.find(Student, { id: { $in: ids } }) : [];
    return new Map(students.map((s) => [s.id, toStudentView(s)]));
  }

  async adultsByIds(kind: AdultKind, ids: string[]): Promise<Map<string, AdultView>> {
    const people = ids.length ? await this.em.find(ADULTS[kind] as typeof Contact, { id: { $in: ids } }) : [];
    return new Map(people.map((p) => [p.id, toAdultView(p)]));
  }

  /** The people of each appointment, keyed `teacherId:studentId:contactId`. */
  async appointmentPeople(appointments: { teacherId: string; studentId: string; contactId: string }[]): Promise<Map<string, AppointmentPeople>> {
    if (appointments.length === 0) return new Map();
    return this.queries.appointmentPeople(appointments);
  }

  /** Database ids of the school's contacts or teachers with these SIS ids. */
  async idsBySisId(kind: AdultKind, sisIds: string[]): Promise<Map<string, string>> {
    const people = await this.em.find(ADULTS[kind] as typeof Contact, { sisId: { $in: sisIds } }, { fields: ['id', 'sisId'] });
    return new Map(people.map((p) => [p.sisId!, p.id]));
  }

  private async loadStudent(id: string): Promise<Student> {
    const student = await this.em.findOne(Student, { id });
    if (!student) throw DirectoryErrors.notFound('student');
    return student;
  }

  private async loadAdult(kind: AdultKind, id: string): Promise<Contact | Teacher> {
    const person = await this.em.findOne(ADULTS[kind] as typeof Contact, { id });
    if (!person) throw DirectoryErrors.notFound(kind);
    return person;
  }

  private async flushUnique(kind: string): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw DirectoryErrors.sisIdTaken(kind);
      }
      throw error;
    }
  }
}
