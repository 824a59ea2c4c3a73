import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SKIP_REASONS, type SkipReason } from '../invitations/skip-reasons.js';
import { SchoolNameView } from '@ptc/tenancy';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class InviteDto {
  @ApiPropertyOptional({ type: [String], description: 'Contacts to invite' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Teachers to invite' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  teacherIds?: string[];

  @ApiPropertyOptional({ description: 'Invite everyone of these kinds who has an email address and no account yet' })
  @IsOptional()
  @IsArray()
  @IsIn(['contact', 'teacher'], { each: true })
  everyoneWithoutAccount?: ('contact' | 'teacher')[];
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  token!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 64)
  screenName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1024)
  password!: string;
}


export class SkippedInvitationView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ enum: SKIP_REASONS, description: '`login_disabled`: the person has a login that is disabled; enable it instead of inviting' })
  reason: SkipReason;
}

export class InvitationsSentView {
  @ApiProperty({ description: 'Emails queued' })
  invited: number;

  @ApiProperty({ type: [SkippedInvitationView] })
  skipped: SkippedInvitationView[];
}

export class InvitationAcceptedView {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  screenName: string;

  @ApiProperty({ enum: ['parent', 'teacher'] })
  role: string;

  @ApiProperty({ description: "The school's sign-in name" })
  school: string;
}

export class InvitedPersonView {
  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

export class InvitationPreviewView {
  @ApiProperty({ type: SchoolNameView })
  school: SchoolNameView;

  @ApiProperty({ type: InvitedPersonView })
  person: InvitedPersonView;

  @ApiProperty({ enum: ['parent', 'teacher'] })
  role: 'parent' | 'teacher';

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
