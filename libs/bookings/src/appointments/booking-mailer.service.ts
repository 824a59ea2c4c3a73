import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, inSchoolScope, LinkSigner, mailList, MailService, mailFromAddress, mailMoment, mailWords, OutboxService, zoneName, type AppConfig } from '@ptc/platform';
import { PeopleService, fullName } from '@ptc/directory';
import { RecipientLanguages, SchoolsService } from '@ptc/tenancy';
import { Evening, EveningSession, EveningTeacher } from '../evenings/evening.entities.js';
import { appointmentCalendar } from '../mail/icalendar.js';

/** 'changed': the meeting went to video or back to a room; 'updated': the evening's name or place changed. */
export type BookingNotice = 'booked' | 'moved' | 'changed' | 'updated' | 'cancelled' | 'reminder';

export const APPOINTMENT_LINK = 'appointment';
const NOTICE_TOPIC = 'booking.notice';

/** What the notice says, fixed when it is written: later changes send their own notice. */
interface NoticePayload {
  notice: BookingNotice;
  schoolId: string;
  appointmentId: string;
  eveningId: string;
  teacherId: string;
  studentId: string;
  contactId: string;
  sequence: number;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  /** The appointment's own video meeting, when it is online. */
  meetingLink?: string | null;
  /** A joint meeting: the brothers and sisters it is also about. */
  jointStudentIds?: string[] | null;
  /** Who they were, for notices that may be delivered after the people left the directory. */
  people?: PeopleSnapshot;
  [key: string]: unknown;
}

interface PeopleSnapshot {
  contact: { title: string | null; firstName: string; lastName: string; email: string | null } | null;
  teacher: { title: string | null; firstName: string; lastName: string } | null;
  student: { firstName: string; lastName: string } | null;
}

export interface NoticeFacts {
  id: string;
  schoolId: string;
  eveningId: string;
  teacherId: string;
  studentId: string;
  contactId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  meetingLink: string | null;
  jointStudentIds: string[] | null;
}

/**
 * Tells the parent about a booking, a move, a cancellation or the coming appointment. The notice
 * is written to the outbox in the changing transaction (one row, no lookups on the booking path);
 * the outbox worker composes the email with its .ics file and a signed manage link, and sends it,
 * retrying while SMTP is down.
 */
