import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { School } from '../school.entity.js';

export class CustomerContactDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty()
  @IsEmail()
  @Length(3, 254)
  email!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/^[+()0-9 .-]{3,40}$/, { message: 'phone may hold digits, spaces and + ( ) . -' })
  phone?: string;
}

export class FirstAdminDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 64)
  screenName!: string;

  @ApiPropertyOptional({ description: 'Generated and returned once when omitted' })
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  password?: string;
}

export class CreateSchoolDto {
  @ApiProperty({ example: 'Riverside Primary School' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'riverside', description: 'lower-case letters, digits and single dashes; 3-63 characters' })
  @Matches(/^[a-z0-9](?:-?[a-z0-9]){2,62}$/, { message: 'slug must be 3-63 lower-case letters, digits and single dashes' })
  slug!: string;

  @ApiProperty({ example: 'Europe/London' })
  @IsString()
  @Length(1, 64)
  timezone!: string;

  @ApiProperty({ type: CustomerContactDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerContactDto)
  technicalContact!: CustomerContactDto;

  @ApiProperty({ type: CustomerContactDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerContactDto)
  financeContact!: CustomerContactDto;

  @ApiProperty({ type: FirstAdminDto })
  @IsObject()
  @ValidateNested()
  @Type(() => FirstAdminDto)
  admin!: FirstAdminDto;
}

export class SchoolView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: 'The sign-in name of the school' })
  slug: string;

  @ApiProperty({ example: 'Europe/London' })
  timezone: string;

  @ApiProperty({ enum: ['active', 'suspended'] })
  status: string;

  /** Whether the school's licence lets its users use PTC now (set by licensing). */
  @ApiProperty({ description: "Whether the school's licence lets its users use PTC now" })
  licenceActive: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class FirstAdminView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  screenName: string;

  @ApiPropertyOptional({ description: 'Only when the password was generated: shown this once' })
  initialPassword?: string;
}

export class SchoolCreatedView {
  @ApiProperty({ type: SchoolView })
  school: SchoolView;

  @ApiProperty({ type: FirstAdminView })
  admin: FirstAdminView;
}

export function toSchoolView(school: School): SchoolView {
  return {
    id: school.id,
    name: school.name,
    slug: school.slug,
    timezone: school.timezone,
    status: school.status,
    licenceActive: school.licenceActive,
    createdAt: school.createdAt.toISOString(),
  };
}

/** The two contacts of a school's customer record, as the new-school form takes them, and where families' replies go. */
export class SchoolContactsDto extends PickType(CreateSchoolDto, ['technicalContact', 'financeContact'] as const) {
  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', description: 'Families’ replies to the emails PTC sends for the school go here (Reply-To); none: to PTC’s own address' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  familiesReplyTo?: string | null;
}

export class CustomerContactView {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
}

/** The school's customer record with PTC: whom the vendor writes to about the service and about invoices and the licence. */
export class SchoolContactsView {
  @ApiProperty({ type: CustomerContactView, description: 'Technical notices (new sub-processors, outages)' })
  technicalContact!: CustomerContactView;

  @ApiProperty({ type: CustomerContactView, description: 'Invoices and licence notices' })
  financeContact!: CustomerContactView;

  @ApiProperty({ type: String, nullable: true, description: 'Families’ replies to the emails PTC sends for the school go here' })
  familiesReplyTo!: string | null;
}
