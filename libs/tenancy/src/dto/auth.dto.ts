import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { SchoolView } from './school.dto.js';
import { UserView } from './user.dto.js';

export class LoginDto {
  @ApiPropertyOptional({ description: "The school's slug; omitted for platform operators", example: 'demo' })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  school?: string;

  @ApiProperty({ example: 'admin' })
  @IsString()
  @Length(1, 64)
  screenName!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 1024)
  currentPassword!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(1, 1024)
  newPassword!: string;
}

export class AccessTokenView {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the token ends' })
  expiresIn: number;
}

export class SchoolSummaryView extends PickType(SchoolView, ['id', 'name', 'slug', 'timezone'] as const) {}

export class MeView extends UserView {
  @ApiProperty({ type: SchoolSummaryView, nullable: true, description: 'None for platform operators' })
  school: SchoolSummaryView | null;

  @ApiProperty({ type: String, enum: ['en', 'es', null], nullable: true, description: 'The language the user chose; none: the school’s' })
  language: string | null;
}

export class LanguageChoiceDto {
  @ApiProperty({ type: String, enum: ['en', 'es', null], nullable: true, description: 'The language of the pages and emails; null: the school’s' })
  @IsOptional()
  @IsIn(['en', 'es'])
  language!: 'en' | 'es' | null;
}

export class SchoolSettingsDto {
  @ApiProperty({ enum: ['en', 'es'], description: 'The language of emails to people who have not chosen one' })
  @IsIn(['en', 'es'])
  language!: 'en' | 'es';
}

export class SchoolSettingsView {
  @ApiProperty({ enum: ['en', 'es'] })
  language: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ description: "The school's sign-in name", example: 'demo' })
  @IsString()
  @Length(1, 63)
  school!: string;

  @ApiProperty({ description: 'The screen name, or the email address the school holds for the person', example: 'parent1' })
  @IsString()
  @Length(1, 254)
  screenNameOrEmail!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'From the emailed link' })
  @IsString()
  @Length(1, 512)
  token!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(1, 1024)
  newPassword!: string;
}

export class SchoolNameView extends PickType(SchoolView, ['name', 'slug'] as const) {}

export class PasswordResetLinkView {
  @ApiProperty({ type: SchoolNameView })
  school: SchoolNameView;

  @ApiProperty()
  screenName: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class PasswordResetDoneView {
  @ApiProperty({ description: 'The school to sign in to' })
  school: string;

  @ApiProperty({ description: 'The screen name to sign in with' })
  screenName: string;
}

/** The same answer whether or not anything was sent: nobody learns which accounts exist. */
export class PasswordResetAcceptedView {
  @ApiProperty({ enum: ['accepted'] })
  status: 'accepted';

  @ApiProperty()
  message: string;
}
