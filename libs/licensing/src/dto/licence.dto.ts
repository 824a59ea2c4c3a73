import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, MAX_INT32 } from '@ptc/platform';

export class RecordPaymentDto {
  @ApiProperty({ description: 'In minor units (pence, cents)', example: 45000 })
  @IsInt()
  @Min(1)
  @Max(MAX_INT32)
  amountMinor!: number;

  @ApiProperty({ example: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as GBP' })
  currency!: string;

  @ApiProperty({ example: '2026-09-01' })
  @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2027-08-31', description: 'Last day of the paid period: the next renewal date' })
  @IsCalendarDate()
  periodEnd!: string;

  @ApiProperty({ example: 'INV-2026-0042' })
  @IsString()
  @Length(1, 100)
  reference!: string;
}

export class ExtendTrialDto {
  @ApiProperty({ example: '2026-12-31' })
  @IsCalendarDate()
  endsOn!: string;
}
