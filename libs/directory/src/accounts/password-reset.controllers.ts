import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { normaliseIp, NotFound, Operation, ParseId, Public, RateLimited, Roles, runForSchool } from '@ptc/platform';
import { PasswordResetAcceptedView, PasswordResetRequestDto, SchoolsService } from '@ptc/tenancy';
import { ACCEPTED_MESSAGE, PasswordResetMailService } from './password-reset-mail.service.js';

export class PasswordResetSentView {
  @ApiProperty({ enum: ['directory-email'], description: 'The link went to the email address of the person the login belongs to' })
  sentTo: 'directory-email';

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetRequestController {
  constructor(private readonly resets: PasswordResetMailService) {}

  @Public()
  @Post()
  @RateLimited('accounts')
  @Operation({ id: 'requestPasswordReset', summary: 'Email a link to set a new password (the same answer whether or not the account exists)', status: 202, type: PasswordResetAcceptedView })
  async request(@Body() dto: PasswordResetRequestDto, @Req() req: FastifyRequest): Promise<PasswordResetAcceptedView> {
    await this.resets.request(dto.school, dto.screenNameOrEmail, normaliseIp(req.ip));
    return { status: 'accepted', message: ACCEPTED_MESSAGE };
  }
}

@ApiTags('admin: users')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/users')
export class AdminPasswordResetController {
  constructor(private readonly resets: PasswordResetMailService) {}

  @Post(':id/password-reset')
  @Operation({ id: 'sendPasswordResetToUser', summary: "Email one of the school's logins a link to set a new password", status: 202, type: PasswordResetSentView })
  send(@Param('id', ParseId) id: string): Promise<PasswordResetSentView> {
    return this.resets.sendFor(id);
  }
}

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:schoolId/users')
export class OperatorPasswordResetController {
  constructor(
    private readonly resets: PasswordResetMailService,
    private readonly schools: SchoolsService,
  ) {}

  /** For a school whose admins are locked out: the link goes to the login's own directory email, never to the operator. */
  @Post(':userId/password-reset')
  @Operation({ id: 'sendPasswordResetForSchool', summary: "Email a school's login a link to set a new password", status: 202, type: PasswordResetSentView })
  async send(@Param('schoolId', ParseId) schoolId: string, @Param('userId', ParseId) userId: string): Promise<PasswordResetSentView> {
    if (!(await this.schools.describe(schoolId))) throw NotFound('SCHOOL.NOT_FOUND', 'No such school');
    return runForSchool(schoolId, () => this.resets.sendFor(userId));
  }
}
