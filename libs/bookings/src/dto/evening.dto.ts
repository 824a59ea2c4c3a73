import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, PageQuery } from '@ptc/platform';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SessionDto {
  @ApiProperty({ example: '2026-11-12', description: 'Local date in the school’s timezone' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '16:00' })
  @Matches(TIME, { message: 'start must be HH:MM' })
  start!: string;

  @ApiProperty({ example: '19:00' })
  @Matches(TIME, { message: 'end must be HH:MM' })
  end!: string;
}

export class OpeningStageDto {
  @ApiProperty({ type: [String], example: ['Year 7'], description: 'Year groups that may book from this time' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  yearLabels!: string[];

  @ApiProperty({ example: '2026-11-01T18:00:00Z', description: 'When these year groups may start booking: before opensAt (when everyone may)' })
  @IsDateString()
  opensAt!: string;
}

export class CreateEveningDto {
  @ApiProperty({ example: 'Year 7 parents’ evening' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ type: [SessionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => SessionDto)
  sessions!: SessionDto[];

  @ApiProperty({ minimum: 5, maximum: 60 })
  @IsInt()
  @Min(5)
  @Max(60)
  slotMinutes!: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 60, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  gapMinutes?: number;

  @ApiProperty({ example: '2026-11-01T08:00:00Z' })
  @IsDateString()
  opensAt!: string;

  @ApiProperty({ example: '2026-11-12T12:00:00Z' })
  @IsDateString()
  closesAt!: string;

  @ApiPropertyOptional({ description: 'Room or video-call link' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  location?: string;

  @ApiPropertyOptional({ default: false, description: 'Meetings are video calls: each appointment gets its own link from the school’s video link template (booking settings)' })
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Year groups the evening is for; all students when omitted' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  yearLabels?: string[];

  @ApiPropertyOptional({ type: [OpeningStageDto], description: 'Staged opening: year groups that may book before opensAt; none: everyone at opensAt' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OpeningStageDto)
  openingStages?: OpeningStageDto[];

  @ApiPropertyOptional({ type: [String], description: 'Participating teachers; default: every teacher linked to those students' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  teacherIds?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  capPerStudent?: number;
}

export class BreakDto {
  @ApiProperty({ example: '17:30' })
  @Matches(TIME, { message: 'start must be HH:MM' })
  start!: string;

  @ApiProperty({ example: '17:45' })
  @Matches(TIME, { message: 'end must be HH:MM' })
  end!: string;
}

export class AvailabilityDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '16:30', description: 'Local time of arrival on each session day' })
  @IsOptional()
  @Matches(TIME, { message: 'arriveAt must be HH:MM' })
  arriveAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '18:30' })
  @IsOptional()
  @Matches(TIME, { message: 'leaveAt must be HH:MM' })
  leaveAt?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'A break after every N slots' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  breakEverySlots?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Minutes of each break' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  breakMinutes?: number | null;

  @ApiPropertyOptional({ type: [BreakDto], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => BreakDto)
  breaks?: BreakDto[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The teacher’s own room or video-call link' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  location?: string | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'This teacher meets by video (true, each appointment with its own link) or in person (false) whatever the evening does; null or omitted: as the evening',
  })
  @IsOptional()
  @IsBoolean()
  online?: boolean | null;
}

export class AvailabilityQuery {
  @ApiPropertyOptional({ default: false, description: 'Cancel (and notify) appointments in slots the change removes' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  cancelAffected: boolean = false;
}

export class BookDto {
  @ApiProperty()
  @IsUUID()
  eventId!: string;

  @ApiProperty()
  @IsUUID()
  studentId!: string;

  @ApiProperty()
  @IsUUID()
  teacherId!: string;

  @ApiProperty()
  @IsUUID()
  slotId!: string;

  @ApiPropertyOptional({ type: [String], description: 'A joint meeting (when the school allows them): the brothers and sisters this meeting is also about' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  jointStudentIds?: string[];

  @ApiPropertyOptional({ description: 'Admins booking on a parent’s behalf name the parent (a contact id)' })
  @IsOptional()
  @IsUUID()
  contactId?: string;
}

export class CancelDto {
  @ApiPropertyOptional({ description: 'Required when a teacher cancels; sent to the parent' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class MoveDto {
  @ApiProperty()
  @IsUUID()
  slotId!: string;
}


export class SlotsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this teacher’s slots' })
  @IsOptional()
  @IsUUID()
  teacherId?: string;
}

export class BookingSettingsDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 720,
    description: 'Parents may cancel until this many hours before the appointment (even after the booking window closed); null: until the booking window closes',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  parentCancelCutoffHours!: number | null;

  @ApiPropertyOptional({ description: 'Teachers may set their own hours and breaks for an evening; false (the default): only the office does' })
  @IsOptional()
  @IsBoolean()
  teachersSetAvailability?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 14, description: 'Families who have booked nothing are emailed this many days before booking closes (default 2); 0: never' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(14)
  notBookedReminderDays?: number;

  @ApiPropertyOptional({ minimum: 5, maximum: 1440, description: 'Minutes a freed time is held for the first family on the teacher’s waiting list before it passes to the next (default 30)' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  waitingOfferMinutes?: number;

  @ApiPropertyOptional({ description: 'Brothers and sisters may have one meeting together with a teacher they share (default false)' })
  @IsOptional()
  @IsBoolean()
  jointSiblingMeetings?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'https://meet.jit.si/riverside-{room}',
    description: 'The video meeting address of online evenings and teachers: https, with {room} where each appointment’s own random room name goes (PTC calls no video service); null or omitted: none',
  })
  @IsOptional()
  @IsString()
  videoLinkTemplate?: string | null;
}

export class JoinWaitingListDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teacherId!: string;
}

/** What may change once families can see the evening: none of the times that slots were made from. */
export class EveningDetailsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Room or place; null removes it' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  location?: string | null;

  @ApiPropertyOptional({ example: '2026-11-01T08:00:00Z' })
  @IsOptional()
  @IsDateString()
  opensAt?: string;

  @ApiPropertyOptional({ example: '2026-11-12T12:00:00Z' })
  @IsOptional()
  @IsDateString()
  closesAt?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 50, description: 'Most appointments per student; null removes the cap' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  capPerStudent?: number | null;

  @ApiPropertyOptional({ type: [String], nullable: true, description: 'Year groups the evening is for; null: every student' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  yearLabels?: string[] | null;

  @ApiPropertyOptional({ type: [OpeningStageDto], nullable: true, description: 'Staged opening; null: everyone at opensAt' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OpeningStageDto)
  openingStages?: OpeningStageDto[] | null;
}

export class ConfirmCancellationsQuery {
  @ApiPropertyOptional({ default: false, description: 'Cancel (and tell the parents of) the appointments this change would leave without a place' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  cancelAffected: boolean = false;
}

export class AddEveningTeacherDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teacherId!: string;
}

export class LateRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  teacherId!: string;

  @ApiPropertyOptional({ description: 'A note for the teacher (why, when the family could come)', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class AcceptLateRequestDto {
  @ApiProperty({ format: 'uuid', description: "One of the teacher's free times" })
  @IsUUID()
  slotId!: string;
}

export class DeclineLateRequestDto {
  @ApiProperty({ description: 'Told to the parent', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
