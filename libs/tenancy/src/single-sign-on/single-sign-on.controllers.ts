import { Body, Controller, Delete, Get, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Operation, Public, RateLimited, Roles, type Principal } from '@ptc/platform';
import { FinishSingleSignOnDto, SchoolSignInView, SignInProviderDto, SignInProviderSettingsView, SingleSignOnDoneView, SingleSignOnStartedView, StartSingleSignOnDto } from './single-sign-on.dto.js';
import { SingleSignOnService } from './single-sign-on.service.js';

@ApiTags('admin: single sign-on')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/sign-in-provider')
export class AdminSignInProviderController {
  constructor(private readonly singleSignOn: SingleSignOnService) {}

  @Get()
  @Operation({ id: 'getSignInProvider', summary: 'The school’s identity provider, if any, and the redirect URI to register at it', type: SignInProviderSettingsView })
  get() {
    return this.singleSignOn.settings();
  }

  @Put()
  @Operation({ id: 'setSignInProvider', summary: 'Let staff (and parents, if chosen) sign in with the school’s OpenID Connect provider', type: SignInProviderSettingsView })
  set(@CurrentPrincipal() principal: Principal, @Body() dto: SignInProviderDto) {
    return this.singleSignOn.configure(principal, dto);
  }

  @Delete()
  @Operation({ id: 'removeSignInProvider', summary: 'Stop signing in with the provider: everyone uses passwords again', status: 204 })
  remove() {
    return this.singleSignOn.remove();
  }
}

@ApiTags('auth')
@Public()
@Controller('auth/sso/:school')
export class SingleSignOnController {
  constructor(private readonly singleSignOn: SingleSignOnService) {}

  @Get()
  @RateLimited('links')
  @Operation({ id: 'describeSchoolSignIn', summary: 'How people of a school sign in: its identity provider, if any', type: SchoolSignInView })
  describe(@Param('school') school: string) {
    return this.singleSignOn.describe(school);
  }

  @Post('start')
  @RateLimited('accounts')
  @Operation({ id: 'startSingleSignOn', summary: 'Begin signing in with the school’s provider: where to send the browser', type: SingleSignOnStartedView })
  start(@Param('school') school: string, @Body() dto: StartSingleSignOnDto) {
    return this.singleSignOn.start(school, dto.next);
  }

  @Post('finish')
  @RateLimited('accounts')
  @Operation({ id: 'finishSingleSignOn', summary: 'Hand over what the provider sent back; a PTC token for the login with the verified email', type: SingleSignOnDoneView })
  async finish(@Param('school') school: string, @Body() dto: FinishSingleSignOnDto, @Req() req: FastifyRequest & { user?: Principal }): Promise<SingleSignOnDoneView> {
    const { token, principal, next } = await this.singleSignOn.finish(school, dto);
    // In the usage records like a password sign-in.
    req.user = principal;
    return { ...token, next };
  }
}
