import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsOneLine } from '@ptc/platform';
import { AccessTokenView } from '../dto/auth.dto.js';
import { SINGLE_SIGN_ON_ROLES, type SingleSignOnRole } from './single-sign-on.entities.js';

export class SignInProviderDto {
  @ApiProperty({ description: 'What the sign-in button says: "Sign in with …"', example: 'Riverside Google' })
  @IsString()
  @Length(1, 60)
  @IsOneLine()
  displayName!: string;

  @ApiProperty({ description: "The provider's issuer URL (https; its discovery document is fetched to check it)", example: 'https://accounts.google.com' })
  @IsString()
  @Length(1, 500)
  issuer!: string;

  @ApiProperty({ description: 'The client id PTC was given at the provider' })
  @IsString()
  @Length(1, 500)
  @IsOneLine()
  clientId!: string;

  @ApiPropertyOptional({ description: 'The client secret; required the first time, omitted to keep the current one' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsOneLine()
  clientSecret?: string;

  @ApiProperty({ type: [String], description: 'Email domains people must sign in with (and their subdomains); none: any', example: ['riverside.sch.uk'] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  allowedEmailDomains!: string[];

  @ApiProperty({ enum: SINGLE_SIGN_ON_ROLES, isArray: true, description: 'Who may sign in with the provider' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SINGLE_SIGN_ON_ROLES, { each: true })
  roles!: SingleSignOnRole[];

  @ApiProperty({ description: 'False: teachers and admins sign in only with the provider (admins must be allowed to use it)' })
  @IsBoolean()
  staffPasswordSignIn!: boolean;
}

export class SignInProviderView {
  @ApiProperty()
  displayName: string;

  @ApiProperty()
  issuer: string;

  @ApiProperty()
  clientId: string;

  @ApiProperty({ type: [String] })
  allowedEmailDomains: string[];

  @ApiProperty({ enum: SINGLE_SIGN_ON_ROLES, isArray: true })
  roles: SingleSignOnRole[];

  @ApiProperty()
  staffPasswordSignIn: boolean;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class SignInProviderSettingsView {
  @ApiProperty({ description: 'The redirect URI to register at the provider for PTC' })
  redirectUri: string;

  @ApiProperty({ type: SignInProviderView, nullable: true, description: 'None: everyone signs in with a password' })
  provider: SignInProviderView | null;
}

export class SchoolSignInView {
  @ApiProperty({ type: String, nullable: true, description: "The school's provider, for the button “Sign in with …”; none: passwords only" })
  providerName: string | null;

  @ApiProperty({ enum: SINGLE_SIGN_ON_ROLES, isArray: true, description: 'Who may use the provider' })
  providerRoles: SingleSignOnRole[];

  @ApiProperty({ description: 'False: teachers and admins must use the provider' })
  staffPasswordSignIn: boolean;
}

export class StartSingleSignOnDto {
  @ApiPropertyOptional({ description: 'The page of PTC to open afterwards (a path)', example: '/admin/privacy' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  next?: string;
}

export class SingleSignOnStartedView {
  @ApiProperty({ description: "Where to send the browser: the provider's sign-in page" })
  authorizationUrl: string;
}

export class FinishSingleSignOnDto {
  @ApiPropertyOptional({ description: "The `code` parameter the provider sent back" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  code?: string;

  @ApiProperty({ description: 'The `state` parameter the provider sent back' })
  @IsString()
  @Length(1, 500)
  state!: string;

  @ApiPropertyOptional({ description: 'The `iss` parameter, when the provider sends one' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  iss?: string;

  @ApiPropertyOptional({ description: 'The `error` parameter, when the provider refused or the person cancelled' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  error?: string;
}

export class SingleSignOnDoneView extends AccessTokenView {
  @ApiProperty({ type: String, nullable: true, description: 'The page asked for when signing in started' })
  next: string | null;
}
