import { Body, Controller, Get, Param, Post, Put, Query, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-fastify/multipart';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, NotFound, Operation, PageOf, PageQuery, ParseId, Roles, runForSchool, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { SyncQuery, SyncSettingsDto } from '../dto/sync.dto.js';
import { DirectorySnapshotBody, SyncFilesBody, SyncResultView, SyncRunView, SyncSettingsView } from '../dto/sync.views.js';
import { SyncSettingsService } from './sync-settings.service.js';
import { parseCsvBundle } from './csv-bundle.parser.js';
import { DirectorySyncService } from './directory-sync.service.js';
import { parseJsonSnapshot } from './json-snapshot.parser.js';
import { parseOneRoster } from './oneroster.parser.js';
import { readUploadedFiles, type UploadedFile } from './uploaded-files.js';

/** Uploads are held in memory while read: a whole school's export is a few megabytes. */
const uploads = AnyFilesInterceptor({ limits: { fileSize: 50 * 1024 * 1024, files: 10 } });

@ApiTags('admin: information-system sync')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/sync')
export class SyncController {
  constructor(
    private readonly sync: DirectorySyncService,
    private readonly settings: SyncSettingsService,
  ) {}

  /** The snapshot is read by the parser (which reports by row), not by the global DTO validation. */
  @Post('json')
  @Operation({ id: 'syncDirectoryJson', summary: 'Mirror the school’s information system from a JSON snapshot (dryRun, force)', status: 201, type: SyncResultView })
  @ApiBody({ type: DirectorySnapshotBody, description: 'The whole school, keyed by SIS ids' })
  json(@CurrentPrincipal() principal: Principal, @Query() query: SyncQuery, @Body() body: unknown) {
    return this.sync.sync(principal, parseJsonSnapshot(body), { source: 'json', dryRun: query.dryRun, force: query.force });
  }

  @Post('csv')
  @Operation({ id: 'syncDirectoryCsv', summary: 'Mirror the school’s information system from CSV files (dryRun, force)', status: 201, type: SyncResultView })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SyncFilesBody, description: 'students.csv, contacts.csv, teachers.csv, contact_links.csv, teacher_links.csv (or one zip of them)' })
  @UseInterceptors(uploads)
  csv(@CurrentPrincipal() principal: Principal, @Query() query: SyncQuery, @UploadedFiles() files: UploadedFile[]) {
    const texts = readUploadedFiles(files);
    const parsed = parseCsvBundle(texts);
    return this.sync.sync(principal, { ...parsed, files: texts.describe() }, { source: 'csv', dryRun: query.dryRun, force: query.force });
  }

  @Post('oneroster')
  @Operation({ id: 'syncDirectoryOneRoster', summary: 'Mirror the school’s information system from OneRoster 1.1 CSV (dryRun, force)', status: 201, type: SyncResultView })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SyncFilesBody, description: 'OneRoster 1.1 CSV: users.csv, classes.csv, enrollments.csv (other files ignored), or one zip' })
  @UseInterceptors(uploads)
  async oneRoster(@CurrentPrincipal() principal: Principal, @Query() query: SyncQuery, @UploadedFiles() files: UploadedFile[]) {
    const texts = readUploadedFiles(files);
    const { bundle, problems, outsideSchool } = parseOneRoster(texts, { orgIds: (await this.settings.get()).oneRosterOrgIds });
    return this.sync.sync(
      principal,
      { snapshot: bundle.snapshot, problems, files: texts.describe(), oneRoster: { bundle, outsideSchool } },
      { source: 'oneroster', dryRun: query.dryRun, force: query.force },
    );
  }

  @Get('settings')
  @Operation({ id: 'getSyncSettings', summary: 'How the information-system sync is set up (the school’s OneRoster orgs)', type: SyncSettingsView })
  getSettings() {
    return this.settings.get();
  }

  @Put('settings')
  @Operation({ id: 'updateSyncSettings', summary: 'Set which OneRoster orgs are this school (for district-wide bundles)', type: SyncSettingsView })
  updateSettings(@Body() dto: SyncSettingsDto) {
    return this.settings.update({ oneRosterOrgIds: dto.oneRosterOrgIds });
  }

  @Get('runs')
  @Operation({ id: 'listSyncRuns', summary: 'Reports of past syncs', type: PageOf(SyncRunView) })
  runs(@Query() query: PageQuery) {
    return this.sync.runs(query.limit, query.offset);
  }
}

@ApiTags('operator: schools')
@ApiBearerAuth()
@Roles('operator')
@Controller('operator/schools/:schoolId/sync-settings')
export class OperatorSyncSettingsController {
  constructor(
    private readonly settings: SyncSettingsService,
    private readonly schools: SchoolsService,
  ) {}

  /** Set up when a district signs its schools up: each school's org in the district's bundle. */
  @Put()
  @Operation({ id: 'updateSchoolSyncSettings', summary: "Set which OneRoster orgs are a school (for its district's bundles)", type: SyncSettingsView })
  async update(@Param('schoolId', ParseId) schoolId: string, @Body() dto: SyncSettingsDto) {
    if (!(await this.schools.describe(schoolId))) throw NotFound('SCHOOL.NOT_FOUND', 'No such school');
    return runForSchool(schoolId, () => this.settings.update({ oneRosterOrgIds: dto.oneRosterOrgIds }));
  }
}
