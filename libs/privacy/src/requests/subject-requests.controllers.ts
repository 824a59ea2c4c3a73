import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowInactiveLicence, CurrentPrincipal, Operation, PageOf, ParseId, type Principal, Roles } from '@ptc/platform';
import { OperatorRequestFiledView, RequestPassedOnView, SubjectRequestDetailView, SubjectRequestView } from '../privacy.views.js';
import { ExtendRequestDto, FileRequestDto, FulfilRequestDto, ListRequestsQuery, OperatorFileRequestDto, ReasonDto } from './subject-request.dto.js';
import { RequestFulfilmentService } from './request-fulfilment.service.js';
import { SubjectRequestsService } from './subject-requests.service.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Roles('parent', 'teacher')
@Controller('privacy/requests')
export class FileRequestController {
  constructor(private readonly requests: SubjectRequestsService) {}

  /** A person's rights do not lapse with the school's licence: filing stays open while it is inactive. */
  @AllowInactiveLicence()
  @Post()
  @Operation({ id: 'filePrivacyRequest', summary: 'Ask the school to act on your personal data (PTC passes it on)', status: 202, type: RequestPassedOnView })
  file(@CurrentPrincipal() principal: Principal, @Body() dto: FileRequestDto) {
    return this.requests.fileOwn(principal, dto);
  }
}

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:schoolId/privacy-requests')
export class OperatorFileRequestController {
  constructor(private readonly requests: SubjectRequestsService) {}

  @Post()
  @Operation({ id: 'fileSchoolPrivacyRequest', summary: 'File a request that reached the vendor for a school', status: 202, type: OperatorRequestFiledView })
  file(@CurrentPrincipal() principal: Principal, @Param('schoolId', ParseId) schoolId: string, @Body() dto: OperatorFileRequestDto) {
    return this.requests.fileForSchool(principal, schoolId, dto);
  }
}

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
// A school's legal duties to the people in its data go on while its licence is terminated (until deletion).
@AllowInactiveLicence()
@Controller('admin/privacy/requests')
export class AdminRequestsController {
  constructor(
    private readonly requests: SubjectRequestsService,
    private readonly fulfilment: RequestFulfilmentService,
  ) {}

  @Get()
  @Operation({ id: 'listPrivacyRequests', summary: 'The request queue by due date (open ones, or all)', type: PageOf(SubjectRequestView) })
  list(@Query() query: ListRequestsQuery) {
    return this.requests.list(query.status, query);
  }

  @Get(':id')
  @Operation({ id: 'getPrivacyRequest', summary: 'One request with every step', type: SubjectRequestDetailView })
  get(@Param('id', ParseId) id: string) {
    return this.requests.get(id);
  }

  @Post(':id/acknowledge')
  @Operation({ id: 'acknowledgePrivacyRequest', summary: 'Acknowledge a request', type: SubjectRequestDetailView })
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.requests.acknowledge(principal, id);
  }

  @Post(':id/extend')
  @Operation({ id: 'extendPrivacyRequest', summary: 'Extend the deadline (at most two months in all) with a reason', type: SubjectRequestDetailView })
  extend(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ExtendRequestDto) {
    return this.requests.extend(principal, id, dto);
  }

  @Post(':id/fulfil')
  @Operation({ id: 'fulfilPrivacyRequest', summary: 'Fulfil a request (export, erasure, rectification, other)', type: SubjectRequestDetailView })
  fulfil(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: FulfilRequestDto) {
    return this.fulfilment.fulfil(principal, id, dto);
  }

  @Post(':id/reject')
  @Operation({ id: 'rejectPrivacyRequest', summary: 'Reject a request with a reason', type: SubjectRequestDetailView })
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ReasonDto) {
    return this.requests.finish(principal, id, 'rejected', dto.reason);
  }

  @Post(':id/close')
  @Operation({ id: 'closePrivacyRequest', summary: 'Close a request with a reason', type: SubjectRequestDetailView })
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ReasonDto) {
    return this.requests.finish(principal, id, 'closed', dto.reason);
  }
}
