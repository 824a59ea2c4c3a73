import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';

/**
 * Links that act without a login (manage an appointment from an email, a calendar feed, a
 * download): a payload, an expiry and an HMAC-SHA256 over both, keyed per purpose from the JWT
 * secret, so a link for one purpose is worthless for another. Nothing is stored. Payloads are ids
 * (UUIDs) and version counters only: a signed link never carries personal data, and its values can
 * go straight to queries.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTER = /^(0|[1-9][0-9]{0,8})$/;
const onlyIds = (payload: Record<string, unknown>) => Object.values(payload).every((v) => typeof v === 'string' && (UUID.test(v) || COUNTER.test(v)));

@Injectable()
export class LinkSigner {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private key(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.config.jwt.secret, 'ptc-links', purpose, 32));
  }

  sign(purpose: string, payload: Record<string, string>, expiresAt: Date): string {
    if (!onlyIds(payload)) throw new Error(`a ${purpose} link carries ids and counters only`);
    const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url');
    const mac = createHmac('sha256', this.key(purpose)).update(body).digest('base64url');
    return `${body}.${mac}`;
  }

  /** The payload, or null for a forged, altered, expired or other-purpose token. */
  verify(purpose: string, token: string): Record<string, string> | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    // Compared as the canonical text: base64url decoding ignores trailing bits and stray characters,
    // so several spellings of one signature would otherwise be accepted.
    const expected = Buffer.from(createHmac('sha256', this.key(purpose)).update(body).digest('base64url'));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
      if (typeof payload.exp !== 'number' || payload.exp * 1000 <= this.clock.now().getTime()) return null;
      const { exp: _exp, ...rest } = payload;
      // Only reachable with the key, but a non-id would reach a uuid column as a database error.
      return onlyIds(rest) ? (rest as Record<string, string>) : null;
    } catch {
      return null;
    }
  }
}
