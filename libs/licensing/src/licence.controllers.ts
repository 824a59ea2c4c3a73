import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowInactiveLicence, CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
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
  list() {
    return this.licences.list();
  }

  @Post('schools/:id/payments')
  @HttpCode(200)
  pay(@CurrentPrincipal() principal: Principal, @Param('id', ParseId) schoolId: string, @Body() dto: RecordPaymentDto) {
    return this.licences.recordPayment(schoolId, dto, { source: 'operator', userId: principal.userId });
  }

  @Get('schools/:id/notices')
  notices(@Param('id', ParseId) schoolId: string) {
    return this.licenceNotices.sent(schoolId);
  }

  @Post('schools/:id/trial')
  @HttpCode(200)
  extendTrial(@Param('id', ParseId) schoolId: string, @Body() dto: ExtendTrialDto) {
    return this.licences.extendTrial(schoolId, dto);
  }
}
