import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@ptc/platform';
import { PageQuery, SyncQuery } from '../dto/sync.dto.js';
import { DirectorySyncService } from './directory-sync.service.js';
import { parseJsonSnapshot } from './json-snapshot.parser.js';

@ApiTags('admin: information-system sync')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/sync')
export class SyncController {
  constructor(private readonly sync: DirectorySyncService) {}

  /** The snapshot is read by the parser (which reports by row), not by the global DTO validation. */
  @Post('json')
  @ApiBody({ description: '{ students, contacts, teachers, contactLinks, teacherLinks } keyed by SIS ids' })
  json(@CurrentPrincipal() principal: Principal, @Query() query: SyncQuery, @Body() body: unknown) {
    return this.sync.sync(principal, parseJsonSnapshot(body), { source: 'json', dryRun: query.dryRun, force: query.force });
  }

  @Get('runs')
  runs(@Query() query: PageQuery) {
    return this.sync.runs(query.limit, query.offset);
  }
}
