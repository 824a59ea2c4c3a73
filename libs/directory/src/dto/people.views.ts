import { ApiProperty } from '@nestjs/swagger';
import { RELATIONSHIPS } from '../people/person.entities.js';

export class StudentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, description: "The information system's id; none for records made here" })
  sisId: string | null;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true })
  yearLabel: string | null;
}

/** How PTC names an adult to others: title, given and family name. */
export const fullName = (p: { title?: string | null; firstName: string; lastName: string }): string => [p.title, p.firstName, p.lastName].filter(Boolean).join(' ');

export class AdultView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, description: "The information system's id; none for records made here" })
  sisId: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

export class ContactOfStudentView {
  @ApiProperty({ enum: RELATIONSHIPS })
  relationship: string;

  @ApiProperty({ type: AdultView })
  contact: AdultView;
}

export class TeacherOfStudentView {
  @ApiProperty({ type: String, nullable: true, description: 'Class or subject' })
  label: string | null;

  @ApiProperty({ type: AdultView })
  teacher: AdultView;
}

export class StudentDetailView extends StudentView {
  @ApiProperty({ type: [ContactOfStudentView] })
  contacts: ContactOfStudentView[];

  @ApiProperty({ type: [TeacherOfStudentView] })
  teachers: TeacherOfStudentView[];
}

export class StudentOfContactView {
  @ApiProperty({ enum: RELATIONSHIPS })
  relationship: string;

  @ApiProperty({ type: StudentView })
  student: StudentView;
}

export class StudentOfTeacherView {
  @ApiProperty({ type: String, nullable: true, description: 'Class or subject' })
  label: string | null;

  @ApiProperty({ type: StudentView })
  student: StudentView;
}

export class ContactDetailView extends AdultView {
  @ApiProperty({ type: [StudentOfContactView] })
  students: StudentOfContactView[];
}

export class TeacherDetailView extends AdultView {
  @ApiProperty({ type: [StudentOfTeacherView] })
  students: StudentOfTeacherView[];
}

export class ContactLinkView {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  @ApiProperty({ format: 'uuid' })
  studentId: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  relationship: string;
}

export class TeacherLinkView {
  @ApiProperty({ format: 'uuid' })
  teacherId: string;

  @ApiProperty({ format: 'uuid' })
  studentId: string;

  @ApiProperty({ type: String, nullable: true })
  label: string | null;
}

export class PersonInvitationView {
  @ApiProperty({ format: 'date-time' })
  sentAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acceptedAt: string | null;

  @ApiProperty({ description: 'Not accepted and past its expiry' })
  expired: boolean;
}

/** A contact or teacher as the office's directory lists them: with whether they can sign in. */
export class AdultWithAccessView extends AdultView {
  @ApiProperty({ type: String, enum: ['active', 'disabled', null], nullable: true, description: 'Their login; none: they cannot sign in yet' })
  login: 'active' | 'disabled' | null;

  @ApiProperty({ type: PersonInvitationView, nullable: true, description: 'Their latest invitation' })
  invitation: PersonInvitationView | null;
}
