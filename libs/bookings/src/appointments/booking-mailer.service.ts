import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, LinkSigner, MailService, type AppConfig } from '@ptc/platform';
import { PeopleService } from '@ptc/directory';
import { SchoolsService } from '@ptc/tenancy';
import { DateTime } from 'luxon';
import { appointmentCalendar } from '../mail/icalendar.js';
import type { Appointment } from './appointment.entities.js';

export type BookingNotice = 'booked' | 'moved' | 'cancelled' | 'reminder';

export const APPOINTMENT_LINK = 'appointment';

const fullName = (p: { title?: string | null; firstName: string; lastName: string }) => [p.title, p.firstName, p.lastName].filter(Boolean).join(' ');

/**
 * Tells the parent about a booking, a move or a cancellation: an email through the outbox (so an
 * SMTP outage delays but never loses it) with the details and an .ics file for their calendar.
 */
@Injectable()
export class BookingMailer {
  constructor(
    private readonly mail: MailService,
    private readonly people: PeopleService,
    private readonly schools: SchoolsService,
    private readonly links: LinkSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A link to view or cancel this appointment without logging in; it dies with the evening. */
  manageLink(appointment: Appointment, eveningEndsAt: Date): string {
    const token = this.links.sign(APPOINTMENT_LINK, { a: appointment.id, s: appointment.schoolId }, eveningEndsAt);
    return `${this.config.publicBaseUrl}/appointments/manage?token=${token}`;
  }

  async notify(
    notice: BookingNotice,
    appointment: Appointment,
    context: { eveningName: string; location: string | null; eveningEndsAt: Date; reason?: string | null },
  ): Promise<void> {
    const [school, contacts, teachers, students] = await Promise.all([
      this.schools.describe(appointment.schoolId),
      this.people.adultsByIds('contact', [appointment.contactId]),
      this.people.adultsByIds('teacher', [appointment.teacherId]),
      this.people.studentsByIds([appointment.studentId]),
    ]);
    const contact = contacts.get(appointment.contactId);
    const teacher = teachers.get(appointment.teacherId);
    const student = students.get(appointment.studentId);
    if (!school || !contact?.email || !teacher || !student) return; // Nobody to tell (no email on record).

    const zone = school.timezone;
    const when = DateTime.fromJSDate(appointment.startsAt, { zone }).setLocale('en-GB').toFormat("cccc d LLLL yyyy 'at' HH:mm");
    const what = `${student.firstName} ${student.lastName} with ${fullName(teacher)}`;
    const headline = { booked: 'Appointment booked', moved: 'Appointment moved', cancelled: 'Appointment cancelled', reminder: 'Reminder: your appointment' }[notice];
    const lines = [
      `Dear ${fullName(contact)},`,
      '',
      `${headline}: ${context.eveningName}, ${school.name}.`,
      '',
      `  ${what}`,
      `  ${when} (${zone}), ${Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60000)} minutes`,
      ...(context.location ? [`  ${context.location}`] : []),
      ...(notice === 'cancelled' && context.reason ? ['', `Reason given: ${context.reason}`] : []),
      '',
      notice === 'cancelled' ? 'The attached calendar file removes it from your calendar.' : 'The attached calendar file adds it to your calendar.',
      ...(notice === 'cancelled' ? [] : ['', 'To see or cancel this appointment without logging in:', this.manageLink(appointment, context.eveningEndsAt)]),
    ];
    const calendar = appointmentCalendar({
      uid: `${appointment.id}@ptc`,
      sequence: appointment.sequence,
      method: notice === 'cancelled' ? 'CANCEL' : 'REQUEST',
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      zone,
      summary: `Parents' evening: ${what}`,
      description: `${context.eveningName}, ${school.name}`,
      location: context.location,
      organizer: { name: school.name, email: this.senderAddress() },
      attendee: { name: fullName(contact), email: contact.email },
      stamp: new Date(),
    });
    this.mail.queue(
      {
        to: contact.email,
        subject: `${headline}: ${what}, ${when}`,
        text: lines.join('\n'),
        attachments: [{ filename: 'appointment.ics', content: calendar, contentType: `text/calendar; charset=utf-8; method=${notice === 'cancelled' ? 'CANCEL' : 'REQUEST'}` }],
      },
      appointment.schoolId,
    );
  }

  private senderAddress(): string {
    return /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom;
  }
}
