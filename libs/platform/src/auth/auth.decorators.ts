import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiScope, Principal, Role } from '../context/request-context.js';

export const IS_PUBLIC = 'ptc:isPublic';
export const REQUIRED_ROLES = 'ptc:roles';
export const OPEN_TO_SCOPES = 'ptc:scopes';
export const ALLOW_INACTIVE_LICENCE = 'ptc:allowInactiveLicence';

/** The route needs no login (health, login, public lists). Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route stays open to a school whose licence is terminated (reading the licence status). */
export const AllowInactiveLicence = () => SetMetadata(ALLOW_INACTIVE_LICENCE, true);

/** Only these roles may call the route; others get 403 AUTH.FORBIDDEN_ROLE. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * A third party's API credential holding any of these scopes may call the route too (read routes
 * only); a credential without one gets 403 AUTH.FORBIDDEN_SCOPE, and routes without this decorator
 * are closed to third parties (403 AUTH.FORBIDDEN_ROLE).
 */
export const Scopes = (...scopes: ApiScope[]) => SetMetadata(OPEN_TO_SCOPES, scopes);

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ user: Principal }>().user;
});
