import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
import { GrantSupportDto, InvestigateUsageDto } from './usage-access.dto.js';
import { UsageAccessService } from './usage-access.service.js';

const csvFile = (csv: string, filename: string) => new StreamableFile(Buffer.from(csv, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"` });

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/privacy')
export class AdminUsageController {
  constructor(private readonly access: UsageAccessService) {}

  /** One user's usage records (with IP addresses) as CSV, for a misuse investigation; the request and reason are recorded. */
  @ApiProduces('text/csv')
  @Post('usage-investigations')
  async investigate(@CurrentPrincipal() principal: Principal, @Body() dto: InvestigateUsageDto) {
    return csvFile(await this.access.investigate(principal, dto), `usage-${dto.userId}.csv`);
  }

  @Get('usage-investigations')
  releases() {
    return this.access.releases();
  }

  /** Lets the vendor's support look at the school's data for a while, for a recorded reason. */
  @Post('support-access')
  grant(@CurrentPrincipal() principal: Principal, @Body() dto: GrantSupportDto) {
    return this.access.grantSupport(principal, dto);
  }

  /** Every grant with every access support made under it. */
  @Get('support-access')
  grants() {
    return this.access.supportGrants();
  }

  @Post('support-access/:id/revoke')
  revoke(@Param('id', ParseId) id: string) {
    return this.access.revokeSupport(id);
  }
}

@ApiTags('operator: privacy')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:schoolId/support')
export class OperatorSupportController {
  constructor(private readonly access: UsageAccessService) {}

  /** Under a live grant of the school only; each use is recorded and shown to the school. */
  @ApiProduces('text/csv')
  @Get('usage-records')
  async usage(@CurrentPrincipal() principal: Principal, @Param('schoolId', ParseId) schoolId: string, @Query('userId', ParseId) userId: string) {
    return csvFile(await this.access.usageForSupport(principal, schoolId, userId), `usage-${userId}.csv`);
  }
}
