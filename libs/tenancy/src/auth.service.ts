import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, EventBus, runForSchool, ThrottleService, type AppConfig, type Principal } from '@ptc/platform';
import type { AccessTokenView, ChangePasswordDto, LoginDto, MeView } from './dto/auth.dto.js';
import { toUserView } from './dto/user.dto.js';
import { UserLoggedIn } from './events.js';
import { PasswordService } from './password.service.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';
import { School } from './school.entity.js';
import { SignInProviderQueries } from './single-sign-on/sign-in-provider.queries.js';
import { normaliseScreenName } from './screen-name.js';
import { TenancyErrors } from './tenancy.errors.js';
import { User } from './user.entity.js';

/** Claims PTC puts in an access token (besides exp, iat, aud, iss). */
export interface AccessTokenClaims {
  sub: string;
  school: string | null;
  role: Principal['role'];
  /** The user's token version at issue; a bump revokes every older token. */
  ver: number;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly throttle: ThrottleService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly resets: PasswordResetService,
    private readonly signInProviders: SignInProviderQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Unknown school, unknown user, disabled user and wrong password all answer the same, after the
   * same argon2 work. Failures count against the account and the client address in PostgreSQL.
   */
  async login(dto: LoginDto, clientIp: string | null): Promise<{ token: AccessTokenView; principal: Principal }> {
    const limits = this.config.loginThrottle;
    const screenName = normaliseScreenName(dto.screenName);
    // Keyed on the account as PTC resolves it (the school's sign-in name in any case names one school).
    const accountKey = ThrottleService.key('login-account', `${(dto.school ?? '').trim().toLowerCase()}\n${screenName}`);
    const ipKey = ThrottleService.key('login-ip', clientIp ?? 'unknown');
    // The attempt counts against the account before the password is checked, in one statement:
    // parallel guesses each see the others' counts. A successful sign-in clears it.
    const [account, address] = await Promise.all([this.throttle.hit(accountKey, limits.windowSeconds), this.throttle.peek(ipKey)]);
    const blockedUntil = [
      account.hits > limits.maxFailuresPerAccount ? account.resetAt : null,
      address.hits >= limits.maxFailuresPerIp ? address.resetAt : null,
    ].filter((d): d is Date => d !== null);
    if (blockedUntil.length > 0) {
      const until = Math.max(...blockedUntil.map((d) => d.getTime()));
      throw TenancyErrors.tooManyAttempts(Math.max(1, Math.ceil((until - this.clock.now().getTime()) / 1000)));
    }

    const user = await this.findLoginUser(dto.school, screenName);
    const passwordOk = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !passwordOk) {
      await this.throttle.hit(ipKey, limits.windowSeconds);
      throw TenancyErrors.invalidCredentials();
    }

    await this.throttle.reset(accountKey);
    await this.assertPasswordSignInAllowed(user);
    return this.signedIn(user);
  }

  /** What every way of signing in ends with: the login noted, the event published, a token. */
  async signedIn(user: User): Promise<{ token: AccessTokenView; principal: Principal }> {
    user.lastLoginAt = this.clock.now();
    await this.em.flush();
    await this.events.publish(new UserLoggedIn(user.schoolId, user.id));
    return { token: await this.issueToken(user), principal: { userId: user.id, schoolId: user.schoolId, role: user.role, personId: user.personId } };
  }

  /** A school that signs its staff in with its identity provider refuses their passwords (after they were checked: no one learns who is staff). */
  private async assertPasswordSignInAllowed(user: User): Promise<void> {
    if (!user.schoolId || (user.role !== 'teacher' && user.role !== 'school_admin')) return;
    const provider = await runForSchool(user.schoolId, () => this.signInProviders.staffOnlyProvider());
    if (provider) throw TenancyErrors.passwordSignInOff(provider);
  }

  private async findLoginUser(schoolSlug: string | undefined, screenName: string): Promise<User | null> {
    let schoolId: string | null = null;
    if (schoolSlug) {
      const school = await this.em.findOne(School, { slug: schoolSlug.toLowerCase() });
      if (!school || school.status !== 'active') return null;
      schoolId = school.id;
    }
    // Before login there is no tenant in scope: the school is named in the request itself.
    const user = await this.em.findOne(User, { schoolId, screenName }, { filters: acrossSchools('signing in: the school comes from its sign-in name, not a token') });
    if (!user || user.status !== 'active') return null;
    if ((schoolId === null) !== (user.role === 'operator')) return null;
    return user;
  }

  async issueToken(user: User): Promise<AccessTokenView> {
    const claims: AccessTokenClaims = { sub: user.id, school: user.schoolId, role: user.role, ver: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwt.ttlSeconds };
  }

  async me(principal: Principal): Promise<MeView> {
    const user = await this.em.findOneOrFail(User, { id: principal.userId }, { filters: acrossSchools('the caller’s own login (an operator has no school)') });
    const school = user.schoolId ? await this.em.findOne(School, { id: user.schoolId }) : null;
    return {
      ...toUserView(user),
      school: school ? { id: school.id, name: school.name, slug: school.slug, timezone: school.timezone } : null,
      language: user.language,
    };
  }

  /** The caller's language for pages and emails (null: their school's). */
  async chooseLanguage(principal: Principal, language: 'en' | 'es' | null): Promise<MeView> {
    await this.em.nativeUpdate(User, { id: principal.userId }, { language }, { filters: acrossSchools('the caller’s own login (an operator has no school)') });
    return this.me(principal);
  }

  /** Needs the current password; revokes every existing token and returns a fresh one. */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<AccessTokenView> {
    const user = await this.em.findOneOrFail(User, { id: principal.userId }, { filters: acrossSchools('the caller’s own login (an operator has no school)') });
    // Guesses of the current password count like sign-in failures, per account.
    const limits = this.config.loginThrottle;
    const guessKey = ThrottleService.key('password-change', user.id);
    const guesses = await this.throttle.hit(guessKey, limits.windowSeconds);
    if (guesses.hits > limits.maxFailuresPerAccount) {
      throw TenancyErrors.tooManyAttempts(Math.max(1, Math.ceil((guesses.resetAt.getTime() - this.clock.now().getTime()) / 1000)));
    }
    if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword))) throw TenancyErrors.currentPasswordWrong();
    await this.throttle.reset(guessKey);
    await this.passwords.assertAcceptable(dto.newPassword, user);
    const changed = { passwordHash: await this.passwords.hash(dto.newPassword), passwordChangedAt: this.clock.now(), tokenVersion: user.tokenVersion + 1 };
    // The new password also ends any reset link the user had asked for.
    await this.em.transactional(async (em) => {
      await em.nativeUpdate(User, { id: user.id }, changed, { filters: acrossSchools('the caller’s own login (an operator has no school)') });
      if (user.schoolId) await runForSchool(user.schoolId, () => this.resets.endLinksOf(user.id));
    });
    Object.assign(user, changed);
    return this.issueToken(user);
  }
}
