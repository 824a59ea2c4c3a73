import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, csvStream, inSchoolScope, RequestContext, type CsvColumn } from '@ptc/platform';
import { PeopleService, appointmentPeopleKey, fullName, type AppointmentPeople } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { instantToLocal } from '../slots/local-time.js';
import { EveningReads, type AppointmentRow } from '../evenings/evening.queries.js';
import { BookingErrors } from '../bookings.errors.js';

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
  /** The appointment's video meeting, when it is online and stands. */
  meetingLink: string | null;
  /** A joint meeting: the brothers and sisters it is also about. */
  jointStudents: string | null;
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
  { key: 'meetingLink', header: 'meeting_link' },
  { key: 'jointStudents', header: 'joint_students' },
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
const name = (p?: { title?: string | null; firstName: string; lastName: string } | null) => (p ? fullName(p) : '(removed)');

/** An appointment with its people as an export row, times in the school's zone. */
export function toBookingRow(a: AppointmentRow, people: AppointmentPeople | undefined, zone: string, now: Date, jointNames: string | null = null): BookingRow {
  const start = instantToLocal(a.startsAt, zone);
  const end = instantToLocal(a.endsAt, zone);
  const { teacher, student, contact } = people ?? { teacher: null, student: null, contact: null };
  return {
    date: start.date,
    time: start.time,
    endTime: end.time,
    startsAt: start.iso,
    endsAt: end.iso,
    teacher: name(teacher),
    studentFirstName: student?.firstName ?? '(removed)',
    studentLastName: student?.lastName ?? '',
    studentSisId: student?.sisId ?? null,
    contactTitle: contact?.title ?? null,
    contactFirstName: contact?.firstName ?? '(removed)',
    contactLastName: contact?.lastName ?? '',
    relationship: people?.relationship ?? null,
    email: contact?.email ?? null,
    phone: contact?.phone ?? null,
    status: rowStatus(a, Boolean(student && contact && teacher), now),
    appointmentId: a.id,
    meetingLink: a.status === 'active' ? a.meetingLink : null,
    jointStudents: jointNames,
  };
}

/**
 * Appointments as export rows, read as plain rows with their people looked up in one statement per
 * batch: every appointment of an evening (cancelled ones included), or a teacher's schedule (their
 * active appointments).
 */
@Injectable()
export class ScheduleRowsService {
  constructor(
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly reads: EveningReads,
    private readonly clock: Clock,
  ) {}

  private async withPeople(appointments: AppointmentRow[], zone: string, now: Date): Promise<BookingRow[]> {
    const jointIds = [...new Set(appointments.flatMap((a) => a.jointStudentIds ?? []))];
    const [people, joint] = await Promise.all([this.people.appointmentPeople(appointments), this.people.studentsByIds(jointIds)]);
    const jointNames = (a: AppointmentRow) =>
      a.jointStudentIds?.length ? a.jointStudentIds.flatMap((id) => { const s = joint.get(id); return s ? [`${s.firstName} ${s.lastName}`] : []; }).join(', ') || null : null;
    return appointments.map((a) => toBookingRow(a, people.get(appointmentPeopleKey(a)), zone, now, jointNames(a)));
  }

  /**
   * A teacher's active appointments in the evening, in time order (none for a teacher account not
   * linked to a person); 404 for an evening that is not the school's. Appointments of the evening
   * prove it is, so only an empty schedule costs the check.
   */
  async teacherSchedule(eveningId: string, teacherId: string | null): Promise<BookingRow[]> {
    const [zone, appointments] = await Promise.all([this.schools.timezone(RequestContext.schoolId()!), teacherId ? this.reads.teacherAppointments(eveningId, teacherId) : []]);
    if (appointments.length === 0 && !(await this.reads.eveningExists(eveningId))) throw BookingErrors.eveningNotFound();
    return this.withPeople(appointments, zone, this.clock.now());
  }

  /**
   * Every appointment of the evening, in batches. The school and its zone are captured now; each
   * batch is read in its own school scope, as the response streams after the handler returned.
   */
  eveningBookings(eveningId: string): AsyncGenerator<BookingRow> {
    const schoolId = RequestContext.schoolId()!;
    const zone = this.schools.timezone(schoolId);
    const now = this.clock.now();
    const { em } = this;
    const batches = async function* (this: ScheduleRowsService) {
      let after: AppointmentRow | null = null;
      for (;;) {
        const batch: BookingRow[] = await inSchoolScope(em, schoolId, async () => {
          const appointments = await this.reads.eveningAppointments(eveningId, after, BATCH);
          after = appointments.at(-1) ?? null;
          return this.withPeople(appointments, await zone, now);
        });
        yield* batch;
        if (batch.length < BATCH) return;
      }
    };
    return batches.call(this);
  }

  eveningBookingsCsv(eveningId: string): AsyncGenerator<string> {
    return csvStream(BOOKING_COLUMNS, this.eveningBookings(eveningId));
  }

  async teacherScheduleCsv(eveningId: string, teacherId: string | null): Promise<AsyncGenerator<string>> {
    return csvStream(BOOKING_COLUMNS, await this.teacherSchedule(eveningId, teacherId));
  }
}
