import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PreparedStatement, PreparedStatements, RequestContext } from '@ptc/platform';
import type { FamilyRow } from './family.js';
import { appointmentPeopleFrom, idsToLookUp, type AppointmentParties, type AppointmentPeople, type AppointmentPersonRow } from './appointment-people.js';

/** Asked by every booking that wins its slot: prepared once per connection. */
export const bookingLinksOf = new PreparedStatement<{ contact_linked: boolean; teacher_linked: boolean; year_label: string | null }>(
  'directory.booking_links',
  `select exists(select 1 from contact_link where school_id = $1 and contact_id = $2 and student_id = $3) as contact_linked,
          exists(select 1 from teacher_link where school_id = $1 and teacher_id = $4 and student_id = $3) as teacher_linked,
          (select year_label from student where school_id = $1 and id = $3) as year_label`,
);

/**
 * A parent's children with their teachers, one row per (child, teacher), in the order the page
 * lists them: what the parent's evening page reads from the directory on every visit. Flat rows
 * grouped by `familyFromRows`: building the JSON in PostgreSQL (json_agg with an ordered
 * aggregate per child) took 90 µs a call under bench:pages' load against 77 µs this way
 * (pg_stat_statements), on the database that a rush saturates.
 */
export const familyOf = new PreparedStatement<FamilyRow>(
  'directory.family_of',
  `select s.id, s.sis_id, s.first_name, s.last_name, s.year_label,
          t.id as teacher_id, t.title as teacher_title, t.first_name as teacher_first_name, t.last_name as teacher_last_name
     from contact_link cl
     join student s on s.id = cl.student_id and s.school_id = $1
     left join teacher_link tl on tl.student_id = s.id and tl.school_id = $1
     left join teacher t on t.id = tl.teacher_id and t.school_id = $1
    where cl.school_id = $1 and cl.contact_id = $2
    order by s.first_name, s.last_name, s.id, t.last_name, t.first_name, t.id`,
);

/**
 * The teachers, students and parents of a batch of appointments, each looked up once by id (an
 * index probe per id), and the relationships of those parents to those students, in one statement
 * of plain rows (see AppointmentPersonRow) that appointmentPeopleFrom pairs with the appointments.
 * Joined per appointment instead, the generic plan guessed the batch at 100 rows and hashed whole
 * tables (1.3 ms for a teacher's 18 appointments on bench:pages' school); with a subquery per person
 * per appointment it was 0.34 ms, 72 probes for 37 people; this way 0.23 ms.
 */
export const appointmentPeopleOf = new PreparedStatement<AppointmentPersonRow>(
  'directory.appointment_people',
  `select 'teacher' as kind, t.id::text as key, t.title as a, t.first_name as b, t.last_name as c, null::text as d, null::text as e
     from teacher t where t.school_id = $1 and t.id = any($2::uuid[])
   union all
   select 'student', s.id::text, s.first_name, s.last_name, s.sis_id, null, null
     from student s where s.school_id = $1 and s.id = any($3::uuid[])
   union all
   select 'contact', c.id::text, c.title, c.first_name, c.last_name, c.email, c.phone
     from contact c where c.school_id = $1 and c.id = any($4::uuid[])
   union all
   select 'link', l.contact_id || ':' || l.student_id, l.relationship::text, null, null, null, null
     from contact_link l where l.school_id = $1 and l.contact_id = any($4::uuid[]) and l.student_id = any($3::uuid[])`,
);

/** Parents or carers of students in some year groups (all when the list is null), with those children. */
export const familiesInYearsOf = new PreparedStatement<{ contactId: string; studentIds: string[] }>(
  'directory.families_in_years',
  `select cl.contact_id as "contactId", array_agg(cl.student_id) as "studentIds"
     from contact_link cl join student s on s.id = cl.student_id and s.school_id = $1
    where cl.school_id = $1 and ($2::text[] is null or s.year_label = any($2::text[]))
    group by cl.contact_id`,
);

/** The directory's statements beyond the ORM's, in the current school (the hot path's are prepared). */
@Injectable()
export class PeopleQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  private get schoolId(): string {
    return RequestContext.schoolId()!;
  }

  async bookingLinks(contactId: string, teacherId: string, studentId: string) {
    return (await this.statements.rows(bookingLinksOf, [this.schoolId, contactId, studentId, teacherId]))[0];
  }

  family(contactId: string) {
    return this.statements.rows(familyOf, [this.schoolId, contactId]);
  }

  async yearLabels(): Promise<string[]> {
    const rows = await this.em.execute<{ year_label: string }[]>('select distinct year_label from student where school_id = ? and year_label is not null', [this.schoolId]);
    return rows.map((row) => row.year_label);
  }

  familiesInYears(yearLabels: string[] | null) {
    return this.statements.rows(familiesInYearsOf, [this.schoolId, yearLabels]);
  }

  async appointmentPeople(parties: readonly AppointmentParties[]): Promise<Map<string, AppointmentPeople>> {
    const { teacherIds, studentIds, contactIds } = idsToLookUp(parties);
    return appointmentPeopleFrom(parties, await this.statements.rows(appointmentPeopleOf, [this.schoolId, teacherIds, studentIds, contactIds]));
  }
}
