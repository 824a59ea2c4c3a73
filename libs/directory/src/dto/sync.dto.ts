import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

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

export class PageQuery {
  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 20;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}
