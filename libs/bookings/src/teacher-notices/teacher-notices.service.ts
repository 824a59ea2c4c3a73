import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { TFunction } from 'i18next';
import { APP_CONFIG, Clock, inSchoolScope, mailDay, MailService, mailMoment, mailWords, zoneName, type AppConfig, type MailLanguage } from '@ptc/platform';
import { PeopleService, appointmentPeopleKey, fullName, type AppointmentPeople } from '@ptc/directory';
import { RecipientLanguages, SchoolsService } from '@ptc/tenancy';
import { ScheduleRowsService, type BookingRow } from '../exports/schedule-rows.service.js';
import { Evening } from '../evenings/evening.entities.js';
import { TeacherNoticeQueries, type ScheduleChange } from './teacher-notices.queries.js';

/** One line of a teacher's schedule: the time, the student, who comes and how they are related. */
export function scheduleLine(row: BookingRow, t: TFunction): string {
  const parent = [row.contactTitle, row.contactFirstName, row.contactLastName].filter(Boolean).join(' ');
  const relationship = row.relationship ? ` (${t(`relationship.${row.relationship}`, { defaultValue: row.relationship })})` : '';
  return `  ${row.time}–${row.endTime}  ${row.studentFirstName} ${row.studentLastName} — ${parent}${relationship}${row.meetingLink ? `  ${row.meetingLink}` : ''}`;
}

/** One line of a change to a teacher's schedule. */
export function changeLine(change: ScheduleChange, people: AppointmentPeople | undefined, zone: string, language: MailLanguage): string {
  const t = mailWords(language);
  const student = people?.student ? `${people.student.firstName} ${people.student.lastName}` : t('teacherSchedule.aStudent');
  const parent = people?.contact ? fullName(people.contact) : t('teacherSchedule.aParent');
  const what = t(`teacherSchedule.action.${change.action === 'changed' ? 'changed' : change.action}`);
  return `  ${t('teacherSchedule.change', { when: mailMoment(change.startsAt, language, zone), student, parent, what })}`;
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
    private readonly languages: RecipientLanguages,
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
    const [evening, teachers, zone, sender, languages] = await Promise.all([
      this.em.findOneOrFail(Evening, { id: eveningId }),
      this.people.adultsByIds('teacher', teacherIds),
      this.schools.timezone(schoolId),
      this.schools.senderOf(schoolId),
      this.languages.ofPeople(schoolId, teacherIds),
    ]);
    let sent = 0;
    for (const teacherId of teacherIds) {
      const teacher = teachers.get(teacherId);
      if (!teacher?.email) continue;
      const language = languages.get(teacherId)!;
      const t = mailWords(language);
      const rows = await this.rows.teacherSchedule(eveningId, teacherId);
      const days = [...new Set(rows.map((row) => row.date))];
      const dayName = (row: BookingRow) => mailDay(new Date(row.startsAt), language, zone);
      const lines = days.flatMap((day) => {
        const ofDay = rows.filter((row) => row.date === day);
        return [`  ${dayName(ofDay[0])}`, ...ofDay.map((row) => scheduleLine(row, t)), ''];
      });
      this.mail.queue(
        {
          sender,
          to: teacher.email,
          subject: t('teacherSchedule.subject', { evening: evening.name, count: rows.length }),
          text: [
            t('greeting', { name: fullName(teacher) }),
            '',
            t('teacherSchedule.intro', { evening: evening.name, zone: zoneName(zone, language) }),
            '',
            ...(rows.length ? lines : [`  ${t('teacherSchedule.none')}`, '']),
            t('teacherSchedule.later'),
            t('teacherSchedule.print', { url: `${this.config.publicBaseUrl}/teacher/evenings/${eveningId}` }),
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
    const [evening, teachers, people, zone, sender, language] = await Promise.all([
      this.em.findOneOrFail(Evening, { id: claimed.eveningId }),
      this.people.adultsByIds('teacher', [claimed.teacherId]),
      this.people.appointmentPeople(claimed.changes),
      this.schools.timezone(schoolId),
      this.schools.senderOf(schoolId),
      this.languages.ofPerson(schoolId, claimed.teacherId),
    ]);
    const t = mailWords(language);
    await this.queries.toldUpTo(noticeId, claimed.changes.at(-1)!.historyId);
    const teacher = teachers.get(claimed.teacherId);
    if (!teacher?.email) return 0;
    this.mail.queue(
      {
        sender,
        to: teacher.email,
        subject: t('teacherSchedule.changesSubject', { evening: evening.name }),
        text: [
          t('greeting', { name: fullName(teacher) }),
          '',
          t('teacherSchedule.changesIntro', { evening: evening.name, zone: zoneName(zone, language) }),
          '',
          ...claimed.changes.map((change) => changeLine(change, people.get(appointmentPeopleKey(change)), zone, language)),
          '',
          t('teacherSchedule.now', { url: `${this.config.publicBaseUrl}/teacher/evenings/${claimed.eveningId}` }),
        ].join('\n'),
      },
      schoolId,
    );
    return 1;
  }
}
