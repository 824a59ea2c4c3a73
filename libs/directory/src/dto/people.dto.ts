import { ApiPropertyOptional, ApiProperty, PartialType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsOneLine, PageQuery } from '@ptc/platform';
import { RELATIONSHIPS, type Relationship } from '../people/person.entities.js';

const PHONE = /^[+()0-9 .\-/]{3,40}$/;

/** What every person record has; names are kept exactly as given (only trimmed). */
class PersonDto {
  @ApiPropertyOptional({ description: "The school information system's id; records without one are left alone by syncs" })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  sisId?: string;

  @ApiProperty()
  @IsString()
  @IsOneLine()
  @Length(1, 200)
  firstName!: string;

  @ApiProperty()
  @IsString()
  @IsOneLine()
  @Length(1, 200)
  lastName!: string;
}

export class CreateStudentDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Year 7' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  yearLabel?: string;
}

export class UpdateStudentDto extends PartialType(CreateStudentDto) {}

export class CreateAdultDto extends PersonDto {
  @ApiPropertyOptional({ example: 'Dr' })
  @IsOptional()
  @IsString()
  @IsOneLine()
  @Length(1, 40)
  title?: string;

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

export class ListPeopleQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a first or last name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class ListTeachersQuery extends ListPeopleQuery {
  @ApiPropertyOptional({ description: 'Only teachers linked to students of this year group' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  yearLabel?: string;
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
