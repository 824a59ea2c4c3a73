import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, digestOfSecretToken, JobRunner, newSecretToken, runForSchool, ThrottleService, type AppConfig } from '@ptc/platform';
import { PasswordService } from '../password.service.js';
import { School } from '../school.entity.js';
import { normaliseScreenName } from '../screen-name.js';
import { TenancyErrors } from '../tenancy.errors.js';
import { User } from '../user.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { SignInProviderQueries } from '../single-sign-on/sign-in-provider.queries.js';

/** How long an emailed reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;


/** A login that may be sent a reset link: active, of a school, and linked to a directory record (which has the email). */
export interface ResettableLogin {
  userId: string;
  schoolId: string;
  personId: string;
  screenName: string;
}

/**
 * Forgotten passwords: a single-use link, valid 30 minutes, that sets a new password and revokes
 * every token and every earlier link of that login. Who gets the email is the directory's
 * business (it holds the addresses); this service holds the links and the passwords.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly em: EntityManager,
    private readonly passwords: PasswordService,
    private readonly throttle: ThrottleService,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
    private readonly signInProviders: SignInProviderQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The current school's active logins named by screen name, or belonging to these directory records (people with the email given). */
  async resettableLogins(screenName: string, personIds: string[]): Promise<ResettableLogin[]> {
    const users = await this.em.find(User, { status: 'active', personId: { $ne: null }, $or: [{ screenName: normaliseScreenName(screenName) }, { personId: { $in: personIds } }] });
    // Staff of a school that signs them in only with its identity provider get no link: a password would not sign them in.
    const staffOnlyProvider = users.some(isStaff) && (await this.signInProviders.staffOnlyProvider());
    return users.filter((u) => !staffOnlyProvider || !isStaff(u)).map((u) => ({ userId: u.id, schoolId: u.schoolId!, personId: u.personId!, screenName: u.screenName }));
  }

  /** One login of the current school, for an admin's or operator's reset; null when it cannot be sent one (no directory record). */
  async resettableLogin(userId: string): Promise<ResettableLogin | null> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw TenancyErrors.userNotFound();
    if (user.status !== 'active') throw TenancyErrors.userDisabled();
    return user.personId ? { userId: user.id, schoolId: user.schoolId!, personId: user.personId, screenName: user.screenName } : null;
  }

  /** A fresh link for this login, replacing any earlier one; joins the caller's transaction. */
  async issue(login: Pick<ResettableLogin, 'userId' | 'schoolId'>, ttlMinutes = PASSWORD_RESET_TTL_MINUTES): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecretToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
    await runForSchool(login.schoolId, async () => {
      await this.em.nativeDelete(PasswordReset, { userId: login.userId });
      this.em.create(PasswordReset, { schoolId: login.schoolId, userId: login.userId, tokenHash: digestOfSecretToken(token), expiresAt, createdAt: now });
      await this.em.flush();
    });
    return { token, expiresAt };
  }

  /** What the reset page shows before the new password is typed; an unknown, used or expired link is 404 AUTH.RESET_LINK_INVALID. */
  async inspect(token: string): Promise<{ school: { name: string; slug: string }; screenName: string; expiresAt: string }> {
    const { reset, user } = await this.live(token);
    const school = await this.em.findOneOrFail(School, { id: reset.schoolId });
    return { school: { name: school.name, slug: school.slug }, screenName: user.screenName, expiresAt: reset.expiresAt.toISOString() };
  }

  /**
   * Sets the new password (policy as everywhere), revokes every token of the login and ends all
   * its reset links. Failures count against the client address like failed logins.
   */
  async confirm(token: string, newPassword: string, clientIp: string | null): Promise<{ school: string; screenName: string }> {
    const limits = this.config.loginThrottle;
    const ipKey = ThrottleService.key('password-reset-ip', clientIp ?? 'unknown');
    const address = await this.throttle.peek(ipKey);
    if (address.hits >= limits.maxFailuresPerIp) {
      throw TenancyErrors.tooManyAttempts(Math.max(1, Math.ceil((address.resetAt.getTime() - this.clock.now().getTime()) / 1000)));
    }
    let found: Awaited<ReturnType<PasswordResetService['live']>>;
    try {
      found = await this.live(token);
    } catch (error) {
      await this.throttle.hit(ipKey, limits.windowSeconds);
      throw error;
    }
    const { reset, user } = found;
    await this.passwords.assertAcceptable(newPassword, user);
    const passwordHash = await this.passwords.hash(newPassword);
    return runForSchool(reset.schoolId, () =>
      this.em.transactional(async (em) => {
        // Of two simultaneous uses of one link, only the one that deletes it sets the password.
        if ((await em.nativeDelete(PasswordReset, { id: reset.id })) !== 1) throw TenancyErrors.resetLinkInvalid();
        await em.nativeDelete(PasswordReset, { userId: user.id });
        await em.nativeUpdate(User, { id: user.id }, { passwordHash, passwordChangedAt: this.clock.now(), tokenVersion: user.tokenVersion + 1 });
        const school = await em.findOneOrFail(School, { id: reset.schoolId });
        return { school: school.slug, screenName: user.screenName };
      }),
    );
  }

  /** A password set by other means (changed by its owner) ends the login's reset links too. */
  async endLinksOf(userId: string): Promise<void> {
    await this.em.nativeDelete(PasswordReset, { userId });
  }

  @Cron('0 40 3 * * *', { name: 'password-reset-sweep', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('password-reset-sweep', 'daily', () => this.sweepExpired());
  }

  /** Daily: links past their 30 minutes are deleted (they open nothing any more). */
  async sweepExpired(): Promise<Record<string, number>> {
    const deleted = await this.em.nativeDelete(PasswordReset, { expiresAt: { $lt: this.clock.now() } }, { filters: acrossSchools('the daily sweep of expired reset links in every school') });
    return { deleted };
  }

  private async live(token: string): Promise<{ reset: PasswordReset; user: User }> {
    const reset = await this.em.findOne(PasswordReset, { tokenHash: digestOfSecretToken(token) }, { filters: acrossSchools('a reset link names its school only through its token') });
    if (!reset || reset.expiresAt <= this.clock.now()) throw TenancyErrors.resetLinkInvalid();
    const user = await this.em.findOne(User, { id: reset.userId }, { filters: acrossSchools('the login of a reset link, before its school is in scope') });
    if (!user || user.status !== 'active') throw TenancyErrors.resetLinkInvalid();
    const school = await this.em.findOne(School, { id: reset.schoolId });
    if (!school || school.status !== 'active') throw TenancyErrors.resetLinkInvalid();
    return { reset, user };
  }
}

const isStaff = (user: User) => user.role === 'teacher' || user.role === 'school_admin';
