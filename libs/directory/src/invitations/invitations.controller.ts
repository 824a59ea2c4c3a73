import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles, type Principal } from '@ptc/platform';
import { AcceptInvitationDto, InviteDto } from '../dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('admin: invitations')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @HttpCode(200)
  invite(@CurrentPrincipal() principal: Principal, @Body() dto: InviteDto) {
    return this.invitations.invite(principal, dto);
  }
}

@ApiTags('auth')
@Controller('auth/invitations')
export class AcceptInvitationController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Post('accept')
  accept(@Body() dto: AcceptInvitationDto) {
    return this.invitations.accept(dto);
  }
}
