import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Invalid } from '@ptc/platform';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Password rules and hashing, in one place. */
@Injectable()
export class PasswordService {
  /** A hash of a random string, verified against when the user is unknown so both paths cost the same. */
  private readonly decoyHash = hash(`decoy-${Math.random()}`, ARGON2_OPTIONS);

  /** Length and blocklist only: no composition rules (they make passwords worse, not stronger). */
  assertAcceptable(password: string, screenName?: string): void {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
      throw Invalid('AUTH.PASSWORD_LENGTH', `A password has ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
    }
    const lowered = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lowered) || (screenName && lowered === screenName.toLowerCase())) {
      throw Invalid('AUTH.PASSWORD_TOO_COMMON', 'This password is too common or too easy to guess; choose another');
    }
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
