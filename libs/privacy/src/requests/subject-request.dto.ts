import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQuery } from '@ptc/platform';
import { REQUEST_KINDS, type RequestKind, type SubjectKind } from './subject-request.entities.js';

export class FileRequestDto {
  @ApiProperty({ enum: REQUEST_KINDS })
  @IsIn(REQUEST_KINDS)
  kind!: RequestKind;

  @ApiProperty({ description: 'What the person asks for, in their own words', example: 'Please send me a copy of my data.' })
  @IsString()
  @Length(1, 5000)
  details!: string;
}

export class OperatorFileRequestDto extends FileRequestDto {
  @ApiPropertyOptional({ enum: ['contact', 'teacher', 'student'] })
  @IsOptional()
  @IsIn(['contact', 'teacher', 'student'])
  subjectKind?: SubjectKind;

  @ApiPropertyOptional({ description: 'The directory record the request is about, when known' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;
}

export class ExtendRequestDto {
  @ApiProperty({ minimum: 1, maximum: 2, description: 'Further months; at most two in all' })
  @IsInt()
  @Min(1)
  @Max(2)
  months!: number;

  @ApiProperty()
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class FulfilRequestDto {
  @ApiProperty({ enum: ['export', 'erasure', 'rectification', 'other'], description: 'What the school did to answer' })
  @IsIn(['export', 'erasure', 'rectification', 'other'])
  action!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ReasonDto {
  @ApiProperty()
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class ListRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'all'])
  status: 'open' | 'all' = 'open';
}
