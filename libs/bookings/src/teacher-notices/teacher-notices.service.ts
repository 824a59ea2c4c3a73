import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, inSchoolScope, MailService, type AppConfig } from '@ptc/platform';
import { PeopleService, fullName, type AppointmentPeople } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { ScheduleRowsService, type BookingRow } from '../exports/schedule-rows.service.js';
import { Evening } from '../evenings/evening.entities.js';
import { noticeDateTime } from '../slots/local-time.js';
import { TeacherNoticeQueries, type ScheduleChange } from './teacher-notices.queries.js';

const CHANGE_WORDS: Record<ScheduleChange['action'], string> = { booked: 'booked', moved: 'moved to this time', changed: 'changed (video or in person)', cancelled: 'cancelled' };

/** One line of a teacher's schedule: the time, the student, who comes and how they are related. */
export function scheduleLine(row: BookingRow): string {
  const parent = [row.contactTitle, row.contactFirstName, row.contactLastName].filter(Boolean).join(' ');
  return `  ${row.time}–${row.endTime}  ${row.studentFirstName} ${row.studentLastName} — ${parent}${row.relationship ? ` (${row.relationship})` : ''}${row.meetingLink ? `  ${row.meetingLink}` : ''}`;
}

/** One line of a change to a teacher's schedule. */
export function changeLine(change: ScheduleChange, people: AppointmentPeople | undefined, zone: string): string {
  const student = people?.student ? `${people.student.firstName} ${people.student.lastName}` : 'A student';
  const parent = people?.contact ? fullName(people.contact) : 'a parent';
  return `  ${noticeDateTime(change.startsAt, zone)}: ${student} with ${parent}, ${CHANGE_WORDS[change.action]}`;
}

/**
 * Teachers are emailed their schedule for an evening the day before it starts, and then each change
 * to it (a booking, a move, a cancellation) as it happens, a minute at most later. Each send is noted
 * in the transaction that queues the email, once per teacher and evening across instances.
 */
@Injectable()
export class TeacherNoticesService {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: TeacherNoticeQueries,
    private readonly rows: ScheduleRowsService,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<Record<string, number>> {
    const now = this.clock.now();
    let schedules = 0;
    let changes = 0;
    for (const { id, schoolId } of await this.queries.eveningsDue(now)) {
      schedules += await inSchoolScope(this.em, schoolId, () => this.em.transactional(() => this.sendSchedules(id, schoolId, now)));
    }
    for (const { id, schoolId } of await this.queries.schedulesChanged(now)) {
      changes += await inSchoolScope(this.em, schoolId, () => this.em.transactional(() => this.sendChanges(id, schoolId)));
    }
    return { schedules, changes };
  }

  private async sendSchedules(eveningId: string, schoolId: string, now: Date): Promise<number> {
    const teacherIds = await this.queries.noteSchedulesSent(eveningId, now);
    if (teacherIds.length === 0) return 0;
    const [evening, teachers, zone, sender] = await Promise.all([
      this.em.findOneOrFail(Evening, { id: eveningId }),
      this.people.adultsByIds('teacher', teacherIds),
      this.schools.timezone(schoolId),
      this.schools.senderOf(schoolId),
    ]);
    let sent = 0;
    for (const teacherId of teacherIds) {
      const teacher = teachers.get(teacherId);
      if (!teacher?.email) continue;
      const rows = await this.rows.teacherSchedule(eveningId, teacherId);
      const days = [...new Set(rows.map((row) => row.date))];
      const lines = days.flatMap((day) => [`  ${day}`, ...rows.filter((row) => row.date === day).map(scheduleLine), '']);
      this.mail.queue(
        {
          sender,
          to: teacher.email,
          subject: `Your schedule for ${evening.name}: ${rows.length} appointment${rows.length === 1 ? '' : 's'}`,
          text: [
            `Dear ${fullName(teacher)},`,
            '',
            `Your schedule for "${evening.name}" (${zone} time):`,
            '',
            ...(rows.length ? lines : ['  No appointments are booked with you yet.', '']),
            'Changes from now on are emailed to you as they happen.',
            `Your schedule, to print: ${this.config.publicBaseUrl}/teacher/evenings/${eveningId}`,
          ].join('\n'),
        },
        schoolId,
      );
      sent += 1;
    }
    return sent;
  }

  private async sendChanges(noticeId: string, schoolId: string): Promise<number> {
    const claimed = await this.queries.claimChanges(noticeId);
    if (!claimed || claimed.changes.length === 0) return 0;
    const [evening, teachers, people, zone, sender] = await Promise.all([
      this.em.findOneOrFail(Evening, { id: claimed.eveningId }),
      this.people.adultsByIds('teacher', [claimed.teacherId]),
      this.people.appointmentPeople(claimed.changes),
      this.schools.timezone(schoolId),
      this.schools.senderOf(schoolId),
    ]);
    await this.queries.toldUpTo(noticeId, claimed.changes.at(-1)!.historyId);
    const teacher = teachers.get(claimed.teacherId);
    if (!teacher?.email) return 0;
    const key = (c: ScheduleChange) => `${c.teacherId}:${c.studentId}:${c.contactId}`;
    this.mail.queue(
      {
        sender,
        to: teacher.email,
        subject: `Changes to your schedule for ${evening.name}`,
        text: [
          `Dear ${fullName(teacher)},`,
          '',
          `Your schedule for "${evening.name}" has changed (${zone} time):`,
          '',
          ...claimed.changes.map((change) => changeLine(change, people.get(key(change)), zone)),
          '',
          `Your schedule as it is now: ${this.config.publicBaseUrl}/teacher/evenings/${claimed.eveningId}`,
        ].join('\n'),
      },
      schoolId,
    );
    return 1;
  }
}
