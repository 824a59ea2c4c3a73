import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, MailService, RequestContext, runForSchool, type AppConfig, type Principal } from '@ptc/platform';
import { SchoolsService, UsersService } from '@ptc/tenancy';
import { DirectoryErrors } from '../directory.errors.js';
import type { AcceptInvitationDto, InviteDto } from '../dto/invitation.dto.js';
import { Contact, Teacher } from '../people/person.entities.js';
import { Invitation, type InvitedKind } from './invitation.entity.js';

export type SkipReason = 'not_found' | 'no_email' | 'has_account';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      const withAccounts = await this.users.personIdsWithAccounts(wanted.flatMap((w) => w.people.map((p) => p.id)));
      let invited = 0;
      for (const { kind, people } of wanted) {
        for (const person of people) {
          if (withAccounts.has(person.id)) {
            if (!dto.everyoneWithoutAccount?.includes(kind)) skipped.push({ personId: person.id, reason: 'has_account' });
            continue;
          }
          if (!person.email) {
            skipped.push({ personId: person.id, reason: 'no_email' });
            continue;
          }
          await this.issue(em, principal, kind, person, school.name);
          invited += 1;
        }
      }
      return { invited, skipped };
    });
  }

  /** Replaces any open invitation of this person with a fresh token and emails it. */
  private async issue(em: EntityManager, principal: Principal, kind: InvitedKind, person: Contact | Teacher, schoolName: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await em.nativeDelete(Invitation, { personId: person.id });
    em.persist(
      em.create(Invitation, {
        schoolId: person.schoolId,
        personKind: kind,
        personId: person.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + this.config.directory.invitationTtlHours * 3_600_000),
        invitedBy: principal.userId,
        createdAt: now,
      }),
    );
    const link = `${this.config.publicBaseUrl}/invitations/accept?token=${token}`;
    const days = Math.round(this.config.directory.invitationTtlHours / 24);
    this.mail.queue(
      {
        to: person.email!,
        subject: `${schoolName}: your invitation to PTC`,
        text:
          `Dear ${[person.title, person.firstName, person.lastName].filter(Boolean).join(' ')},\n\n` +
          `${schoolName} uses PTC to arrange parents' evenings. Create your account with this link ` +
          `(it works once, for ${days} day${days === 1 ? '' : 's'}):\n\n${link}\n\n` +
          `If you did not expect this email, you can ignore it.\n`,
      },
      person.schoolId,
    );
  }

  /**
   * Creates the login for the invited person. The token works once and only until it expires;
   * every failure gives the same answer, so a guessed token learns nothing.
   */
  async accept(dto: AcceptInvitationDto): Promise<{ userId: string; screenName: string; role: string; school: string }> {
    const invitation = await this.em.findOne(Invitation, { tokenHash: hashToken(dto.token) }, { filters: { tenant: false } });
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
