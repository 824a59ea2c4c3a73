import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AllowInactiveLicence, CurrentPrincipal, Public, normaliseIp, type Principal } from '@ptc/platform';
import { AuthService } from './auth.service.js';
import { ChangePasswordDto, LoginDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest & { user?: Principal }) {
    const { token, principal } = await this.auth.login(dto, normaliseIp(req.ip));
    // Recorded in the usage records like an authenticated request: a login and its address is what a misuse investigation looks at first.
    req.user = principal;
    return token;
  }

  @ApiBearerAuth()
  @AllowInactiveLicence()
  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(principal, dto);
  }
}
