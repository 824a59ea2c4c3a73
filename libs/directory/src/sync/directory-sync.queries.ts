import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '@ptc/platform';
import type { CurrentDirectory } from './directory-diff.js';
import type { ClassMember } from './oneroster-roster.js';

const CHUNK = 1000;

type PersonTable = 'student' | 'contact' | 'teacher';
type SyncedTable = PersonTable | 'contact_link' | 'teacher_link';

/**
 * The directory sync's statements, in the current school and the sync's transaction: what the
 * school's directory holds by SIS id, and the writes of a computed change (in chunks).
 */
@Injectable()
export class DirectorySyncQueries {
  constructor(private readonly em: EntityManager) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  /** One sync per school at a time: a second waits here, then diffs against the first one's result. */
  async waitForOtherSyncs(): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('directory-sync:' || ?, 0))`, [this.schoolId]);
  }

  async current(): Promise<CurrentDirectory> {
    const rows = <T>(sql: string) => this.em.execute<T[]>(sql, [this.schoolId]);
    const [students, contacts, teachers, contactLinks, teacherLinks] = await Promise.all([
      rows<{ id: string; sisId: string; firstName: string; lastName: string; yearLabel: string | null }>(
        `select id, sis_id as "sisId", first_name as "firstName", last_name as "lastName", year_label as "yearLabel"
           from student where school_id = ? and sis_id is not null`,
      ),
      rows<CurrentDirectory['contacts'][number]>(
        `select id, sis_id as "sisId", title, first_name as "firstName", last_name as "lastName", email, phone
           from contact where school_id = ? and sis_id is not null`,
      ),
      rows<CurrentDirectory['teachers'][number]>(
        `select id, sis_id as "sisId", title, first_name as "firstName", last_name as "lastName", email, phone
           from teacher where school_id = ? and sis_id is not null`,
      ),
      rows<CurrentDirectory['contactLinks'][number]>(
        `select l.id, c.sis_id as "contactSisId", s.sis_id as "studentSisId", l.relationship
           from contact_link l join contact c on c.id = l.contact_id join student s on s.id = l.student_id
          where l.school_id = ? and c.sis_id is not null and s.sis_id is not null`,
      ),
      rows<CurrentDirectory['teacherLinks'][number]>(
        `select l.id, t.sis_id as "teacherSisId", s.sis_id as "studentSisId", l.label
           from teacher_link l join teacher t on t.id = l.teacher_id join student s on s.id = l.student_id
          where l.school_id = ? and t.sis_id is not null and s.sis_id is not null`,
      ),
    ]);
    return { students, contacts, teachers, contactLinks, teacherLinks };
  }

  /** The OneRoster classes the last OneRoster sync left, by SIS ids. */
  classMembers(): Promise<ClassMember[]> {
    return this.em.execute<ClassMember[]>(
      `select m.class_sis_id as "classSisId", m.class_title as "classTitle", coalesce(t.sis_id, s.sis_id) as "personSisId",
              case when m.teacher_id is not null then 'teacher' else 'student' end as role
         from roster_class_member m left join teacher t on t.id = m.teacher_id left join student s on s.id = m.student_id
        where m.school_id = ? and coalesce(t.sis_id, s.sis_id) is not null`,
      [this.schoolId],
    );
  }

  /** After a OneRoster sync, its classes; after any other, none (the next delta needs a bulk bundle first). */
  async replaceClassMembers(members: ClassMember[] | null): Promise<void> {
    const schoolId = this.schoolId;
    await this.em.execute('delete from roster_class_member where school_id = ?', [schoolId]);
    if (!members?.length) return;
    const rows = members.map((m) => ({ class_sis_id: m.classSisId, class_title: m.classTitle, person_sis_id: m.personSisId, role: m.role }));
    await this.em.execute(
      `insert into roster_class_member (id, school_id, class_sis_id, class_title, teacher_id, student_id)
       select gen_random_uuid(), ?, m.class_sis_id, m.class_title, t.id, s.id
         from jsonb_to_recordset(?::jsonb) as m(class_sis_id text, class_title text, person_sis_id text, role text)
         left join teacher t on m.role = 'teacher' and t.school_id = ? and t.sis_id = m.person_sis_id
         left join student s on m.role = 'student' and s.school_id = ? and s.sis_id = m.person_sis_id
        where t.id is not null or s.id is not null`,
      [schoolId, JSON.stringify(rows), schoolId, schoolId],
    );
  }

  /** Rows whose columns the caller lists, school_id among them. */
  async insertRows(table: SyncedTable, columns: string[], rows: unknown[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const placeholders = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await this.em.execute(`insert into ${table} (${columns.join(', ')}) values ${placeholders}`, chunk.flat());
    }
  }

  async deleteByIds(table: SyncedTable, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await this.em.execute(`delete from ${table} where school_id = ? and id in (${chunk.map(() => '?').join(', ')})`, [this.schoolId, ...chunk]);
    }
  }

  async updateStudent(id: string, after: { firstName: string; lastName: string; yearLabel: string | null }, now: Date): Promise<void> {
    await this.em.execute('update student set first_name = ?, last_name = ?, year_label = ?, updated_at = ? where id = ? and school_id = ?',
      [after.firstName, after.lastName, after.yearLabel, now, id, this.schoolId]);
  }

  async updateAdult(table: 'contact' | 'teacher', id: string, after: { title: string | null; firstName: string; lastName: string; email: string | null; phone: string | null }, now: Date): Promise<void> {
    await this.em.execute(`update ${table} set title = ?, first_name = ?, last_name = ?, email = ?, phone = ?, updated_at = ? where id = ? and school_id = ?`,
      [after.title, after.firstName, after.lastName, after.email, after.phone, now, id, this.schoolId]);
  }

  async setRelationship(linkId: string, relationship: string): Promise<void> {
    await this.em.execute('update contact_link set relationship = ? where id = ? and school_id = ?', [relationship, linkId, this.schoolId]);
  }

  async setLabel(linkId: string, label: string | null): Promise<void> {
    await this.em.execute('update teacher_link set label = ? where id = ? and school_id = ?', [label, linkId, this.schoolId]);
  }
}
