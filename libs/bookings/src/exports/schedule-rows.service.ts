import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, collect, csvStream, inSchoolScope, RequestContext, type CsvColumn } from '@ptc/platform';
import { PeopleService, fullName } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { instantToLocal } from '../slots/local-time.js';
import { Appointment } from '../appointments/appointment.entities.js';

export interface BookingRow {
  date: string;
  time: string;
  endTime: string;
  /** Local start and end with their UTC offsets: on a clock-change day "01:30" happens twice. */
  startsAt: string;
  endsAt: string;
  teacher: string;
  studentFirstName: string;
  studentLastName: string;
  studentSisId: string | null;
  contactTitle: string | null;
  contactFirstName: string;
  contactLastName: string;
  relationship: string | null;
  email: string | null;
  phone: string | null;
  status: string;
  appointmentId: string;
}

export const BOOKING_COLUMNS: CsvColumn<BookingRow>[] = [
  { key: 'date', header: 'date' },
  { key: 'time', header: 'start' },
  { key: 'endTime', header: 'end' },
  { key: 'startsAt', header: 'starts_at' },
  { key: 'endsAt', header: 'ends_at' },
  { key: 'teacher', header: 'teacher' },
  { key: 'studentFirstName', header: 'student_first_name' },
  { key: 'studentLastName', header: 'student_last_name' },
  { key: 'studentSisId', header: 'student_sis_id' },
  { key: 'contactTitle', header: 'contact_title' },
  { key: 'contactFirstName', header: 'contact_first_name' },
  { key: 'contactLastName', header: 'contact_last_name' },
  { key: 'relationship', header: 'relationship' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'status', header: 'status' },
  { key: 'appointmentId', header: 'appointment_id' },
];

const BATCH = 500;

/**
 * An appointment's status as exports show it: a past one whose student, parent or teacher has since
 * left the directory is marked as such instead of looking like an active booking of nobody.
 */
export function rowStatus(a: { status: string; endsAt: Date }, everyoneStillThere: boolean, now: Date): string {
  if (a.status === 'active' && !everyoneStillThere && a.endsAt <= now) return 'past_person_removed';
  return a.status;
}
const name = (p?: { title?: string | null; firstName: string; lastName: string }) => (p ? fullName(p) : '(removed)');

/** Appointments of an evening as export rows, read in batches with their people looked up per batch. */
@Injectable()
export class ScheduleRowsService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly clock: Clock,
  ) {}

  /** The school is captured now; each batch is read in its own school scope, as the response streams. */
  rows(eveningId: string, teacherId?: string, activeOnly = false): AsyncGenerator<BookingRow> {
    const schoolId = RequestContext.schoolId()!;
    const { em, people, schools } = this;
    const now = this.clock.now();
    return (async function* () {
      const zone = await inSchoolScope(em, schoolId, () => schools.timezone(schoolId));
      let offset = 0;
      for (;;) {
        const batch = await inSchoolScope(em, schoolId, async () => {
          const where = { eveningId, ...(teacherId ? { teacherId } : {}), ...(activeOnly ? { status: 'active' as const } : {}) };
          const appointments = await em.find(Appointment, where, { orderBy: { startsAt: 'asc', teacherId: 'asc', id: 'asc' }, limit: BATCH, offset });
          const [teachers, students, contacts, relationships] = await Promise.all([
            people.adultsByIds('teacher', [...new Set(appointments.map((a) => a.teacherId))]),
            people.studentsByIds([...new Set(appointments.map((a) => a.studentId))]),
            people.adultsByIds('contact', [...new Set(appointments.map((a) => a.contactId))]),
            people.relationships(appointments.map((a) => ({ contactId: a.contactId, studentId: a.studentId }))),
          ]);
          return appointments.map((a): BookingRow => {
            const start = instantToLocal(a.startsAt, zone);
            const end = instantToLocal(a.endsAt, zone);
            const student = students.get(a.studentId);
            const contact = contacts.get(a.contactId);
            return {
              date: start.date,
              time: start.time,
              endTime: end.time,
              startsAt: start.iso,
              endsAt: end.iso,
              teacher: name(teachers.get(a.teacherId)),
              studentFirstName: student?.firstName ?? '(removed)',
              studentLastName: student?.lastName ?? '',
              studentSisId: student?.sisId ?? null,
              contactTitle: contact?.title ?? null,
              contactFirstName: contact?.firstName ?? '(removed)',
              contactLastName: contact?.lastName ?? '',
              relationship: relationships.get(`${a.contactId}:${a.studentId}`) ?? null,
              email: contact?.email ?? null,
              phone: contact?.phone ?? null,
              status: rowStatus(a, Boolean(student && contact && teachers.get(a.teacherId)), now),
              appointmentId: a.id,
            };
          });
        });
        yield* batch;
        if (batch.length < BATCH) return;
        offset += BATCH;
      }
    })();
  }

  csv(eveningId: string, teacherId?: string, activeOnly = false): AsyncGenerator<string> {
    return csvStream(BOOKING_COLUMNS, this.rows(eveningId, teacherId, activeOnly));
  }

  json(eveningId: string, teacherId?: string, activeOnly = false): Promise<BookingRow[]> {
    return collect(this.rows(eveningId, teacherId, activeOnly));
  }
}
