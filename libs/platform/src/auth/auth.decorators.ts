import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Role } from '../context/request-context.js';

export const IS_PUBLIC = 'ptc:isPublic';
export const REQUIRED_ROLES = 'ptc:roles';
export const ALLOW_INACTIVE_LICENCE = 'ptc:allowInactiveLicence';

/** The route needs no login (health, login, public lists). Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route stays open to a school whose licence is terminated (reading the licence status). */
export const AllowInactiveLicence = () => SetMetadata(ALLOW_INACTIVE_LICENCE, true);

/** Only these roles may call the route; others get 403 AUTH.FORBIDDEN_ROLE. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ user: Principal }>().user;
});
