import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, digestOfSecretToken, MailService, mailWords, newSecretToken, RequestContext, runForSchool, type AppConfig, type MailLanguage, type Principal } from '@ptc/platform';
import { RecipientLanguages, SchoolsService, UsersService } from '@ptc/tenancy';
import { DirectoryErrors } from '../directory.errors.js';
import type { AcceptInvitationDto, InviteDto } from '../dto/invitation.dto.js';
import { Contact, Teacher } from '../people/person.entities.js';
import { Invitation, type InvitedKind } from './invitation.entity.js';

import type { SkipReason } from './skip-reasons.js';
import { fullName } from '../dto/people.views.js';

/** News for parents, written in each reader's language. */
export type NewsIn = (language: MailLanguage) => { subject: string; text: string };

export interface PersonAccess {
  /** The person's login, if they have one. */
  login: 'active' | 'disabled' | null;
  invitation: { sentAt: string; expiresAt: string; acceptedAt: string | null; expired: boolean } | null;
}


/**
 * Accounts come by invitation: an admin invites contacts and teachers, each gets an email with a
 * one-time link, and accepting it creates their login linked to their directory record.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UsersService,
    private readonly schools: SchoolsService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly languages: RecipientLanguages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Whether each of these people can sign in, and their latest invitation: what the office's
   * directory shows beside each parent and teacher.
   */
  async accessOf(personIds: string[]): Promise<Map<string, PersonAccess>> {
    if (personIds.length === 0) return new Map();
    const [logins, invitations] = await Promise.all([
      this.users.loginStatusOfPeople(personIds),
      this.em.find(Invitation, { personId: { $in: personIds } }, { orderBy: { createdAt: 'desc' } }),
    ]);
    const latest = new Map<string, Invitation>();
    for (const invitation of invitations) if (!latest.has(invitation.personId)) latest.set(invitation.personId, invitation);
    const now = this.clock.now();
    return new Map(
      personIds.map((id) => {
        const invitation = latest.get(id);
        return [
          id,
          {
            login: logins.get(id) ?? null,
            invitation: invitation
              ? { sentAt: invitation.createdAt.toISOString(), expiresAt: invitation.expiresAt.toISOString(), acceptedAt: invitation.acceptedAt?.toISOString() ?? null, expired: !invitation.acceptedAt && invitation.expiresAt <= now }
              : null,
          },
        ];
      }),
    );
  }

  /** A page of contacts or teachers with each one's access. */
  async withAccess<T extends { id: string }>(page: { items: T[]; total: number }): Promise<{ items: (T & PersonAccess)[]; total: number }> {
    const access = await this.accessOf(page.items.map((person) => person.id));
    return { items: page.items.map((person) => ({ ...person, ...access.get(person.id)! })), total: page.total };
  }

  async invite(principal: Principal, dto: InviteDto): Promise<{ invited: number; skipped: { personId: string; reason: SkipReason }[] }> {
    const schoolId = RequestContext.schoolId()!;
    const school = (await this.schools.describe(schoolId))!;
    const skipped: { personId: string; reason: SkipReason }[] = [];
    return this.em.transactional(async (em) => {
      const wanted: { kind: InvitedKind; people: (Contact | Teacher)[] }[] = [];
      for (const [kind, entity, ids] of [
        ['contact', Contact, dto.contactIds],
        ['teacher', Teacher, dto.teacherIds],
      ] as const) {
        const everyone = dto.everyoneWithoutAccount?.includes(kind);
        if (!everyone && !ids?.length) continue;
        const people: (Contact | Teacher)[] = everyone ? await em.find(entity as typeof Contact, {}) : await em.find(entity as typeof Contact, { id: { $in: ids! } });
        const found = new Set(people.map((p) => p.id));
        for (const id of ids ?? []) if (!found.has(id)) skipped.push({ personId: id, reason: 'not_found' });
        wanted.push({ kind, people });
      }
      const logins = await this.users.loginStatusOfPeople(wanted.flatMap((w) => w.people.map((p) => p.id)));
      let invited = 0;
      for (const { kind, people } of wanted) {
        for (const person of people) {
          const login = logins.get(person.id);
          if (login === 'disabled') {
            skipped.push({ personId: person.id, reason: 'login_disabled' });
            continue;
          }
          if (login) {
            if (!dto.everyoneWithoutAccount?.includes(kind)) skipped.push({ personId: person.id, reason: 'has_account' });
            continue;
          }
          if (!person.email) {
            skipped.push({ personId: person.id, reason: 'no_email' });
            continue;
          }
          await this.issue(em, principal, kind, person, school);
          invited += 1;
        }
      }
      return { invited, skipped };
    });
  }

  /**
   * News for parents (an evening open for booking): emailed to each contact who can sign in, with
   * how to; a contact without a login yet gets an invitation carrying the same news. In the
   * caller's transaction. Contacts without an email address are counted, not told; without an
   * admin behind the news (`by` null: a scheduled reminder) nobody is invited.
   */
  async tellContacts(by: Principal | null, contactIds: string[], newsIn: NewsIn): Promise<{ told: number; invited: number; withoutEmail: number; toldIds: string[] }> {
    if (contactIds.length === 0) return { told: 0, invited: 0, withoutEmail: 0, toldIds: [] };
    const schoolId = RequestContext.schoolId()!;
    const [school, sender, languages] = await Promise.all([this.schools.describe(schoolId), this.schools.senderOf(schoolId), this.languages.ofPeople(schoolId, contactIds)]);
    const [contacts, logins] = await Promise.all([this.em.find(Contact, { id: { $in: contactIds } }), this.users.loginStatusOfPeople(contactIds)]);
    const counts = { told: 0, invited: 0, withoutEmail: 0, toldIds: [] as string[] };
    for (const contact of contacts) {
      if (!contact.email) {
        counts.withoutEmail += 1;
        continue;
      }
      const login = logins.get(contact.id);
      if (login === 'disabled') continue;
      const language = languages.get(contact.id)!;
      const t = mailWords(language);
      const news = newsIn(language);
      if (login) {
        this.mail.queue(
          {
            sender,
            to: contact.email,
            subject: news.subject,
            text: `${t('greeting', { name: fullName(contact) })}\n\n${news.text}\n\n${t('signIn', { url: `${this.config.publicBaseUrl}/sign-in`, slug: school!.slug })}\n`,
          },
          contact.schoolId,
        );
        counts.told += 1;
        counts.toldIds.push(contact.id);
      } else if (by) {
        await this.issue(this.em, by, 'contact', contact, school!, news, language);
        counts.invited += 1;
      }
    }
    return counts;
  }

  /** Replaces any open invitation of this person with a fresh token and emails it (with news, when there is some, as its subject and first paragraph). */
  private async issue(
    em: EntityManager,
    principal: Principal,
    kind: InvitedKind,
    person: Contact | Teacher,
    school: { name: string; slug: string },
    news?: { subject: string; text: string },
    chosen?: MailLanguage,
  ): Promise<void> {
    const language = chosen ?? (await this.languages.ofSchool(person.schoolId));
    const t = mailWords(language);
    const token = newSecretToken();
    const now = this.clock.now();
    await em.nativeDelete(Invitation, { personId: person.id });
    em.persist(
      em.create(Invitation, {
        schoolId: person.schoolId,
        personKind: kind,
        personId: person.id,
        tokenHash: digestOfSecretToken(token),
        expiresAt: new Date(now.getTime() + this.config.directory.invitationTtlHours * 3_600_000),
        invitedBy: principal.userId,
        createdAt: now,
      }),
    );
    const link = `${this.config.publicBaseUrl}/invite/${token}`;
    const days = Math.round(this.config.directory.invitationTtlHours / 24);
    this.mail.queue(
      {
        sender: await this.schools.senderOf(person.schoolId),
        to: person.email!,
        subject: news ? t('invitation.subjectWithNews', { subject: news.subject }) : t('invitation.subject', { school: school.name }),
        text:
          `${t('greeting', { name: fullName(person) })}\n\n` +
          (news ? `${news.text}\n\n` : '') +
          `${t('invitation.create', { school: school.name, count: days })}\n\n${link}\n\n` +
          `${t('invitation.slug', { slug: school.slug })}\n\n` +
          `${t('invitation.ignore')}\n`,
      },
      person.schoolId,
    );
  }

  /** What the invitation page shows: the school and the person invited. Unknown, used or expired → 404 DIRECTORY.INVITATION_INVALID. */
  async preview(token: string): Promise<{ school: { name: string; slug: string }; person: { firstName: string; lastName: string }; role: 'parent' | 'teacher'; expiresAt: string }> {
    const invitation = await this.em.findOne(Invitation, { tokenHash: digestOfSecretToken(token) }, { filters: acrossSchools('an invitation names its school only through its token') });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= this.clock.now()) throw DirectoryErrors.invitationInvalid();
    return runForSchool(invitation.schoolId, async () => {
      const entity = invitation.personKind === 'contact' ? Contact : Teacher;
      const person = await this.em.findOne(entity as typeof Contact, { id: invitation.personId });
      const school = await this.schools.describe(invitation.schoolId);
      if (!person || !school) throw DirectoryErrors.invitationInvalid();
      return {
        school: { name: school.name, slug: school.slug },
        person: { firstName: person.firstName, lastName: person.lastName },
        role: invitation.personKind === 'contact' ? 'parent' : 'teacher',
        expiresAt: invitation.expiresAt.toISOString(),
      };
    });
  }

  /**
   * Creates the login for the invited person. The token works once and only until it expires;
   * every failure gives the same answer, so a guessed token learns nothing.
   */
  async accept(dto: AcceptInvitationDto): Promise<{ userId: string; screenName: string; role: string; school: string }> {
    const invitation = await this.em.findOne(Invitation, { tokenHash: digestOfSecretToken(dto.token) }, { filters: acrossSchools('an invitation names its school only through its token') });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= this.clock.now()) throw DirectoryErrors.invitationInvalid();
    return runForSchool(invitation.schoolId, () =>
      this.em.transactional(async (em) => {
        // Claim the invitation first: of two simultaneous accepts, only one gets the row.
        const claimed = await em.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: this.clock.now() });
        if (claimed !== 1) throw DirectoryErrors.invitationInvalid();
        const entity = invitation.personKind === 'contact' ? Contact : Teacher;
        if (!(await em.count(entity as typeof Contact, { id: invitation.personId }))) throw DirectoryErrors.invitationInvalid();
        if ((await this.users.personIdsWithAccounts([invitation.personId])).size > 0) throw DirectoryErrors.alreadyHasAccount();
        const role = invitation.personKind === 'contact' ? 'parent' : 'teacher';
        const user = await this.users.createInSchool(invitation.schoolId, role, dto.screenName, dto.password, invitation.personId);
        const school = (await this.schools.describe(invitation.schoolId))!;
        return { userId: user.id, screenName: user.screenName, role, school: school.slug };
      }),
    );
  }
}
