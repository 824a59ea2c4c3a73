import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig, RateLimitPolicy } from '../config/app-config.js';
import type { Principal } from '../context/request-context.js';
import { DomainError } from '../errors/domain-error.js';
import { Clock } from '../clock/clock.js';
import { normaliseIp } from '../usage/usage-recorder.service.js';
import { ThrottleService } from './throttle.service.js';

const RATE_LIMIT_POLICY = 'ptc:rateLimit';

/** The route counts against its kind's limit (RATE_LIMIT_* settings); over it, 429 with Retry-After. */
export const RateLimited = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT_POLICY, policy);

export const RATE_LIMITED_CODE = 'REQUEST.RATE_LIMITED';

interface LimitedRequest {
  ip?: string;
  params?: Record<string, string>;
  user?: Principal;
}

/** Whom a request counts against under a policy: a user, a feed, or an address. */
export function rateLimitSubject(policy: RateLimitPolicy, request: LimitedRequest): string {
  if (policy === 'bookingWrites') return `user:${request.user?.userId ?? 'none'}`;
  if (policy === 'feeds') return `feed:${request.params?.token ?? ''}`;
  return `address:${normaliseIp(request.ip) ?? 'unknown'}`;
}

/**
 * Global guard after authentication. The counters are ThrottleService's PostgreSQL windows, so a
 * limit holds across every instance; the key is hashed (no address, user id or token is stored).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly throttle: ThrottleService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) return true;
    const { limit, windowSeconds } = this.config.rateLimits[policy];
    const request = context.switchToHttp().getRequest<LimitedRequest>();
    const counted = await this.throttle.hit(ThrottleService.key(`rate-${policy}`, rateLimitSubject(policy, request)), windowSeconds);
    if (counted.hits <= limit) return true;
    const retryAfter = Math.max(1, Math.ceil((counted.resetAt.getTime() - this.clock.now().getTime()) / 1000));
    throw new DomainError('rate_limited', RATE_LIMITED_CODE, `Too many requests of this kind: try again in ${retryAfter} s`, { limit, windowSeconds }, retryAfter);
  }
}
