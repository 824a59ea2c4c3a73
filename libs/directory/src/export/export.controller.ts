import { Readable } from 'node:stream';
import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Operation, Roles, Scopes } from '@ptc/platform';
import { ContactExportRowView } from '../dto/sync.views.js';
import { ContactExportService } from './contact-export.service.js';

@ApiTags('admin: exports')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/exports')
export class ExportController {
  constructor(private readonly contacts: ContactExportService) {}

  /** RFC 4180, UTF-8 with BOM, streamed; formula-like cells neutralised. */
  @Get('contacts.csv')
  @Scopes('directory:read')
  @Operation({ id: 'exportContactsCsv', summary: 'The parent list as CSV: one row per contact–student link', produces: 'text/csv' })
  contactsCsv(): StreamableFile {
    return new StreamableFile(Readable.from(this.contacts.csv()), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="contacts.csv"',
    });
  }

  @Get('contacts.json')
  @Scopes('directory:read')
  @Operation({ id: 'exportContacts', summary: 'The parent list: one row per contact–student link', type: [ContactExportRowView] })
  contactsJson() {
    return this.contacts.json();
  }
}
