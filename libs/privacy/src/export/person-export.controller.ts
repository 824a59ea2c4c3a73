import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { AllowInactiveLicence, Invalid, Operation, ParseId, Public, RateLimited, Roles } from '@ptc/platform';
import type { PersonKind } from '@ptc/directory';
import { PERSON_EXPORT_SCHEMA } from './person-export.schema.js';
import { PersonExportService } from './person-export.service.js';

const KINDS: PersonKind[] = ['contact', 'teacher', 'student'];
function kindOf(value: string): PersonKind {
  if (!KINDS.includes(value as PersonKind)) throw Invalid('VALIDATION.FAILED', 'The request is not valid', [{ field: 'kind', problems: ['kind must be contact, teacher or student'] }]);
  return value as PersonKind;
}

@ApiTags('admin: privacy')
@ApiBearerAuth()
@Roles('school_admin')
// A school's legal duties to the people in its data go on while its licence is terminated (until deletion).
@AllowInactiveLicence()
@Controller('admin/privacy/people/:kind/:id')
export class PersonExportController {
  constructor(private readonly exports: PersonExportService) {}

  /** Everything held about the person, as JSON (schema: /privacy/schemas/person-export.json). */
  @ApiParam({ name: 'kind', enum: KINDS })
  @Get('export.json')
  @Operation({ id: 'exportPerson', summary: 'Everything held about one person, as JSON', freeForm: 'Valid against /api/v1/privacy/schemas/person-export.json' })
  json(@Param('kind') kind: string, @Param('id', ParseId) id: string) {
    return this.exports.export(kindOf(kind), id);
  }

  /** The same as CSV files and metadata.json in a zip. */
  @ApiParam({ name: 'kind', enum: KINDS })
  @Get('export.zip')
  @Operation({ id: 'exportPersonZip', summary: 'Everything held about one person, as CSV files and metadata.json in a zip', produces: 'application/zip' })
  async zip(@Param('kind') kind: string, @Param('id', ParseId) id: string) {
    const zip = await this.exports.exportZip(kindOf(kind), id);
    return new StreamableFile(Buffer.from(zip), { type: 'application/zip', disposition: `attachment; filename="${kind}-${id}.zip"` });
  }
}

@ApiTags('privacy')
@Controller('privacy/schemas')
export class PrivacySchemasController {
  @Public()
  @Get('person-export.json')
  @RateLimited('links')
  @Operation({ id: 'getPersonExportSchema', summary: 'The JSON Schema of the per-person export', freeForm: 'A JSON Schema (draft 2020-12)' })
  personExport() {
    return PERSON_EXPORT_SCHEMA;
  }
}
