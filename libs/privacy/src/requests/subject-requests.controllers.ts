import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AllowInactiveLicence, CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
import { ExtendRequestDto, FileRequestDto, FulfilRequestDto, OperatorFileRequestDto, ReasonDto } from './subject-request.dto.js';
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
  @HttpCode(202)
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
  @HttpCode(202)
  file(@CurrentPrincipal() principal: Principal, @Param('schoolId', ParseId) schoolId: string, @Body() dto: OperatorFileRequestDto) {
    return this.requests.fileForSchool(principal, schoolId, dto);
  }
}

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/privacy/requests')
export class AdminRequestsController {
  constructor(
    private readonly requests: SubjectRequestsService,
    private readonly fulfilment: RequestFulfilmentService,
  ) {}

  @ApiQuery({ name: 'status', required: false, enum: ['open', 'all'] })
  @Get()
  list(@Query('status') status?: 'open' | 'all') {
    return this.requests.list(status === 'all' ? 'all' : 'open');
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.requests.get(id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string) {
    return this.requests.acknowledge(principal, id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  extend(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ExtendRequestDto) {
    return this.requests.extend(principal, id, dto);
  }

  @Post(':id/fulfil')
  @HttpCode(200)
  fulfil(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: FulfilRequestDto) {
    return this.fulfilment.fulfil(principal, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ReasonDto) {
    return this.requests.finish(principal, id, 'rejected', dto.reason);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) id: string, @Body() dto: ReasonDto) {
    return this.requests.finish(principal, id, 'closed', dto.reason);
  }
}
