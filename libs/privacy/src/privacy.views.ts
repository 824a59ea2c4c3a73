import { ThirdPartyView } from '@ptc/tenancy';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiMapProperty } from '@ptc/platform';

const KINDS = ['access', 'erasure', 'rectification', 'portability', 'other'];

export class RequestPassedOnView {
  @ApiProperty({ enum: ['passed_to_school'] })
  status: string;

  @ApiProperty({ description: 'What happens next, in words' })
  message: string;
}

export class OperatorRequestFiledView extends RequestPassedOnView {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class RequestSubjectView {
  @ApiProperty({ description: 'contact, teacher, student, ...' })
  kind: string;

  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class SubjectRequestView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: KINDS })
  kind: string;

  @ApiProperty({ description: "The person's own words" })
  details: string;

  @ApiProperty({ enum: ['received', 'acknowledged', 'extended', 'fulfilled', 'rejected', 'closed'] })
  status: string;

  @ApiProperty({ description: 'Who filed it: the person in PTC, or the vendor for a request that reached it' })
  filedBy: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  requesterUserId: string | null;

  @ApiProperty({ type: RequestSubjectView, nullable: true })
  subject: RequestSubjectView | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ format: 'date', description: 'One calendar month after receipt, plus any extension' })
  dueOn: string;

  @ApiProperty()
  extendedMonths: number;
}

export class RequestStepView {
  @ApiProperty()
  action: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorUserId: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class ErasureView {
  @ApiProperty({ enum: ['contact', 'teacher', 'student'] })
  personKind: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ format: 'date-time' })
  erasedAt: string;

  @ApiMapProperty({ type: 'integer' }, { description: 'Rows deleted, by what they were' })
  deleted: Record<string, number>;
}

export class SubjectRequestDetailView extends SubjectRequestView {
  @ApiProperty({ type: [RequestStepView] })
  steps: RequestStepView[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Fulfilled with `export`: the person’s export (see /api/v1/privacy/schemas/person-export.json)' })
  export?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ErasureView, description: 'Fulfilled with `erasure`: what was erased' })
  erasure?: ErasureView;
}

export class ErasureLedgerEntryView {
  @ApiProperty({ enum: ['contact', 'teacher', 'student'] })
  personKind: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ type: [String], description: 'The logins that were deleted with the person' })
  userIds: string[];

  @ApiProperty({ format: 'uuid' })
  erasedBy: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  requestId: string | null;

  @ApiProperty({ format: 'date-time' })
  erasedAt: string;
}

export class SchoolExportView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Ready to download when `ready`' })
  status: string;

  @ApiProperty({ description: 'Percent done' })
  progress: number;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readyAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Downloadable until then' })
  expiresAt: string | null;

  @ApiProperty({ type: Number, nullable: true })
  bytes: number | null;

  @ApiProperty({ type: String, nullable: true })
  downloadUrl: string | null;
}

export class UsageReleaseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'Whose usage records were released' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  requestedBy: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty()
  rows: number;
}

export class SupportAccessView {
  @ApiProperty({ format: 'uuid' })
  operatorUserId: string;

  @ApiProperty({ description: 'What was looked at' })
  what: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class SupportGrantView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  grantedBy: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  grantedAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: [SupportAccessView] })
  accesses: SupportAccessView[];
}

export class SubProcessorView {
  @ApiProperty()
  name: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty()
  location: string;

  @ApiProperty()
  country: string;

  @ApiProperty({ type: [String] })
  dataCategories: string[];

  @ApiPropertyOptional()
  since?: string;
}

export class SubProcessorVersionView {
  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [SubProcessorView] })
  subProcessors: SubProcessorView[];
}

export class SubProcessorHistoryView {
  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  @ApiProperty()
  summary: string;
}

export class SubProcessorListView {
  @ApiProperty({ description: '0 before the first list' })
  version: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  effectiveFrom: string | null;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [SubProcessorView] })
  subProcessors: SubProcessorView[];

  @ApiPropertyOptional({ type: [SubProcessorVersionView], description: 'Announced changes, not yet in force (not with ?version=)' })
  upcoming?: SubProcessorVersionView[];

  @ApiPropertyOptional({ type: [SubProcessorHistoryView], description: 'Earlier versions (not with ?version=)' })
  history?: SubProcessorHistoryView[];
}

export class SubProcessorsPublishedView {
  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty()
  schoolsNotified: number;

  @ApiProperty()
  emails: number;
}

export class StatisticCellView {
  @ApiProperty({ format: 'date' })
  day: string;

  @ApiProperty({ description: 'A timezone region' })
  region: string;

  @ApiProperty()
  metric: string;

  @ApiProperty({ type: Number, nullable: true, description: 'None when suppressed' })
  value: number | null;

  @ApiPropertyOptional({ description: 'Present (true) when fewer than k people are behind the figure' })
  suppressed?: boolean;
}

export class StatisticsView {
  @ApiProperty({ description: 'Cells with fewer people are suppressed' })
  k: number;

  @ApiProperty({ type: [StatisticCellView] })
  cells: StatisticCellView[];
}

export class DeletionCertificateView {
  @ApiProperty({ format: 'uuid' })
  schoolId: string;

  @ApiProperty()
  school: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'None while the purge is in progress' })
  finishedAt: string | null;

  @ApiMapProperty({ type: 'integer' }, { description: 'Rows deleted per table' })
  tables: Record<string, number>;

  @ApiProperty()
  totalRows: number;
}

export class ColumnRecordView {
  @ApiProperty()
  property: string;

  @ApiProperty({ type: [String] })
  columns: string[];

  @ApiProperty()
  personal: boolean;

  @ApiPropertyOptional()
  category?: string;

  @ApiPropertyOptional()
  purpose?: string;

  @ApiPropertyOptional()
  secret?: boolean;
}

export class ProcessingRecordView {
  @ApiProperty()
  entity: string;

  @ApiProperty()
  table: string;

  @ApiProperty()
  subjects: string;

  @ApiProperty()
  source: string;

  @ApiProperty()
  retention: string;

  @ApiProperty()
  retentionRule: string;

  @ApiProperty()
  purgedWithSchool: boolean;

  @ApiProperty({ type: [ColumnRecordView] })
  columns: ColumnRecordView[];
}

export class NonPersonalTableView {
  @ApiProperty()
  entity: string;

  @ApiProperty()
  table: string;

  @ApiProperty()
  reason: string;
}

@ApiExtraModels(ProcessingRecordView, NonPersonalTableView)
export class ProcessingRecordsView {
  @ApiProperty()
  processor: string;

  @ApiProperty()
  controller: string;

  @ApiProperty({ type: [String] })
  purposes: string[];

  @ApiProperty({ description: 'Where the list of sub-processors is' })
  subProcessors: string;

  @ApiProperty({ type: [ProcessingRecordView] })
  records: ProcessingRecordView[];

  @ApiProperty({ type: [NonPersonalTableView] })
  withoutPersonalData: NonPersonalTableView[];

  @ApiPropertyOptional({ type: [ThirdPartyView], description: 'With ?schoolId=: the third parties that school lets read some of its data (its API credentials in force)' })
  thirdParties?: ThirdPartyView[];
}
