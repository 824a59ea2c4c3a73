import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

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

export interface AccessTokenView {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}
