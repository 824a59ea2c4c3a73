import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery, ROLES, type Role } from '@ptc/platform';
import type { User } from '../user.entity.js';

export const SCHOOL_ROLES = ['school_admin', 'teacher', 'parent'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

export class CreateUserDto {
  @ApiProperty({ example: 'j.smith', description: '3-64 letters, digits, dot, dash, underscore or @; case-insensitive' })
  @IsString()
  @Length(1, 64)
  screenName!: string;

  @ApiProperty({ enum: SCHOOL_ROLES })
  @IsIn(SCHOOL_ROLES)
  role!: SchoolRole;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(1, 1024)
  password!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The directory record this login belongs to: a contact for a parent, a teacher for a teacher or an admin who teaches. Without it a parent or teacher can neither book nor see a schedule.",
  })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SCHOOL_ROLES })
  @IsOptional()
  @IsIn(SCHOOL_ROLES)
  role?: SchoolRole;
}

export class UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'None for platform operators' })
  schoolId: string | null;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The directory record (contact or teacher) this login belongs to' })
  personId: string | null;

  @ApiProperty()
  screenName: string;

  @ApiProperty({ enum: ['active', 'disabled'] })
  status: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    schoolId: user.schoolId,
    role: user.role,
    personId: user.personId,
    screenName: user.screenName,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}
