import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Cron } from '@nestjs/schedule';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, APP_CONFIG, Clock, digestOfSecretToken, EnvelopeCipher, JobRunner, newSecretToken, RequestContext, runForSchool, type AppConfig, type Principal } from '@ptc/platform';
import { AuthService } from '../auth.service.js';
import type { AccessTokenView } from '../dto/auth.dto.js';
import { DirectoryPeople } from '../directory-people.port.js';
import { School } from '../school.entity.js';
import { SchoolsService } from '../schools.service.js';
import { TenancyErrors } from '../tenancy.errors.js';
import { User } from '../user.entity.js';
import { OpenIdProviders, ProviderResponseRejected, ProviderUnreachable, type ProviderSettings } from './openid-providers.js';
import type { SchoolSignInView, SignInProviderDto, SignInProviderSettingsView, SignInProviderView } from './single-sign-on.dto.js';
import { SignInAttempt, SignInProvider } from './single-sign-on.entities.js';
import { chooseLogin, emailDomainAllowed, issuerProblem, lockOutProblem, normaliseDomains, safeReturnPath } from './single-sign-on.rules.js';

const ATTEMPT_MINUTES = 10;

/**
 * Signing in with the school's OpenID Connect provider (issue 21): the school's admins set it up;
 * a person starts at PTC, signs in at the provider and comes back with a code, which PTC trades
 * for an ID token; the provider's verified email names their login in the school's directory.
 */
