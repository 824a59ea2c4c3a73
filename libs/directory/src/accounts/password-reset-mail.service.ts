import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Conflict, MailService, mailWords, RequestContext, runForSchool, ThrottleService, type AppConfig } from '@ptc/platform';
import { DirectoryPeople, PASSWORD_RESET_TTL_MINUTES, PasswordResetService, RecipientLanguages, SchoolsService, type ResettableLogin } from '@ptc/tenancy';
import { Contact, Teacher } from '../people/person.entities.js';
import { fullName } from '../dto/people.views.js';

/** Queries for an unknown school run in this school, which has nothing: the same work, no answer. */
const NO_SCHOOL = '00000000-0000-0000-0000-000000000000';


export const ACCEPTED_MESSAGE = 'If the school has a login by that name or email address, a link to set a new password is on its way to the email address the school holds.';

type Occasion = 'asked' | 'sent-by-school';

/**
 * Emails reset links: the directory holds the addresses, tenancy the links. A person asks by
 * school and screen name or email address; every answer is the same, after the same queries, so
 * nobody learns which accounts exist. An admin (or the vendor's operator) can send one login a link.
 */
@Injectable()
export class PasswordResetMailService {
  constructor(
    private readonly em: EntityManager,
    private readonly resets: PasswordResetService,
    private readonly schools: SchoolsService,
    private readonly throttle: ThrottleService,
    private readonly mail: MailService,
    private readonly languages: RecipientLanguages,
    private readonly people: DirectoryPeople,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(schoolSlug: string, screenNameOrEmail: string, clientIp: string | null): Promise<void> {
    const limits = this.config.loginThrottle;
    const needle = screenNameOrEmail.trim();
    // Counted per asked-for account (no flood of emails to one person) and per client address.
    const [account, address] = await Promise.all([
      this.throttle.hit(ThrottleService.key('password-reset-account', `${schoolSlug.toLowerCase()}\n${needle.toLowerCase()}`), limits.windowSeconds),
      this.throttle.hit(ThrottleService.key('password-reset-ip', clientIp ?? 'unknown'), limits.windowSeconds),
    ]);
    const school = await this.schools.findActiveBySlug(schoolSlug);
    const schoolId = school?.id ?? NO_SCHOOL;
    await runForSchool(schoolId, () =>
      this.em.transactional(async () => {
        const people = needle.includes('@') ? await this.people.withEmail(needle) : [];
        const logins = await this.resets.resettableLogins(needle, people.map((p) => p.id));
        if (!school || account.hits > limits.maxFailuresPerAccount || address.hits > limits.maxFailuresPerIp) return;
        for (const login of logins) await this.send(login, { name: school.name, slug: school.slug }, 'asked');
      }),
    );
  }

  /** An admin's (or, in that school's scope, an operator's) reset for one login of the current school. */
  async sendFor(userId: string): Promise<{ sentTo: 'directory-email'; expiresAt: string }> {
    const schoolId = RequestContext.schoolId()!;
    const school = (await this.schools.describe(schoolId))!;
    return this.em.transactional(async () => {
      const login = await this.resets.resettableLogin(userId);
      const expiresAt = login ? await this.send(login, { name: school.name, slug: school.slug }, 'sent-by-school') : null;
      if (!expiresAt) throw Conflict('USER.NO_EMAIL', 'This login has no email address in the directory: add one to the person it belongs to, then send the link again');
      return { sentTo: 'directory-email' as const, expiresAt: expiresAt.toISOString() };
    });
  }

  /** Issues the link and queues the email; null when the person has no email address. */
  private async send(login: ResettableLogin, school: { name: string; slug: string }, occasion: Occasion): Promise<Date | null> {
    const person = (await this.em.findOne(Contact, { id: login.personId })) ?? (await this.em.findOne(Teacher, { id: login.personId }));
    if (!person?.email) return null;
    const { token, expiresAt } = await this.resets.issue(login);
    const link = `${this.config.publicBaseUrl}/reset-password/${token}`;
    const t = mailWords(await this.languages.ofPerson(login.schoolId, person.id));
    const opening = occasion === 'asked' ? t('reset.asked', { school: school.name }) : t('reset.sent', { school: school.name });
    this.mail.queue(
      {
        sender: await this.schools.senderOf(login.schoolId),
        to: person.email,
        subject: t('reset.subject', { school: school.name }),
        text:
          `${t('greeting', { name: fullName(person) })}\n\n` +
          `${opening} ${t('reset.link', { minutes: PASSWORD_RESET_TTL_MINUTES })}\n\n${link}\n\n` +
          `${t('reset.screenName', { screenName: login.screenName })}\n${t('reset.slug', { slug: school.slug })}\n\n` +
          `${t('reset.ignore')}\n`,
      },
      login.schoolId,
    );
    return expiresAt;
  }
}
