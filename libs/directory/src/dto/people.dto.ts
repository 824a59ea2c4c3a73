import { ApiPropertyOptional, ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { RELATIONSHIPS, type Relationship } from '../people/person.entities.js';

const PHONE = /^[+()0-9 .\-/]{3,40}$/;

export class CreateStudentDto {
  @ApiPropertyOptional({ description: "The school information system's id; records without one are left alone by syncs" })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  sisId?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  firstName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  lastName!: string;

  @ApiPropertyOptional({ example: 'Year 7' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  yearLabel?: string;
}

export class UpdateStudentDto extends PartialType(CreateStudentDto) {}

export class CreateAdultDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 128)
  sisId?: string;

  @ApiPropertyOptional({ example: 'Dr' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  title?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  firstName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  lastName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @Length(3, 254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE, { message: 'phone may hold digits, spaces and + ( ) . - /' })
  phone?: string;
}

export class UpdateAdultDto extends PartialType(CreateAdultDto) {}

export class ListPeopleQuery {
  @ApiPropertyOptional({ description: 'Part of a first or last name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export class LinkContactDto {
  @ApiProperty()
  @IsUUID()
  studentId!: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship!: Relationship;
}

export class LinkTeacherDto {
  @ApiProperty()
  @IsUUID()
  studentId!: string;

  @ApiPropertyOptional({ example: 'Maths 7X2' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;
}
