import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';

export interface ContactLinkRow {
  contactTitle: string | null;
  contactFirstName: string;
  contactLastName: string;
  relationship: string;
  email: string | null;
  phone: string | null;
  studentFirstName: string;
  studentLastName: string;
  studentSisId: string | null;
}

const BATCH = 1000;

/** The contact–student links of the current school, by contact name, read in batches. */
@Injectable()
export class ContactExportQueries {
  constructor(private readonly em: EntityManager) {}

  /**
   * The school is captured now: the rows are read later, while the response streams, outside the
   * request's context. Every query names the school explicitly.
   */
  links(): AsyncGenerator<ContactLinkRow> {
    const schoolId = RequestContext.schoolId()!;
    const connection = this.em.getConnection();
    return (async function* () {
      let after = { lastName: '', firstName: '', id: '00000000-0000-0000-0000-000000000000' };
      for (;;) {
        const batch = await connection.execute<(ContactLinkRow & { linkId: string; sortLast: string; sortFirst: string })[]>(
          `select l.id as "linkId", c.title as "contactTitle", c.first_name as "contactFirstName", c.last_name as "contactLastName",
                  l.relationship, c.email, c.phone, s.first_name as "studentFirstName", s.last_name as "studentLastName",
                  s.sis_id as "studentSisId", c.last_name as "sortLast", c.first_name as "sortFirst"
             from contact_link l join contact c on c.id = l.contact_id join student s on s.id = l.student_id
            where l.school_id = ? and (c.last_name, c.first_name, l.id) > (?, ?, ?)
            order by c.last_name, c.first_name, l.id
            limit ?`,
          [schoolId, after.lastName, after.firstName, after.id, BATCH],
        );
        for (const { linkId: _id, sortLast: _l, sortFirst: _f, ...row } of batch) yield row;
        if (batch.length < BATCH) return;
        const last = batch[batch.length - 1];
        after = { lastName: last.sortLast, firstName: last.sortFirst, id: last.linkId };
      }
    })();
  }
}
