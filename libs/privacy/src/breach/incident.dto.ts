import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDateString, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsOneLine } from '@ptc/platform';

export class OpenIncidentDto {
  @ApiProperty({ example: 'Stolen support laptop' })
  @IsString()
  @Length(1, 200)
  @IsOneLine()
  title!: string;

  @ApiProperty({ description: 'What happened, as the schools will read it' })
  @IsString()
  @Length(1, 5000)
  description!: string;

  @ApiProperty({ format: 'date-time', description: 'When the vendor became aware: the 72-hour clock starts here' })
  @IsDateString()
  detectedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Start of the time window the incident concerns' })
  @IsDateString()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'End of the window (at most 92 days after its start)' })
  @IsDateString()
  to!: string;

  @ApiPropertyOptional({ type: [String], description: 'The schools concerned; none: every school used in the window' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  schoolIds?: string[];
}

export class BreachWindowQuery {
  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  from!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  to!: string;
}

export class IncidentSchoolView {
  @ApiProperty({ format: 'uuid' })
  schoolId: string;

  @ApiProperty()
  school: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'People per kind whose data the window reached' })
  affected: Record<string, number>;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  notifiedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acknowledgedAt: string | null;

  @ApiProperty({ description: 'Told after the 72 hours, or not told and the 72 hours are over' })
  late: boolean;
}

export class IncidentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ format: 'date-time' })
  detectedAt: string;

  @ApiProperty({ format: 'date-time', description: 'detectedAt + 72 hours' })
  notifyBy: string;

  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time' })
  to: string;

  @ApiProperty({ type: [IncidentSchoolView] })
  schools: IncidentSchoolView[];
}

export class SchoolIncidentView extends PickType(IncidentView, ['id', 'title', 'description', 'detectedAt', 'from', 'to'] as const) {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  affected: Record<string, number>;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  notifiedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  acknowledgedAt: string | null;
}

export class BreachRouteView {
  @ApiProperty()
  method: string;

  @ApiProperty()
  route: string;

  @ApiProperty()
  requests: number;

  @ApiProperty()
  users: number;

  @ApiProperty({ type: [String] })
  categories: string[];

  @ApiProperty({ enum: ['school', 'family', 'teacher', 'self', 'unclassified'] })
  reach: string;
}

export class AffectedPersonView {
  @ApiProperty({ enum: ['student', 'contact', 'teacher'] })
  kind: string;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  sisId: string | null;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: [String] })
  categories: string[];

  @ApiProperty({ type: [String] })
  how: string[];
}

export class BreachChangesView {
  @ApiProperty()
  bookingChanges: number;

  @ApiProperty()
  syncRuns: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  syncCounts: Record<string, { add: number; update: number; delete: number }>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  erasures: Record<string, number>;
}

export class BreachReportView {
  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time' })
  to: string;

  @ApiProperty({ type: [BreachRouteView] })
  routes: BreachRouteView[];

  @ApiProperty({ type: BreachChangesView })
  changes: BreachChangesView;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Affected people per kind' })
  counts: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Affected people per data category' })
  categories: Record<string, number>;

  @ApiProperty({ type: [AffectedPersonView] })
  people: AffectedPersonView[];
}
