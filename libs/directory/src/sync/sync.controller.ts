import { Body, Controller, Get, Post, Query, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-fastify/multipart';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, PageOf, PageQuery, Roles, type Principal } from '@ptc/platform';
import { SyncQuery } from '../dto/sync.dto.js';
import { DirectorySnapshotBody, SyncFilesBody, SyncResultView, SyncRunView } from '../dto/sync.views.js';
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
  constructor(private readonly sync: DirectorySyncService) {}

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
  oneRoster(@CurrentPrincipal() principal: Principal, @Query() query: SyncQuery, @UploadedFiles() files: UploadedFile[]) {
    const texts = readUploadedFiles(files);
    const parsed = parseOneRoster(texts);
    return this.sync.sync(principal, { ...parsed, files: texts.describe() }, { source: 'oneroster', dryRun: query.dryRun, force: query.force });
  }

  @Get('runs')
  @Operation({ id: 'listSyncRuns', summary: 'Reports of past syncs', type: PageOf(SyncRunView) })
  runs(@Query() query: PageQuery) {
    return this.sync.runs(query.limit, query.offset);
  }
}
