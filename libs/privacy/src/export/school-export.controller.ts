import { Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, PageOf, PageQuery, ParseId, type Principal, Roles } from '@ptc/platform';
import { SchoolExportView } from '../privacy.views.js';
import { SchoolExportService } from './school-export.service.js';

/**
 * A school route like any other: while the licence is inactive it answers 402 LICENCE.INACTIVE,
 * as the policy makes exports available only "while the system remains active".
 */
@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/privacy/school-exports')
export class SchoolExportController {
  constructor(private readonly exports: SchoolExportService) {}

  /** Starts an export in the background: 202 with its id; poll GET for the progress. */
  @Post()
  @Operation({ id: 'requestSchoolExport', summary: 'Build a whole-school export in the background', status: 202, type: SchoolExportView })
  request(@CurrentPrincipal() principal: Principal) {
    return this.exports.request(principal);
  }

  @Get()
  @Operation({ id: 'listSchoolExports', summary: 'Whole-school exports, newest first', type: PageOf(SchoolExportView) })
  list(@Query() query: PageQuery) {
    return this.exports.list(query);
  }

  @Get(':id')
  @Operation({ id: 'getSchoolExport', summary: 'One whole-school export with its progress', type: SchoolExportView })
  get(@Param('id', ParseId) id: string) {
    return this.exports.get(id);
  }

  /** The zip (decrypted on the way out), for 24 hours after it is ready; then 410. */
  @Get(':id/download')
  @Operation({ id: 'downloadSchoolExport', summary: 'Download a ready export (for 24 hours; then 410)', produces: 'application/zip' })
  async download(@Param('id', ParseId) id: string) {
    return new StreamableFile(await this.exports.download(id), { type: 'application/zip', disposition: `attachment; filename="school-export-${id}.zip"` });
  }
}
