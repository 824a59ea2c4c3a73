import { ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { markRequestAcrossSchools, RequestContext, type ApiScope, type Principal, type Role } from '../context/request-context.js';
import { normaliseIp } from '../usage/usage-recorder.service.js';
import { API_CREDENTIAL_PREFIX, ApiCredentialVerifier } from './api-credential-verifier.js';
import { DomainError } from '../errors/domain-error.js';
import { PlatformErrorCodes } from '../errors/error-codes.js';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-outage.js';
import { ALLOW_INACTIVE_LICENCE, IS_PUBLIC, OPEN_TO_SCOPES, REQUIRED_ROLES } from './auth.decorators.js';

/** Thrown by a passport strategy's validate() when a well-formed token no longer stands (revoked, disabled). */
export class TokenRevokedError extends Error {}

/**
 * Global guard: every route is authenticated unless marked @Public(); @Roles() narrows it.
 * On success the caller and their school go into the request context that services and the
 * ORM's tenant filter read.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    @Optional() private readonly credentials?: ApiCredentialVerifier,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      markRequestAcrossSchools('a public route: the school comes from what the request names (a sign-in name, a signed link, a token)');
      return true;
    }

    const request = context.switchToHttp().getRequest<{ user: Principal; headers: Record<string, string | undefined>; ip?: string }>();
    const bearer = request.headers.authorization?.startsWith(`Bearer ${API_CREDENTIAL_PREFIX}`) ? request.headers.authorization.slice(7) : null;
    if (bearer && this.credentials) {
      request.user = await this.verifyCredential(bearer, request.ip);
    } else {
      await (super.canActivate(context) as Promise<boolean>);
    }
    const principal = request.user;
    const store = RequestContext.current();
    if (store) {
      store.principal = principal;
      store.schoolId = principal.schoolId ?? undefined;
    }
    if (principal.role === 'operator') markRequestAcrossSchools('an operator’s request: the vendor’s staff work across schools');

    if (principal.role === 'third_party') {
      const scopes = this.reflector.getAllAndOverride<ApiScope[] | undefined>(OPEN_TO_SCOPES, targets);
      if (!scopes) throw new DomainError('forbidden', PlatformErrorCodes.forbiddenRole, 'API credentials may not use this route');
      if (!scopes.some((scope) => principal.credential?.scopes.includes(scope))) {
        throw new DomainError('forbidden', 'AUTH.FORBIDDEN_SCOPE', `This API credential needs one of these scopes: ${scopes.join(', ')}`, { scopes });
      }
    } else {
      const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
      if (roles && !roles.includes(principal.role)) {
        throw new DomainError('forbidden', PlatformErrorCodes.forbiddenRole, 'Your role may not use this route');
      }
    }
    // 402: the school must pay (or be reactivated) before its users may go on; nothing else is wrong.
    if (principal.licenceActive === false && !this.reflector.getAllAndOverride<boolean>(ALLOW_INACTIVE_LICENCE, targets)) {
      throw new DomainError('payment_required', 'LICENCE.INACTIVE', "Your school's PTC licence is not active; your school can renew it");
    }
    return true;
  }

  private async verifyCredential(token: string, ip: string | undefined): Promise<Principal> {
    try {
      return await this.credentials!.verify(token, normaliseIp(ip));
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw databaseUnavailable();
      throw error;
    }
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err instanceof DomainError) throw err;
    // The token could not be checked: that is not the token's fault (a 401 would sign every user out).
    if (isDatabaseUnavailable(err)) throw databaseUnavailable();
    if (user) return user;
    const reason = info as { name?: string; message?: string } | undefined;
    if (reason?.name === 'TokenExpiredError') {
      throw new DomainError('unauthenticated', 'AUTH.TOKEN_EXPIRED', 'The access token has expired');
    }
    if (err instanceof TokenRevokedError) {
      throw new DomainError('unauthenticated', 'AUTH.TOKEN_REVOKED', 'The access token is no longer valid');
    }
    if (reason?.message === 'No auth token') {
      throw new DomainError('unauthenticated', PlatformErrorCodes.unauthenticated, 'Log in first: send a bearer token');
    }
    throw new DomainError('unauthenticated', PlatformErrorCodes.tokenInvalid, 'The access token is invalid');
  }
}
