import { Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseId, Roles, type Principal } from '@ptc/platform';
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
  @HttpCode(202)
  request(@CurrentPrincipal() principal: Principal) {
    return this.exports.request(principal);
  }

  @Get()
  list() {
    return this.exports.list();
  }

  @Get(':id')
  get(@Param('id', ParseId) id: string) {
    return this.exports.get(id);
  }

  /** The zip (decrypted on the way out), for 24 hours after it is ready; then 410. */
  @ApiProduces('application/zip')
  @Get(':id/download')
  async download(@Param('id', ParseId) id: string) {
    return new StreamableFile(await this.exports.download(id), { type: 'application/zip', disposition: `attachment; filename="school-export-${id}.zip"` });
  }
}
