import type { PersonKind } from '@ptc/directory';

/**
 * Whose data a route shows or changes, for a breach report: which kinds of people, which categories
 * of data, and how far it reaches from the caller — the whole school (the office's lists and
 * exports, a third party's reads), the caller's family (a parent's pages), the caller's students (a
 * teacher's pages), or the caller alone (their own account).
 */
export type Reach = 'school' | 'family' | 'teacher' | 'self';
export interface RouteExposure {
  kinds: PersonKind[];
  categories: string[];
  reach: Reach;
}

const EVERYONE: PersonKind[] = ['student', 'contact', 'teacher'];
const API = '/api/v1';

/** First match wins: the more specific prefixes come first. */
const CATALOGUE: { prefix: string; exposure: RouteExposure }[] = [
  { prefix: `${API}/admin/students`, exposure: { kinds: ['student'], categories: ['school record'], reach: 'school' } },
  { prefix: `${API}/admin/contacts`, exposure: { kinds: ['contact', 'student'], categories: ['contact details', 'family links'], reach: 'school' } },
  { prefix: `${API}/admin/teachers`, exposure: { kinds: ['teacher', 'student'], categories: ['contact details', 'class links'], reach: 'school' } },
  { prefix: `${API}/admin/exports/contacts`, exposure: { kinds: ['contact', 'student'], categories: ['contact details', 'family links'], reach: 'school' } },
  { prefix: `${API}/admin/events`, exposure: { kinds: EVERYONE, categories: ['appointments', 'contact details'], reach: 'school' } },
  { prefix: `${API}/admin/sync`, exposure: { kinds: EVERYONE, categories: ['school record', 'contact details'], reach: 'school' } },
  { prefix: `${API}/admin/invitations`, exposure: { kinds: ['contact', 'teacher'], categories: ['account', 'contact details'], reach: 'school' } },
  { prefix: `${API}/admin/users`, exposure: { kinds: ['contact', 'teacher'], categories: ['account'], reach: 'school' } },
  { prefix: `${API}/admin/privacy`, exposure: { kinds: EVERYONE, categories: ['privacy requests', 'usage records'], reach: 'school' } },
  { prefix: `${API}/admin/incidents`, exposure: { kinds: EVERYONE, categories: ['incident reports'], reach: 'school' } },
  { prefix: `${API}/admin/breach-report`, exposure: { kinds: EVERYONE, categories: ['incident reports'], reach: 'school' } },
  { prefix: `${API}/late-requests`, exposure: { kinds: EVERYONE, categories: ['appointments'], reach: 'school' } },
  // The school's own settings, contacts with PTC, support cases and third parties name no directory person.
  { prefix: `${API}/admin/`, exposure: { kinds: [], categories: ['school settings'], reach: 'school' } },
  { prefix: `${API}/parent/`, exposure: { kinds: ['contact', 'student'], categories: ['appointments', 'school record'], reach: 'family' } },
  { prefix: `${API}/bookings`, exposure: { kinds: ['contact', 'student', 'teacher'], categories: ['appointments'], reach: 'family' } },
  { prefix: `${API}/teacher/`, exposure: { kinds: ['teacher', 'student', 'contact'], categories: ['appointments', 'contact details'], reach: 'teacher' } },
  { prefix: `${API}/auth/`, exposure: { kinds: ['contact', 'teacher'], categories: ['account'], reach: 'self' } },
  { prefix: `${API}/privacy/`, exposure: { kinds: ['contact', 'teacher'], categories: ['privacy requests'], reach: 'self' } },
  { prefix: `${API}/school`, exposure: { kinds: [], categories: ['school settings'], reach: 'self' } },
];

/** The route's exposure; null for a route the catalogue does not know (the report lists it as such). */
export function exposureOf(route: string): RouteExposure | null {
  return CATALOGUE.find((entry) => route === entry.prefix || route.startsWith(entry.prefix))?.exposure ?? null;
}

/** Routes no school user reaches (operator, health, public links and feeds): nothing of a school's people to report through them. */
export function outsideSchools(route: string): boolean {
  return route.startsWith(`${API}/operator/`) || route.startsWith('/health/') || route.startsWith('/calendar/') || route.startsWith(`${API}/appointments/link/`) || route === `${API}/licensing/payment-webhook`;
}
