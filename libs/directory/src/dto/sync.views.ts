import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiMapProperty } from '@ptc/platform';
import { RELATIONSHIPS } from '../people/person.entities.js';

export class StudentRecordBody {
  @ApiProperty({ description: "The information system's id" })
  sisId: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  yearLabel?: string | null;
}

export class AdultRecordBody {
  @ApiProperty({ description: "The information system's id" })
  sisId: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  title?: string | null;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  phone?: string | null;
}

export class ContactLinkRecordBody {
  @ApiProperty()
  contactSisId: string;

  @ApiProperty()
  studentSisId: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  relationship: string;
}

export class TeacherLinkRecordBody {
  @ApiProperty()
  teacherSisId: string;

  @ApiProperty()
  studentSisId: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Class or subject' })
  label?: string | null;
}

/** The whole school as its information system sees it; PTC mirrors exactly this. */
export class DirectorySnapshotBody {
  @ApiProperty({ type: [StudentRecordBody] })
  students: StudentRecordBody[];

  @ApiProperty({ type: [AdultRecordBody] })
  contacts: AdultRecordBody[];

  @ApiProperty({ type: [AdultRecordBody] })
  teachers: AdultRecordBody[];

  @ApiProperty({ type: [ContactLinkRecordBody] })
  contactLinks: ContactLinkRecordBody[];

  @ApiProperty({ type: [TeacherLinkRecordBody] })
  teacherLinks: TeacherLinkRecordBody[];
}

export class SyncFilesBody {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'The CSV files, or one zip of them' })
  files: unknown[];
}

export class ChangeCountView {
  @ApiProperty()
  add: number;

  @ApiProperty()
  update: number;

  @ApiProperty()
  delete: number;
}

export class KindPreviewView {
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Records to add' })
  add: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Records to change, before and after' })
  update: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Records to delete' })
  delete: Record<string, unknown>[];
}

export class ImportedFileView {
  @ApiProperty()
  file: string;

  @ApiProperty({ enum: ['UTF-8', 'Windows-1252'] })
  encoding: string;

  @ApiPropertyOptional({ enum: [',', ';', '\t'], description: 'For CSV files read' })
  delimiter?: string;
}

export class OutsideSchoolView {
  @ApiProperty()
  users: number;

  @ApiProperty()
  classes: number;

  @ApiProperty()
  enrollments: number;
}

export class SyncSettingsView {
  @ApiProperty({ type: [String], description: "The school's org sourcedIds in OneRoster bundles" })
  oneRosterOrgIds: string[];
}

export class SyncResultView {
  @ApiProperty({ format: 'uuid' })
  runId: string;

  @ApiProperty({ enum: ['applied', 'dry_run', 'invalid', 'refused', 'failed'] })
  outcome: string;

  @ApiProperty()
  dryRun: boolean;

  @ApiMapProperty(ChangeCountView, { description: 'Per kind: students, contacts, teachers, contactLinks, teacherLinks' })
  counts: Record<string, ChangeCountView>;

  @ApiProperty()
  totalChanges: number;

  @ApiMapProperty(KindPreviewView, { description: 'The first changes of each kind' })
  preview: Record<string, KindPreviewView>;

  @ApiPropertyOptional({ type: [ImportedFileView], description: 'Uploads: what was detected in each file' })
  files?: ImportedFileView[];

  @ApiPropertyOptional({ type: OutsideSchoolView, description: "OneRoster: rows of other orgs in a district's bundle, left out" })
  outsideSchool?: OutsideSchoolView;
}

@ApiExtraModels(ChangeCountView)
export class SyncRunView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  startedBy: string;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  @ApiProperty({ enum: ['json', 'csv', 'oneroster'] })
  source: string;

  @ApiProperty()
  dryRun: boolean;

  @ApiProperty({ enum: ['applied', 'dry_run', 'invalid', 'refused', 'failed'] })
  outcome: string;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { $ref: '#/components/schemas/ChangeCountView' } })
  counts: Record<string, ChangeCountView> | null;

  @ApiProperty({ type: 'array', nullable: true, items: { type: 'object', additionalProperties: true }, description: '{file, line, field, reason} of each problem' })
  problems: Record<string, unknown>[] | null;

  @ApiProperty({ type: OutsideSchoolView, nullable: true, description: "OneRoster: rows of other orgs in a district's bundle, left out" })
  outsideSchool: OutsideSchoolView | null;
}

/** One row of the parent list: a contact–student link. */
export class ContactExportRowView {
  @ApiProperty({ type: String, nullable: true })
  contactTitle: string | null;

  @ApiProperty()
  contactFirstName: string;

  @ApiProperty()
  contactLastName: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  relationship: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty()
  studentFirstName: string;

  @ApiProperty()
  studentLastName: string;

  @ApiProperty({ type: String, nullable: true })
  studentSisId: string | null;
}
