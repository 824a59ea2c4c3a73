import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '@ptc/platform';


export class SubProcessorDto {
  @ApiProperty({ example: 'Example Hosting Ltd' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'Hosting of the application and its database' })
  @IsString()
  @Length(1, 500)
  purpose!: string;

  @ApiProperty({ example: 'Frankfurt data centre' })
  @IsString()
  @Length(1, 200)
  location!: string;

  @ApiProperty({ example: 'DE' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE' })
  country!: string;

  @ApiProperty({ example: ['identity', 'contact details', 'appointments'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  dataCategories!: string[];

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  since!: string;
}

export class PublishSubProcessorsDto {
  @ApiProperty({ example: '2027-03-01', description: 'At least 30 days ahead (the first list may take effect at once)' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ example: 'Adds Example Mail GmbH for sending emails' })
  @IsString()
  @Length(3, 1000)
  summary!: string;

  @ApiProperty({ type: [SubProcessorDto] })
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SubProcessorDto)
  subProcessors!: SubProcessorDto[];
}
