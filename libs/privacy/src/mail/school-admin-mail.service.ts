import { Injectable } from '@nestjs/common';
import { MailService } from '@ptc/platform';
import { PeopleService } from '@ptc/directory';
import { SchoolsService, UsersService } from '@ptc/tenancy';

/**
 * Privacy messages for a school's administration: its technical contact (the school's named
 * correspondent for PTC) and every school admin whose login belongs to a directory record with an
 * email address. Queued through the outbox in the caller's transaction; runs in the school's scope.
 */
@Injectable()
export class SchoolAdminMail {
  constructor(
    private readonly schools: SchoolsService,
    private readonly users: UsersService,
    private readonly people: PeopleService,
    private readonly mail: MailService,
  ) {}

  async addresses(schoolId: string): Promise<{ name: string; email: string }[]> {
    const technical = (await this.schools.customerContacts(schoolId)).filter((c) => c.role === 'technical');
    const personIds = await this.users.activePersonIdsOfRole('school_admin');
    const adults = [...(await this.people.adultsByIds('teacher', personIds)).values(), ...(await this.people.adultsByIds('contact', personIds)).values()];
    const admins = adults.filter((a) => a.email).map((a) => ({ name: `${a.firstName} ${a.lastName}`, email: a.email! }));
    const seen = new Set<string>();
    return [...technical, ...admins].filter((a) => !seen.has(a.email.toLowerCase()) && seen.add(a.email.toLowerCase()));
  }

  async send(schoolId: string, subject: string, body: string): Promise<number> {
    const recipients = await this.addresses(schoolId);
    for (const r of recipients) this.mail.queue({ to: r.email, subject, text: `Dear ${r.name},\n\n${body}\n\nPTC` }, schoolId);
    return recipients.length;
  }
}
