import { Injectable } from '@nestjs/common';
import { collect, csvStream, type CsvColumn } from '@ptc/platform';
import { ContactExportQueries, type ContactLinkRow } from './contact-export.queries.js';

export type { ContactLinkRow } from './contact-export.queries.js';


export const CONTACT_EXPORT_COLUMNS: CsvColumn<ContactLinkRow>[] = [
  { key: 'contactTitle', header: 'contact_title' },
  { key: 'contactFirstName', header: 'contact_first_name' },
  { key: 'contactLastName', header: 'contact_last_name' },
  { key: 'relationship', header: 'relationship' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'studentFirstName', header: 'student_first_name' },
  { key: 'studentLastName', header: 'student_last_name' },
  { key: 'studentSisId', header: 'student_sis_id' },
];

/** The parent list: one row per contact–student link, streamed in bounded memory. */
@Injectable()
export class ContactExportService {
  constructor(private readonly queries: ContactExportQueries) {}

  rows(): AsyncGenerator<ContactLinkRow> {
    return this.queries.links();
  }

  csv(): AsyncGenerator<string> {
    return csvStream(CONTACT_EXPORT_COLUMNS, this.rows());
  }

  json(): Promise<ContactLinkRow[]> {
    return collect(this.rows());
  }
}
