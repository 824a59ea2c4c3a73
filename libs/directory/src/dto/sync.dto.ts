import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { IsOneLine } from '@ptc/platform';

const asBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

export class SyncQuery {
  @ApiPropertyOptional({ description: 'Report what would change, write nothing', default: false })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  dryRun: boolean = false;

  @ApiPropertyOptional({ description: 'Apply even if it deletes more than SYNC_MAX_DELETE_SHARE of a kind', default: false })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  force: boolean = false;
}

export class SyncSettingsDto {
  @ApiProperty({ type: [String], maxItems: 20, description: "The school's org sourcedIds in OneRoster bundles; empty: bundles must hold one school" })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 128, { each: true })
  @IsOneLine({ each: true })
  oneRosterOrgIds!: string[];
}
