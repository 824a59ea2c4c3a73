import { Body, Controller, Get, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowInactiveLicence, CurrentPrincipal, normaliseIp, Operation, Public, RateLimited, type Principal } from '@ptc/platform';
import { AuthService } from './auth.service.js';
import { AccessTokenView, ChangePasswordDto, LanguageChoiceDto, LoginDto, MeView, PasswordResetConfirmDto, PasswordResetDoneView, PasswordResetLinkView } from './dto/auth.dto.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Post('login')
  @Operation({ id: 'logIn', summary: 'Sign in with school, screen name and password (operators omit the school)', type: AccessTokenView })
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest & { user?: Principal }): Promise<AccessTokenView> {
    const { token, principal } = await this.auth.login(dto, normaliseIp(req.ip));
    // Recorded in the usage records like an authenticated request: a login and its address is what a misuse investigation looks at first.
    req.user = principal;
    return token;
  }

  @ApiBearerAuth()
  @AllowInactiveLicence()
  @Get('me')
  @Operation({ id: 'getMe', summary: 'The caller and their school', type: MeView })
  me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.auth.me(principal);
  }

  @ApiBearerAuth()
  @AllowInactiveLicence()
  @Put('me/language')
  @Operation({ id: 'chooseLanguage', summary: 'The caller’s language for pages and emails (null: the school’s)', type: MeView })
  chooseLanguage(@CurrentPrincipal() principal: Principal, @Body() dto: LanguageChoiceDto): Promise<MeView> {
    return this.auth.chooseLanguage(principal, dto.language ?? null);
  }

  @ApiBearerAuth()
  @Post('password')
  @Operation({ id: 'changePassword', summary: 'Change the own password; revokes older tokens and returns a new one', type: AccessTokenView })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<AccessTokenView> {
    return this.auth.changePassword(principal, dto);
  }

  @Public()
  @Get('password-reset/:token')
  @RateLimited('links')
  @Operation({ id: 'inspectPasswordResetLink', summary: 'What an emailed reset link is for (404 when unknown, used or expired)', type: PasswordResetLinkView })
  inspectReset(@Param('token') token: string): Promise<PasswordResetLinkView> {
    return this.resets.inspect(token);
  }

  @Public()
  @Post('password-reset/confirm')
  @RateLimited('accounts')
  @Operation({ id: 'confirmPasswordReset', summary: "Set a new password with an emailed link; revokes the login's tokens and other links", type: PasswordResetDoneView })
  confirmReset(@Body() dto: PasswordResetConfirmDto, @Req() req: FastifyRequest): Promise<PasswordResetDoneView> {
    return this.resets.confirm(dto.token, dto.newPassword, normaliseIp(req.ip));
  }
}
