import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Issue 19: code that crosses schools says so, and why: past the ORM's tenant filter with
 * `acrossSchools('why')`, past PostgreSQL's row-level security (the bypass role) with
 * `runAcrossSchools('why', work)` or, for whole requests (operators, public routes), the guard's
 * `markRequestAcrossSchools('why')`. This list is every use; a new one fails here until it is
 * added, so each is reviewed; a bare `tenant: false` anywhere else fails too.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const HELPER = 'libs/platform/src/database/tenant-owned.entity.ts';

const REVIEWED: Record<string, string[]> = {
  'apps/api/src/main.ts': ['seeding the demo school at start'],
  'apps/cli/src/main.ts': ['an operator’s command on the server'],
  'libs/bookings/src/appointments/reminders.job.ts': ['the hourly reminders over every school'],
  'libs/bookings/src/exports/family-calendar.service.ts': ['a calendar feed names its school only through its token'],
  'libs/directory/src/invitations/invitations.service.ts': ['an invitation names its school only through its token', 'an invitation names its school only through its token'],
  'libs/licensing/src/licence-lifecycle.job.ts': ['the daily licence check over every school'],
  'libs/licensing/src/licence-notices.service.ts': ['the operator’s view of one school’s licence notices'],
  'libs/licensing/src/licence.service.ts': ['the operator’s list of every school’s licence', 'the operator’s work on one school’s licence', 'a payment reference counts once across every school'],
  'libs/privacy/src/breach/incidents.service.ts': ['the operator’s incidents over the schools they concern', 'the operator’s incidents over the schools they concern'],
  'libs/platform/src/auth/jwt-auth.guard.ts': [
    'a public route: the school comes from what the request names (a sign-in name, a signed link, a token)',
    'an operator’s request: the vendor’s staff work across schools',
  ],
  'libs/platform/src/jobs/job-runner.service.ts': [
    'a job run every minute: its work is every school (it scopes itself to one school where it works on one)',
    'a scheduled job: its work is every school (it scopes itself to one school where it works on one)',
  ],
  'libs/platform/src/outbox/outbox.service.ts': ['the outbox worker sends every school’s messages'],
  'libs/platform/src/usage/usage-recorder.service.ts': ['the buffered usage records of every school'],
  'libs/privacy/src/requests/subject-requests.service.ts': ['the daily privacy-request reminders over every school'],
  'libs/tenancy/src/auth.service.ts': [
    'signing in: the school comes from its sign-in name, not a token',
    'the caller’s own login (an operator has no school)',
    'the caller’s own login (an operator has no school)',
    'the caller’s own login (an operator has no school)',
    'the caller’s own login (an operator has no school)',
  ],
  'libs/tenancy/src/api-credentials/api-credentials.service.ts': ['a third party’s key names its school only through its id'],
  'libs/tenancy/src/jwt.strategy.ts': ['the token check of an operator, who belongs to no school'],
  'libs/tenancy/src/password-reset/password-reset.service.ts': [
    'the daily sweep of expired reset links in every school',
    'a reset link names its school only through its token',
    'the login of a reset link, before its school is in scope',
  ],
  'libs/tenancy/src/single-sign-on/single-sign-on.service.ts': ['the daily sweep of abandoned sign-ins in every school'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'web' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Each file's uses of the path across schools, with their reasons; bare filter switches as `file:line`. */
export function crossSchoolUses(files: { path: string; text: string }[]): { uses: Record<string, string[]>; bare: string[] } {
  const uses: Record<string, string[]> = {};
  const bare: string[] = [];
  for (const { path, text } of files) {
    if (path === HELPER) continue;
    for (const match of text.matchAll(/(?:acrossSchools|runAcrossSchools|markRequestAcrossSchools)\('([^']*)'/g)) (uses[path] ??= []).push(match[1]);
    text.split('\n').forEach((line, i) => {
      if (/tenant:\s*false/.test(line)) bare.push(`${path}:${i + 1}`);
    });
  }
  return { uses, bare };
}

it('finds a new crossing and a bare filter switch (the check can fail)', () => {
  const found = crossSchoolUses([
    { path: 'libs/a/src/x.service.ts', text: "em.find(X, {}, { filters: acrossSchools('every school, nightly') });" },
    { path: 'libs/a/src/y.service.ts', text: 'em.find(Y, {}, {\n  filters: { tenant: false } });' },
  ]);
  expect(found).toEqual({ uses: { 'libs/a/src/x.service.ts': ['every school, nightly'] }, bare: ['libs/a/src/y.service.ts:2'] });
});

it('crosses schools only where the reviewed list says, and why', () => {
  const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))].map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  const { uses, bare } = crossSchoolUses(files);
  expect(bare).toEqual([]);
  expect(uses).toEqual(REVIEWED);
});
