import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_INT32 } from './calendar-date.js';

/** One page of a list that can grow, and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** `?limit=&offset=` for every list; lists answer `{ items, total }`. */
export class PageQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ default: 0, maximum: MAX_INT32 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_INT32)
  offset: number = 0;
}

/**
 * The listing's total from a page read with `count(*) over () as total` on every row. A page past
 * the end has no row to carry it: then the first row is read for it (an empty first page is 0).
 */
export async function totalOfPage(rows: { total: string | number }[], offset: number, firstRow: () => Promise<{ total: string | number }[]>): Promise<number> {
  if (rows.length) return Number(rows[0].total);
  return offset > 0 ? Number((await firstRow())[0]?.total ?? 0) : 0;
}
