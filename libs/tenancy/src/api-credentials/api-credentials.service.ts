import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  API_CREDENTIAL_PREFIX,
  ApiCredentialVerifier,
  Clock,
  digestOfSecretToken,
  DomainError,
  Invalid,
  newSecretToken,
  NotFound,
  RequestContext,
  runAcrossSchools,
  runForSchool,
  Unauthenticated,
  type Principal,
} from '@ptc/platform';
import { ApiCredential } from './api-credential.entity.js';
import { ApiCredentialQueries } from './api-credential.queries.js';
import { addressAllowed, expiryProblem, parseRange } from './api-credential-rules.js';
import type { ApiCredentialCreatedView, ApiCredentialView, CreateApiCredentialDto, ThirdPartyView } from './api-credential.dto.js';

const UUID_LENGTH = 36;

/**
 * Third parties a school authorises to read some of its data through the API: created, listed and
 * revoked by the school's admins; every request with one is checked here (known, not revoked or
 * expired, from an allowed address, the school active) and acts within its school and scopes.
 */
@Injectable()
export class ApiCredentialsService extends ApiCredentialVerifier {
  private readonly logger = new Logger('ApiCredentials');

  constructor(
    private readonly em: EntityManager,
    private readonly queries: ApiCredentialQueries,
    private readonly clock: Clock,
  ) {
    super();
  }

  async create(principal: Principal, dto: CreateApiCredentialDto): Promise<ApiCredentialCreatedView> {
    const now = this.clock.now();
    const expiresAt = new Date(dto.expiresAt);
    const problem = expiryProblem(expiresAt, now);
    if (problem) throw Invalid('API_CREDENTIAL.EXPIRY', problem);
    const ranges = dto.allowedRanges ?? [];
    const badRange = ranges.find((range) => !parseRange(range));
    if (badRange !== undefined) throw Invalid('API_CREDENTIAL.RANGE', `Not an address or CIDR range: ${badRange}`);
    const secret = newSecretToken();
    const credential = this.em.create(ApiCredential, {
      id: randomUUID(),
      schoolId: RequestContext.schoolId()!,
      name: dto.name.trim(),
      purpose: dto.purpose.trim(),
      scopes: [...new Set(dto.scopes)].sort(),
      allowedRanges: ranges.map((range) => range.trim()),
      expiresAt,
      secretHash: digestOfSecretToken(secret),
      createdBy: principal.userId,
      createdAt: now,
    });
    await this.em.persist(credential).flush();
    this.logger.log({ msg: 'API credential created', credentialId: credential.id });
    return { ...this.view(credential), secret: `${API_CREDENTIAL_PREFIX}${credential.id}_${secret}` };
  }

  async list(): Promise<ApiCredentialView[]> {
    const credentials = await this.em.find(ApiCredential, {}, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return credentials.map((c) => this.view(c));
  }

  /** Immediate: the next request with it is refused. Revoking twice changes nothing. */
  async revoke(principal: Principal, id: string): Promise<ApiCredentialView> {
    const credential = await this.em.findOne(ApiCredential, { id });
    if (!credential) throw NotFound('API_CREDENTIAL.NOT_FOUND', 'No such API credential');
    if (!credential.revokedAt) {
      credential.revokedAt = this.clock.now();
      credential.revokedBy = principal.userId;
      await this.em.flush();
      this.logger.log({ msg: 'API credential revoked', credentialId: credential.id });
    }
    return this.view(credential);
  }

  /** The third parties that may read the school's data now (for its privacy pages and processing records). */
  async activeThirdParties(schoolId: string): Promise<ThirdPartyView[]> {
    const now = this.clock.now();
    const credentials = await runForSchool(schoolId, () =>
      this.em.fork().find(ApiCredential, { revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { name: 'asc', createdAt: 'asc' } }),
    );
    return credentials.map((c) => ({ name: c.name, purpose: c.purpose, scopes: c.scopes, since: c.createdAt.toISOString(), until: c.expiresAt.toISOString() }));
  }

  async verify(token: string, clientIp: string | null): Promise<Principal> {
    const id = token.slice(API_CREDENTIAL_PREFIX.length, API_CREDENTIAL_PREFIX.length + UUID_LENGTH);
    const secret = token.slice(API_CREDENTIAL_PREFIX.length + UUID_LENGTH + 1);
    const invalid = () => Unauthenticated('AUTH.TOKEN_INVALID', 'The access token is invalid');
    if (token[API_CREDENTIAL_PREFIX.length + UUID_LENGTH] !== '_' || !/^[0-9a-f-]{36}$/.test(id) || !secret) throw invalid();
    const holder = await runAcrossSchools('a third party’s key names its school only through its id', () => this.queries.holder(id));
    const given = Buffer.from(digestOfSecretToken(secret));
    if (!holder || !timingSafeEqual(given, Buffer.from(holder.secret_hash))) throw invalid();
    const now = this.clock.now();
    if (holder.revoked_at || holder.school_status !== 'active') throw Unauthenticated('AUTH.TOKEN_REVOKED', 'This API credential has been revoked');
    if (holder.expires_at <= now) throw Unauthenticated('AUTH.TOKEN_EXPIRED', 'This API credential has expired');
    if (!addressAllowed(holder.allowed_ranges, clientIp)) {
      throw new DomainError('forbidden', 'AUTH.ADDRESS_NOT_ALLOWED', 'This API credential may not be used from this address');
    }
    await runForSchool(holder.school_id, () => this.queries.noteUse(holder.id, holder.school_id, now));
    return {
      userId: holder.id,
      schoolId: holder.school_id,
      role: 'third_party',
      personId: null,
      licenceActive: holder.licence_active,
      schoolTimezone: holder.timezone,
      credential: { id: holder.id, name: holder.name, scopes: holder.scopes },
    };
  }

  private view(c: ApiCredential): ApiCredentialView {
    const now = this.clock.now();
    return {
      id: c.id,
      name: c.name,
      purpose: c.purpose,
      scopes: c.scopes,
      allowedRanges: c.allowedRanges,
      expiresAt: c.expiresAt.toISOString(),
      createdAt: c.createdAt.toISOString(),
      lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      status: c.revokedAt ? 'revoked' : c.expiresAt <= now ? 'expired' : 'active',
    };
  }
}
