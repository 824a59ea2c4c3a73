import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class InviteDto {
  @ApiPropertyOptional({ type: [String], description: 'Contacts to invite' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Teachers to invite' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  teacherIds?: string[];

  @ApiPropertyOptional({ description: 'Invite everyone of these kinds who has an email address and no account yet' })
  @IsOptional()
  @IsArray()
  @IsIn(['contact', 'teacher'], { each: true })
  everyoneWithoutAccount?: ('contact' | 'teacher')[];
}

export class AcceptInvitationDto {
  @ApiProperty()
  @IsString()
  @Length(20, 200)
  token!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 64)
  screenName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1024)
  password!: string;
}

