import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

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
