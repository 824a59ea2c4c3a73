import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RecordPaymentDto {
  @ApiProperty({ description: 'In minor units (pence, cents)', example: 45000 })
  @IsInt()
  @Min(1)
  amountMinor!: number;

  @ApiProperty({ example: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as GBP' })
  currency!: string;

  @ApiProperty({ example: '2026-09-01' })
  @Matches(DATE, { message: 'periodStart must be YYYY-MM-DD' })
  periodStart!: string;

  @ApiProperty({ example: '2027-08-31', description: 'Last day of the paid period: the next renewal date' })
  @Matches(DATE, { message: 'periodEnd must be YYYY-MM-DD' })
  periodEnd!: string;

  @ApiProperty({ example: 'INV-2026-0042' })
  @IsString()
  @Length(1, 100)
  reference!: string;
}

export class ExtendTrialDto {
  @ApiProperty({ example: '2026-12-31' })
  @Matches(DATE, { message: 'endsOn must be YYYY-MM-DD' })
  endsOn!: string;
}
