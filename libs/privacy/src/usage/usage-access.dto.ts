import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class InvestigateUsageDto {
  @ApiProperty({ description: "The user (login) whose records are needed, in the caller's school" })
  @IsUUID()
  userId!: string;

  @ApiProperty({ description: 'Why: recorded with the release', example: 'Suspected account sharing reported by a parent on 3 March' })
  @IsString()
  @Length(10, 2000)
  reason!: string;
}

export class GrantSupportDto {
  @ApiProperty({ example: 'Parent cannot see her appointments: please investigate ticket 4711' })
  @IsString()
  @Length(10, 2000)
  reason!: string;

  @ApiProperty({ minimum: 1, maximum: 72, description: 'How long support may look, in hours' })
  @IsInt()
  @Min(1)
  @Max(72)
  hours!: number;
}
