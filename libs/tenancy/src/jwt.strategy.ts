import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, runAcrossSchools, runForSchool, TokenRevokedError, type AppConfig, type Principal } from '@ptc/platform';
import { UserQueries } from './user.queries.js';
import type { AccessTokenClaims } from './auth.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies the bearer token (HS256 only: `alg: none` and algorithm confusion are refused), then
 * checks on every request that the user is still active at the token's version and the school
 * still active, so disabling a user or changing a password revokes tokens at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly users: UserQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A ready key object: given a string, jsonwebtoken first tries to parse it as a public key, on every request.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.secret)) as unknown as string,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims & { iat?: unknown; exp?: unknown }): Promise<Principal> {
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.ver !== 'number') throw new TokenRevokedError();
    // jsonwebtoken checks `exp` only when there is one: a token must carry it, within PTC's own lifetime.
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number' || claims.exp - claims.iat > this.config.jwt.ttlSeconds) throw new TokenRevokedError();
    // In the school the token names: row-level security then shows only that school's logins.
    const user =
      typeof claims.school === 'string' && UUID.test(claims.school)
        ? await runForSchool(claims.school, () => this.users.tokenHolder(claims.sub))
        : await runAcrossSchools('the token check of an operator, who belongs to no school', () => this.users.tokenHolder(claims.sub));
    const stillValid =
      user &&
      user.status === 'active' &&
      user.token_version === claims.ver &&
      user.school_id === claims.school &&
      user.role === claims.role &&
      (user.school_id === null || user.school_status === 'active');
    if (!stillValid) throw new TokenRevokedError();
    return { userId: user.id, schoolId: user.school_id, role: user.role, personId: user.person_id, licenceActive: user.licence_active ?? true, ...(user.timezone ? { schoolTimezone: user.timezone } : {}) };
  }
}
