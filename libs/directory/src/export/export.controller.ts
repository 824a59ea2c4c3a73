import { Readable } from 'node:stream';
import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@ptc/platform';
import { ContactExportService } from './contact-export.service.js';

@ApiTags('admin: exports')
@ApiBearerAuth()
@Roles('school_admin')
@Controller('admin/exports')
export class ExportController {
  constructor(private readonly contacts: ContactExportService) {}

  /** RFC 4180, UTF-8 with BOM, streamed; formula-like cells neutralised. */
  @Get('contacts.csv')
  @ApiProduces('text/csv')
  contactsCsv(): StreamableFile {
    return new StreamableFile(Readable.from(this.contacts.csv()), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="contacts.csv"',
    });
  }

  @Get('contacts.json')
  contactsJson() {
    return this.contacts.json();
  }
}
