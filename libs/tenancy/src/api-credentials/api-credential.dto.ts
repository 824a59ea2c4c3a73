import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { API_SCOPES, IsOneLine, type ApiScope } from '@ptc/platform';

export class CreateApiCredentialDto {
  @ApiProperty({ description: 'The third party, as the school knows it', example: 'Timetable Co.' })
  @IsString()
  @Length(1, 120)
  @IsOneLine()
  name!: string;

  @ApiProperty({ description: 'What the school lets it do with the data', example: 'Builds the teachers’ timetables for parents’ evenings' })
  @IsString()
  @Length(1, 500)
  @IsOneLine()
  purpose!: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(API_SCOPES, { each: true })
  scopes!: ApiScope[];

  @ApiProperty({ format: 'date-time', description: 'Access ends then (at most 366 days ahead)' })
  @IsDateString()
  expiresAt!: string;

  @ApiPropertyOptional({ type: [String], description: 'Addresses or CIDR ranges it calls from; none: any', example: ['203.0.113.0/24'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  allowedRanges?: string[];
}

export class ApiCredentialView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ enum: API_SCOPES, isArray: true })
  scopes: ApiScope[];

  @ApiProperty({ type: [String] })
  allowedRanges: string[];

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ enum: ['active', 'expired', 'revoked'] })
  status: 'active' | 'expired' | 'revoked';
}

export class ApiCredentialCreatedView extends ApiCredentialView {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <secret>`. Shown this once: PTC keeps only a hash.' })
  secret: string;
}

export class ThirdPartyView extends PickType(ApiCredentialView, ['name', 'purpose', 'scopes'] as const) {
  @ApiProperty({ format: 'date-time' })
  since: string;

  @ApiProperty({ format: 'date-time' })
  until: string;
}
