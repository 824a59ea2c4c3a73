import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsOptional, IsUUID, ValidateNested } from 'class-validator';

/** At most this many different teachers in one proposal: the search is exact up to here (see schedule-search.ts). */
export const MAX_TEACHERS_PER_PROPOSAL = 8;

export class WantedMeetingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teacherId!: string;
}

export class ScheduleRequestDto {
  @ApiProperty({
    type: [WantedMeetingDto],
    description: `Which child should see which teacher; several children with one teacher are seen back to back. At most ${MAX_TEACHERS_PER_PROPOSAL} different teachers.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => WantedMeetingDto)
  meetings!: WantedMeetingDto[];

  @ApiPropertyOptional({ format: 'date-time', description: 'No meeting before this moment' })
  @IsOptional()
  @IsDateString()
  earliest?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Every meeting over by this moment' })
  @IsOptional()
  @IsDateString()
  latest?: string;
}

export class ProposedAppointmentView {
  @ApiProperty({ format: 'uuid' })
  studentId!: string;

  @ApiProperty()
  student!: string;

  @ApiProperty({ format: 'uuid' })
  teacherId!: string;

  @ApiProperty()
  teacher!: string;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ format: 'uuid' })
  slotId!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ description: 'Local start with its UTC offset, e.g. 2026-12-10T16:00:00+00:00' })
  localStart!: string;
}

export class ScheduleProposalView {
  @ApiProperty({ format: 'uuid', description: 'Book it with POST …/schedule-proposals/{id}/book' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ format: 'date-time', description: 'Start of the first meeting' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'End of the last meeting' })
  endsAt!: string;

  @ApiProperty({ description: 'Minutes from the first meeting’s start to the last one’s end' })
  minutes!: number;

  @ApiProperty({ type: [ProposedAppointmentView], description: 'In time order' })
  appointments!: ProposedAppointmentView[];
}