@Injectable()
export class BookingMailer implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
    private readonly em: EntityManager,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly links: LinkSigner,
    private readonly languages: RecipientLanguages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.outbox.registerHandler(NOTICE_TOPIC, (payload) => {
      const notice = payload as NoticePayload;
      return inSchoolScope(this.em, notice.schoolId, () => this.deliver(notice));
    });
  }

  /** The people of an appointment as they are now (for a cancellation that a deletion caused). */
  async snapshot(a: NoticeFacts): Promise<PeopleSnapshot> {
    const [contacts, teachers, students] = await Promise.all([
      this.people.adultsByIds('contact', [a.contactId]),
      this.people.adultsByIds('teacher', [a.teacherId]),
      this.people.studentsByIds([a.studentId]),
    ]);
    return { contact: contacts.get(a.contactId) ?? null, teacher: teachers.get(a.teacherId) ?? null, student: students.get(a.studentId) ?? null };
  }

  enqueue(notice: BookingNotice, a: NoticeFacts, reason: string | null = null, people?: PeopleSnapshot): void {
    this.outbox.enqueue(NOTICE_TOPIC, this.payload(notice, a, reason, people), a.schoolId);
  }

  /** The same notice as parameters of `OutboxService.enqueueCall`, for a caller that writes it inside one SQL statement of its own. */
  noticeParams(notice: BookingNotice, a: NoticeFacts): unknown[] {
    return this.outbox.messageParams(NOTICE_TOPIC, this.payload(notice, a, null), a.schoolId);
  }

  private payload(notice: BookingNotice, a: NoticeFacts, reason: string | null, people?: PeopleSnapshot): NoticePayload {
    return {
      notice,
      schoolId: a.schoolId,
      appointmentId: a.id,
      eveningId: a.eveningId,
      teacherId: a.teacherId,
      studentId: a.studentId,
      contactId: a.contactId,
      sequence: a.sequence,
      startsAt: new Date(a.startsAt).toISOString(),
      endsAt: new Date(a.endsAt).toISOString(),
      reason,
      meetingLink: a.meetingLink,
      jointStudentIds: a.jointStudentIds ?? null,
      ...(people ? { people } : {}),
    };
  }

  /**
   * A link to view or cancel this appointment without logging in. It names the appointment's
   * version, so it dies when the appointment is moved (the email about the move carries the new
   * one) or cancelled, and with the evening.
   */
  manageLink(appointmentId: string, schoolId: string, sequence: number, eveningEndsAt: Date): string {
    const token = this.links.sign(APPOINTMENT_LINK, { a: appointmentId, s: schoolId, v: String(sequence) }, eveningEndsAt);
    return `${this.config.publicBaseUrl}/appointments/${token}`;
  }

  /** The email of a notice and its calendar file, from the records as they are now; null when there is nobody to tell. */
  private async compose(n: NoticePayload): Promise<{ to: string; subject: string; text: string; calendar: string; method: 'REQUEST' | 'CANCEL' } | null> {
    const [school, contacts, teachers, students, evening, participant, sessions, language] = await Promise.all([
      this.schools.describe(n.schoolId),
      this.people.adultsByIds('contact', [n.contactId]),
      this.people.adultsByIds('teacher', [n.teacherId]),
      this.people.studentsByIds([n.studentId, ...(n.jointStudentIds ?? [])]),
      this.em.findOne(Evening, { id: n.eveningId }),
      this.em.findOne(EveningTeacher, { evening: n.eveningId, teacherId: n.teacherId }),
      this.em.find(EveningSession, { evening: n.eveningId }, { orderBy: { endsAt: 'desc' }, limit: 1 }),
      this.languages.ofPerson(n.schoolId, n.contactId),
    ]);
    const contact = contacts.get(n.contactId) ?? n.people?.contact;
    const teacher = teachers.get(n.teacherId) ?? n.people?.teacher;
    const student = students.get(n.studentId) ?? n.people?.student;
    if (!school || !evening || !contact?.email || !teacher || !student) return null; // Nobody to tell, or nothing left to tell about.

    const zone = school.timezone;
    const startsAt = new Date(n.startsAt);
    const endsAt = new Date(n.endsAt);
    const cancelled = n.notice === 'cancelled';
    // A cancelled meeting's link is not given again; an online one takes place at its link.
    const meetingLink = cancelled ? null : (n.meetingLink ?? null);
    const location = meetingLink ?? participant?.location ?? evening.location;
    const eveningEndsAt = sessions[0]?.endsAt ?? endsAt;
    const t = mailWords(language);
    const when = mailMoment(startsAt, language, zone);
    const children = [student, ...(n.jointStudentIds ?? []).flatMap((id) => students.get(id) ?? [])].map((s) => `${s.firstName} ${s.lastName}`);
    const what = t('booking.what', { student: mailList(children, language), teacher: fullName(teacher) });
    const headline = t(`booking.headline.${n.notice === 'changed' ? (meetingLink ? 'changedVideo' : 'changedInPerson') : n.notice}`);
    const lines = [
      t('greeting', { name: fullName(contact) }),
      '',
      t('booking.about', { headline, evening: evening.name, school: school.name }),
      '',
      `  ${what}`,
      `  ${t('booking.when', { when, zone: zoneName(zone, language, startsAt), minutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60000) })}`,
      ...(meetingLink ? [`  ${t('booking.byVideo', { link: meetingLink })}`] : location ? [`  ${location}`] : []),
      ...(cancelled && n.reason ? ['', t('booking.reason', { reason: n.reason })] : []),
      '',
      cancelled ? t('booking.calendarRemoves') : t('booking.calendarAdds'),
      ...(cancelled ? [] : ['', t('booking.manage'), this.manageLink(n.appointmentId, n.schoolId, n.sequence, eveningEndsAt)]),
    ];
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const calendar = appointmentCalendar({
      uid: `${n.appointmentId}@ptc`,
      sequence: n.sequence,
      method,
      startsAt,
      endsAt,
      summary: t('booking.calendarSummary', { what }),
      description: `${evening.name}, ${school.name}`,
      location,
      url: meetingLink,
      organizer: { name: school.name, email: mailFromAddress(this.config.mailFrom) },
      attendee: { name: fullName(contact), email: contact.email },
      stamp: new Date(),
    });
    return { to: contact.email, subject: t('booking.subject', { headline, what, when }), text: lines.join('\n'), calendar, method };
  }

  private async deliver(n: NoticePayload): Promise<void> {
    const composed = await this.compose(n);
    if (!composed) return;
    await this.mail.send({
      sender: await this.schools.senderOf(n.schoolId),
      to: composed.to,
      subject: composed.subject,
      text: composed.text,
      attachments: [{ filename: 'appointment.ics', content: composed.calendar, contentType: `text/calendar; charset=utf-8; method=${composed.method}` }],
      // Also as the invitation part, so mail clients offer Add/Accept; the attachment stays for the others.
      calendar: { method: composed.method, content: composed.calendar },
    });
  }

  /** The appointment's calendar file as its emails carry it (same UID and SEQUENCE), for "add to calendar". */
  async calendarFile(a: NoticeFacts & { status: string }): Promise<string | null> {
    return (await this.compose(this.payload(a.status === 'cancelled' ? 'cancelled' : 'booked', a, null)))?.calendar ?? null;
  }
}
