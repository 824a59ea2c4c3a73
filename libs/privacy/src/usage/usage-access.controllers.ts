import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, ParseId, type Principal, Roles } from '@ptc/platform';
import { SupportGrantView, UsageReleaseView } from '../privacy.views.js';
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
  @Post('usage-investigations')
  @Operation({ id: 'releaseUsageRecords', summary: "One user's usage records as CSV; the release is recorded with its reason", status: 201, produces: 'text/csv' })
  async investigate(@CurrentPrincipal() principal: Principal, @Body() dto: InvestigateUsageDto) {
    return csvFile(await this.access.investigate(principal, dto), `usage-${dto.userId}.csv`);
  }

  @Get('usage-investigations')
  @Operation({ id: 'listUsageReleases', summary: 'Past releases of usage records', type: [UsageReleaseView] })
  releases() {
    return this.access.releases();
  }

  /** Lets the vendor's support look at the school's data for a while, for a recorded reason. */
  @Post('support-access')
  @Operation({ id: 'grantSupportAccess', summary: "Let the vendor's support look for up to 72 hours", status: 201, type: SupportGrantView })
  grant(@CurrentPrincipal() principal: Principal, @Body() dto: GrantSupportDto) {
    return this.access.grantSupport(principal, dto);
  }

  /** Every grant with every access support made under it. */
  @Get('support-access')
  @Operation({ id: 'listSupportAccess', summary: 'Support grants and every look under them', type: [SupportGrantView] })
  grants() {
    return this.access.supportGrants();
  }

  @Post('support-access/:id/revoke')
  @Operation({ id: 'revokeSupportAccess', summary: 'End a support grant now', type: SupportGrantView })
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
  @Get('usage-records')
  @Operation({ id: 'getSupportUsageRecords', summary: "A user's usage records, under the school's live grant (recorded)", produces: 'text/csv' })
  async usage(@CurrentPrincipal() principal: Principal, @Param('schoolId', ParseId) schoolId: string, @Query('userId', ParseId) userId: string) {
    return csvFile(await this.access.usageForSupport(principal, schoolId, userId), `usage-${userId}.csv`);
  }
}
