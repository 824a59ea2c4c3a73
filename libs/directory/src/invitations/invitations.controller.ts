import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Public, RateLimited, Roles, type Principal } from '@ptc/platform';
import { AcceptInvitationDto, InvitationAcceptedView, InvitationPreviewView, InvitationsSentView, InviteDto } from '../dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('admin: invitations')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Operation({ id: 'invitePeople', summary: 'Email one-time links to create a login to contacts and teachers', type: InvitationsSentView })
  invite(@CurrentPrincipal() principal: Principal, @Body() dto: InviteDto): Promise<InvitationsSentView> {
    return this.invitations.invite(principal, dto);
  }
}

@ApiTags('auth')
@Controller('auth/invitations')
export class AcceptInvitationController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Get(':token')
  @RateLimited('links')
  @Operation({ id: 'previewInvitation', summary: 'The school and the person an emailed invitation is for (400 INVITATION.INVALID when unknown, used or expired)', type: InvitationPreviewView })
  preview(@Param('token') token: string): Promise<InvitationPreviewView> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post('accept')
  @RateLimited('accounts')
  @Operation({ id: 'acceptInvitation', summary: 'Create the login an invitation offers', status: 201, type: InvitationAcceptedView })
  accept(@Body() dto: AcceptInvitationDto): Promise<InvitationAcceptedView> {
    return this.invitations.accept(dto);
  }
}
