import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQuery, type Role } from '@ptc/platform';
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
}

export class ListUsersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SCHOOL_ROLES })
  @IsOptional()
  @IsIn(SCHOOL_ROLES)
  role?: SchoolRole;
}

export interface UserView {
  id: string;
  schoolId: string | null;
  role: Role;
  personId: string | null;
  screenName: string;
  status: string;
  createdAt: string;
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