@Injectable()
export class SingleSignOnService {
  constructor(
    private readonly em: EntityManager,
    private readonly providers: OpenIdProviders,
    private readonly auth: AuthService,
    private readonly schools: SchoolsService,
    private readonly cipher: EnvelopeCipher,
    private readonly jobs: JobRunner,
    private readonly modules: ModuleRef,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where the provider sends the browser back: a page of the web app, which hands the answer to {@link finish}. */
  redirectUri(slug: string): string {
    return `${this.config.publicBaseUrl}/sign-in/sso/${encodeURIComponent(slug)}`;
  }

  async settings(): Promise<SignInProviderSettingsView> {
    const school = await this.em.findOneOrFail(School, { id: RequestContext.schoolId()! });
    const provider = await this.em.findOne(SignInProvider, { schoolId: school.id });
    return { redirectUri: this.redirectUri(school.slug), provider: provider ? toView(provider) : null };
  }

  /** Sets up (or changes) the provider; its discovery document must be readable, so a typo fails here rather than at sign-in. */
  async configure(principal: Principal, dto: SignInProviderDto): Promise<SignInProviderSettingsView> {
    const issuer = dto.issuer.trim().replace(/\/+$/, '');
    const problem = issuerProblem(issuer, this.config.nodeEnv === 'production');
    if (problem) throw TenancyErrors.ssoIssuerInvalid(problem);
    const { domains, invalid } = normaliseDomains(dto.allowedEmailDomains);
    if (invalid.length) throw TenancyErrors.ssoEmailDomainInvalid(invalid);
    const roles = [...new Set(dto.roles)].sort();
    const ownEmail = dto.staffPasswordSignIn ? null : await this.emailOfLogin(principal.userId);
    const lockOut = lockOutProblem({ roles, staffPasswordSignIn: dto.staffPasswordSignIn, allowedEmailDomains: domains, ownEmail });
    if (lockOut) throw TenancyErrors.ssoAdminsLockedOut(lockOut);

    const existing = await this.em.findOne(SignInProvider, { schoolId: RequestContext.schoolId()! }, { populate: ['clientSecret'] });
    const clientSecret = dto.clientSecret ?? (existing ? this.cipher.decrypt(existing.clientSecret).toString('utf8') : undefined);
    if (!clientSecret) throw TenancyErrors.ssoClientSecretRequired();
    const clientId = dto.clientId.trim();
    try {
      await this.providers.discover({ issuer, clientId, clientSecret });
    } catch (error) {
      if (error instanceof ProviderUnreachable) throw TenancyErrors.ssoIssuerUnreadable();
      throw error;
    }
    const values = {
      schoolId: RequestContext.schoolId()!,
      displayName: dto.displayName.trim(),
      issuer,
      clientId,
      clientSecret: this.cipher.encrypt(Buffer.from(clientSecret, 'utf8')),
      allowedEmailDomains: domains,
      roles,
      staffPasswordSignIn: dto.staffPasswordSignIn,
      updatedAt: this.clock.now(),
      updatedBy: principal.userId,
    };
    if (existing) Object.assign(existing, values);
    else this.em.create(SignInProvider, values);
    await this.em.flush();
    return this.settings();
  }

  /** Everyone signs in with a password again; sign-ins under way fail. */
  async remove(): Promise<void> {
    const schoolId = RequestContext.schoolId()!;
    await this.em.transactional(async (em) => {
      await em.nativeDelete(SignInAttempt, { schoolId });
      await em.nativeDelete(SignInProvider, { schoolId });
    });
  }

  /** What the sign-in page shows for a school (public: the school is named by its sign-in name). */
  async describe(slug: string): Promise<SchoolSignInView> {
    const school = await this.schools.findActiveBySlug(slug);
    const provider = school ? await runForSchool(school.id, () => this.em.findOne(SignInProvider, { schoolId: school.id })) : null;
    if (!provider) return { providerName: null, providerRoles: [], staffPasswordSignIn: true };
    return { providerName: provider.displayName, providerRoles: provider.roles, staffPasswordSignIn: provider.staffPasswordSignIn };
  }

  async start(slug: string, next: string | undefined): Promise<{ authorizationUrl: string }> {
    const school = await this.schools.findActiveBySlug(slug);
    if (!school) throw TenancyErrors.ssoNotConfigured();
    return runForSchool(school.id, async () => {
      const provider = await this.provider();
      const state = newSecretToken();
      const attempt = this.em.create(SignInAttempt, {
        schoolId: school.id,
        stateHash: digestOfSecretToken(state),
        nonce: newSecretToken(),
        codeVerifier: newSecretToken(),
        next: safeReturnPath(next),
        expiresAt: new Date(this.clock.now().getTime() + ATTEMPT_MINUTES * 60_000),
      });
      const authorizationUrl = await this.unlessUnreachable(() =>
        this.providers.authorizationUrl(provider.settings, { redirectUri: this.redirectUri(school.slug), state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier }),
      );
      await this.em.flush();
      return { authorizationUrl };
    });
  }

  /**
   * The browser is back from the provider. The attempt is used up whatever happens next; the code
   * is traded, the ID token checked; the verified email must be one of the school's allowed
   * domains and belong to exactly the directory record of an active login whose role may use the provider.
   */
  async finish(
    slug: string,
    response: { code?: string; state: string; iss?: string; error?: string },
  ): Promise<{ token: AccessTokenView; principal: Principal; next: string | null }> {
    const school = await this.schools.findActiveBySlug(slug);
    if (!school) throw TenancyErrors.ssoAttemptUnknown();
    return runForSchool(school.id, async () => {
      const attempt = await this.useAttempt(response.state);
      if (response.error) throw TenancyErrors.ssoProviderRefused();
      if (!response.code) throw TenancyErrors.ssoResponseRejected();
      const provider = await this.provider();
      const parameters: Record<string, string> = { code: response.code, state: response.state, ...(response.iss ? { iss: response.iss } : {}) };
      const identity = await this.unlessUnreachable(() =>
        this.providers.identify(provider.settings, {
          redirectUri: this.redirectUri(school.slug),
          parameters,
          expectedState: response.state,
          expectedNonce: attempt.nonce,
          codeVerifier: attempt.codeVerifier,
        }),
      );
      if (!identity.email || !identity.emailVerified) throw TenancyErrors.ssoEmailNotVerified();
      if (!emailDomainAllowed(identity.email, provider.allowedEmailDomains)) throw TenancyErrors.ssoEmailDomainNotAllowed();
      const people = await this.modules.get(DirectoryPeople, { strict: false }).withEmail(identity.email);
      const logins = people.length ? await this.em.find(User, { personId: { $in: people.map((p) => p.id) } }) : [];
      const chosen = chooseLogin(logins, provider.roles);
      if (chosen.outcome === 'disabled') throw TenancyErrors.ssoLoginDisabled();
      if (chosen.outcome === 'no-login') throw TenancyErrors.ssoNoLogin();
      return { ...(await this.auth.signedIn(chosen.login)), next: attempt.next };
    });
  }

  @Cron('0 45 3 * * *', { name: 'sign-in-attempt-sweep', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.scheduled('sign-in-attempt-sweep', 'daily', () => this.sweepExpired());
  }

  /** Daily: sign-ins started and never finished are deleted after their ten minutes. */
  async sweepExpired(): Promise<Record<string, number>> {
    const deleted = await this.em.nativeDelete(SignInAttempt, { expiresAt: { $lt: this.clock.now() } }, { filters: acrossSchools('the daily sweep of abandoned sign-ins in every school') });
    return { deleted };
  }

  private async emailOfLogin(userId: string): Promise<string | null> {
    const login = await this.em.findOne(User, { id: userId }, { fields: ['personId'] });
    return login?.personId ? this.modules.get(DirectoryPeople, { strict: false }).emailOf(login.personId) : null;
  }

  private async provider(): Promise<{ settings: ProviderSettings; roles: SignInProvider['roles']; allowedEmailDomains: string[] }> {
    const provider = await this.em.findOne(SignInProvider, { schoolId: RequestContext.schoolId()! }, { populate: ['clientSecret'] });
    if (!provider) throw TenancyErrors.ssoNotConfigured();
    return {
      settings: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: this.cipher.decrypt(provider.clientSecret).toString('utf8') },
      roles: provider.roles,
      allowedEmailDomains: provider.allowedEmailDomains,
    };
  }

  /** Each attempt is used once, within its ten minutes, and only in its own school. */
  private async useAttempt(state: string): Promise<SignInAttempt> {
    const attempt = await this.em.findOne(SignInAttempt, { stateHash: digestOfSecretToken(state) });
    if (!attempt || (await this.em.nativeDelete(SignInAttempt, { id: attempt.id })) !== 1) throw TenancyErrors.ssoAttemptUnknown();
    if (attempt.expiresAt <= this.clock.now()) throw TenancyErrors.ssoAttemptUnknown();
    return attempt;
  }

  private async unlessUnreachable<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ProviderUnreachable) throw TenancyErrors.ssoProviderUnavailable();
      if (error instanceof ProviderResponseRejected) throw TenancyErrors.ssoResponseRejected();
      throw error;
    }
  }
}

function toView(provider: SignInProvider): SignInProviderView {
  return {
    displayName: provider.displayName,
    issuer: provider.issuer,
    clientId: provider.clientId,
    allowedEmailDomains: provider.allowedEmailDomains,
    roles: provider.roles,
    staffPasswordSignIn: provider.staffPasswordSignIn,
    updatedAt: provider.updatedAt.toISOString(),
  };
}
