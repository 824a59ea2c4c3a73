import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsDateString, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export class OpenSupportCaseDto {
  @ApiProperty({ example: 'Parents cannot sign in after the sync' })
  @IsString()
  @Length(1, 200)
  subject!: string;
}

export class SupportAttachmentDto {
  @ApiProperty({ example: 'screenshot.png' })
  @IsString()
  @Length(1, 200)
  filename!: string;

  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'message/rfc822'] })
  @IsString()
  contentType!: string;

  @ApiProperty({ description: 'The file, base64' })
  @IsBase64()
  contentBase64!: string;
}

export class LogSupportEntryDto {
  @ApiProperty({ format: 'date-time', description: 'When the call took place or the email was sent' })
  @IsDateString()
  at!: string;

  @ApiProperty({ enum: ['in', 'out'], description: "'in': the school called or wrote; 'out': the vendor did" })
  @IsIn(['in', 'out'])
  direction!: 'in' | 'out';

  @ApiProperty({ enum: ['call', 'email'] })
  @IsIn(['call', 'email'])
  channel!: 'call' | 'email';

  @ApiProperty({ description: 'Who at the school took part', example: 'Niamh Byrne (IT)' })
  @IsString()
  @Length(1, 200)
  counterpart!: string;

  @ApiProperty({ description: 'What was said or asked' })
  @IsString()
  @Length(1, 2000)
  summary!: string;

  @ApiPropertyOptional({ description: "An email's text" })
  @IsOptional()
  @IsString()
  @Length(1, 100_000)
  message?: string;

  @ApiPropertyOptional({ type: [SupportAttachmentDto], description: "An email's attachments (each within SUPPORT_ATTACHMENT_MAX_SIZE; PDF, PNG, JPEG, plain text or an email message)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SupportAttachmentDto)
  attachments?: SupportAttachmentDto[];
}

export class SupportCaseStatusDto {
  @ApiProperty({ enum: ['open', 'closed'] })
  @IsIn(['open', 'closed'])
  status!: 'open' | 'closed';
}

export class SupportAttachmentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  filename: string;

  @ApiProperty()
  contentType: string;

  @ApiProperty()
  size: number;
}

export class SupportEntryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: ['in', 'out'] })
  direction: string;

  @ApiProperty({ enum: ['call', 'email'] })
  channel: string;

  @ApiProperty()
  counterpart: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: String, nullable: true })
  message: string | null;

  @ApiProperty({ type: [SupportAttachmentView] })
  attachments: SupportAttachmentView[];
}

export class SupportCaseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  schoolId: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  status: string;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: [SupportEntryView], description: 'Oldest first' })
  entries: SupportEntryView[];
}
