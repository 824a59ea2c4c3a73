import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { Invalid } from '@ptc/platform';
import { EntityManager } from '@mikro-orm/postgresql';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { School } from './school.entity.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/**
 * Why a password is refused, or null: its length, a common password, one character repeated,
 * whitespace only, or the person's own screen name or school in it (ASVS 6.2's context words).
 * No composition rules: they make passwords worse, not stronger.
 */
export function passwordProblem(password: string, contextWords: (string | null | undefined)[] = []): 'length' | 'guessable' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) return 'length';
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || /^(.)\1*$/su.test(password) || /^\s+$/u.test(password)) return 'guessable';
  const words = contextWords.flatMap((word) => (word && word.trim().length >= 3 ? [word.trim().toLowerCase()] : []));
  if (words.some((word) => lowered.includes(word))) return 'guessable';
  return null;
}

/** Password rules and hashing, in one place. */
@Injectable()
export class PasswordService {
  /** A hash of a random string, verified against when the user is unknown so both paths cost the same. */
  private readonly decoyHash = hash(`decoy-${Math.random()}`, ARGON2_OPTIONS);

  constructor(private readonly em: EntityManager) {}

  /** Refuses what `passwordProblem` refuses, for this login: its screen name and its school's name and sign-in name are context words. */
  async assertAcceptable(password: string, who: { screenName: string; schoolId: string | null }): Promise<void> {
    const school = who.schoolId ? await this.em.findOne(School, { id: who.schoolId }, { fields: ['name', 'slug'] }) : null;
    const problem = passwordProblem(password, [who.screenName, school?.name, school?.slug]);
    if (problem === 'length') throw Invalid('AUTH.PASSWORD_LENGTH', `A password has ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
    if (problem) throw Invalid('AUTH.PASSWORD_TOO_COMMON', 'This password is too common or too easy to guess; choose another');
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
