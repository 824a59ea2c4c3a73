import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, RateLimited, Roles, type Principal } from '@ptc/platform';
import { AcceptLateRequestDto, DeclineLateRequestDto, LateRequestDto } from '../dto/evening.dto.js';
import { LateRequestView } from '../dto/views.js';
import { LateRequestsService } from './late-requests.service.js';

@ApiTags('parent: parents’ evenings')
@ApiBearerAuth()
@Roles('parent')
@Controller('parent/events/:id/late-requests')
export class ParentLateRequestsController {
  constructor(private readonly requests: LateRequestsService) {}

  @Get()
  @Operation({ id: 'listOwnLateRequests', summary: "The family's requests for appointments after booking closed, answered ones too", type: [LateRequestView] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.requests.ofFamily(principal, id);
  }

  @Post()
  @RateLimited('bookingWrites')
  @Operation({ id: 'askLate', summary: 'Ask a teacher for an appointment after booking closed, with a note (one open request per child and teacher)', status: 201, type: LateRequestView })
  ask(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: LateRequestDto) {
    return this.requests.ask(principal, id, dto);
  }
}

@ApiTags('admin: parents’ evenings')
@ApiBearerAuth()
@Roles('school_admin', 'teacher')
@Controller()
export class StaffLateRequestsController {
  constructor(private readonly requests: LateRequestsService) {}

  @Get('admin/events/:id/late-requests')
  @Roles('school_admin')
  @Operation({ id: 'listLateRequests', summary: "The evening's late requests, open ones first, with who asks", type: [LateRequestView] })
  forOffice(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.requests.forStaff(principal, id);
  }

  @Get('teacher/events/:id/late-requests')
  @Roles('teacher')
  @Operation({ id: 'listOwnLateRequestsForTeacher', summary: "The late requests addressed to the calling teacher, open ones first", type: [LateRequestView] })
  forTeacher(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.requests.forStaff(principal, id);
  }

  @Post('late-requests/:requestId/accept')
  @Operation({ id: 'acceptLateRequest', summary: "Accept with one of the teacher's free times: booked for the family, who get the usual confirmation", type: LateRequestView })
  accept(@CurrentPrincipal() principal: Principal, @Param('requestId', ParseId) requestId: string, @Body() dto: AcceptLateRequestDto) {
    return this.requests.accept(principal, requestId, dto.slotId);
  }

  @Post('late-requests/:requestId/decline')
  @Operation({ id: 'declineLateRequest', summary: 'Decline with a reason the parent is emailed', type: LateRequestView })
  decline(@CurrentPrincipal() principal: Principal, @Param('requestId', ParseId) requestId: string, @Body() dto: DeclineLateRequestDto) {
    return this.requests.decline(principal, requestId, dto.reason);
  }
}
