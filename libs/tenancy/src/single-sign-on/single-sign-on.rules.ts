import type { Role } from '@ptc/platform';
import type { SingleSignOnRole } from './single-sign-on.entities.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why an issuer URL cannot be a school's provider, or null. Tokens and secrets travel to it, so it
 * must be https; plain http only on this machine outside production (a provider started by tests).
 */
export function issuerProblem(issuer: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'The issuer must be a URL such as https://login.example.org';
  }
  if (url.search || url.hash || url.username || url.password) return 'The issuer is a plain URL, without query, fragment or credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && !production) return null;
  return 'The issuer must use https';
}

/**
 * Why these settings would lock the school's admins out, or null: with password sign-in off for
 * staff, admins must be allowed to use the provider, and the admin saving the settings must be
 * able to sign in with it (their login linked to a directory record with an allowed email).
 */
export function lockOutProblem(settings: {
  roles: readonly SingleSignOnRole[];
  staffPasswordSignIn: boolean;
  allowedEmailDomains: readonly string[];
  ownEmail: string | null;
}): string | null {
  if (settings.staffPasswordSignIn) return null;
  if (!settings.roles.includes('school_admin')) return 'Password sign-in can be turned off for staff only when admins may sign in with the provider';
  if (!settings.ownEmail || !emailDomainAllowed(settings.ownEmail, settings.allowedEmailDomains)) {
    return 'Your own login must be able to sign in with the provider first: link it to your directory record, with an email address in an allowed domain';
  }
  return null;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Domains as the school typed them ("@Riverside.sch.uk ") in one form, or the ones that are not domains. */
export function normaliseDomains(domains: readonly string[]): { domains: string[]; invalid: string[] } {
  const cleaned = domains.map((d) => d.trim().toLowerCase().replace(/^@/, ''));
  return { domains: [...new Set(cleaned.filter((d) => DOMAIN.test(d)))], invalid: cleaned.filter((d) => !DOMAIN.test(d)) };
}

/** Whether the provider's email is in one of the school's domains (or a subdomain); no domains: any. */
export function emailDomainAllowed(email: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

export interface LoginCandidate {
  id: string;
  role: Role;
  status: 'active' | 'disabled';
}

export type ChosenLogin<T extends LoginCandidate> = { outcome: 'signed-in'; login: T } | { outcome: 'disabled' } | { outcome: 'no-login' };

const PREFERENCE: Role[] = ['school_admin', 'teacher', 'parent'];

/**
 * Which of the logins whose directory record has the provider's email signs in: only roles the
 * school lets use the provider; an active one, the most senior first (a teacher who is also a
 * parent at the school arrives as the teacher); only disabled ones: refused as disabled.
 */
export function chooseLogin<T extends LoginCandidate>(candidates: readonly T[], roles: readonly SingleSignOnRole[]): ChosenLogin<T> {
  const eligible = candidates.filter((c) => (roles as readonly Role[]).includes(c.role));
  const active = eligible.filter((c) => c.status === 'active').sort((a, b) => PREFERENCE.indexOf(a.role) - PREFERENCE.indexOf(b.role));
  if (active.length > 0) return { outcome: 'signed-in', login: active[0] };
  return eligible.length > 0 ? { outcome: 'disabled' } : { outcome: 'no-login' };
}

/** A page of PTC to return to after signing in: a path on this site, or null. */
export function safeReturnPath(next: string | null | undefined): string | null {
  if (!next || next.length > 500 || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  return next;
}
