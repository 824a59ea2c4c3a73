import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowInactiveLicence, CurrentPrincipal, Operation, PageOf, PageQuery, ParseId, type Principal, Roles } from '@ptc/platform';
import { LicenceNoticeView, LicenceView, SchoolLicenceView } from './dto/licence.views.js';
import { ExtendTrialDto, RecordPaymentDto } from './dto/licence.dto.js';
import { LicenceNoticesService } from './licence-notices.service.js';
import { LicenceService } from './licence.service.js';

@ApiTags('school')
@ApiBearerAuth()
@Roles('school_admin', 'teacher', 'parent')
@Controller('school/licence')
export class SchoolLicenceController {
  constructor(private readonly licences: LicenceService) {}

  /** Open even while the licence is terminated: it is how a school learns why. */
  @AllowInactiveLicence()
  @Get()
  @Operation({ id: 'getOwnLicence', summary: "The school's licence (readable while terminated)", type: LicenceView })
  own() {
    return this.licences.own();
  }
}

@ApiTags('operator: licences')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator')
export class OperatorLicencesController {
  constructor(
    private readonly licences: LicenceService,
    private readonly licenceNotices: LicenceNoticesService,
  ) {}

  @Get('licences')
  @Operation({ id: 'listLicences', summary: "Every school's licence, renewal, last activity and deletion date, by school name", type: PageOf(SchoolLicenceView) })
  list(@Query() query: PageQuery) {
    return this.licences.list(query);
  }

  @Post('schools/:id/payments')
  @Operation({ id: 'recordPayment', summary: 'Record a payment (a reference counts once)', type: LicenceView })
  pay(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) schoolId: string, @Body() dto: RecordPaymentDto) {
    return this.licences.recordPayment(schoolId, dto, { source: 'operator', userId: principal.userId });
  }

  @Get('schools/:id/notices')
  @Operation({ id: 'listLicenceNotices', summary: 'The licence notices sent to a school', type: [LicenceNoticeView] })
  notices(@Param('id', ParseId) schoolId: string) {
    return this.licenceNotices.sent(schoolId);
  }

  @Post('schools/:id/trial')
  @Operation({ id: 'extendTrial', summary: "Extend a school's trial", type: LicenceView })
  extendTrial(@Param('id', ParseId) schoolId: string, @Body() dto: ExtendTrialDto) {
    return this.licences.extendTrial(schoolId, dto);
  }
}
