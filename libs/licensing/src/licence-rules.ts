import { DateTime } from 'luxon';

/**
 * The licence promises, as pure date arithmetic (UTC calendar days, ISO `yyyy-MM-dd`):
 * "We terminate the licence 60 days after the renewal date if no payment has been received for
 * the renewal", and personal data is deleted "within 1 year following termination of your
 * licence or after 1 year of inactivity if you have a trial system".
 */
export type LicenceKind = 'trial' | 'paid';
export type LicenceStatus = 'trial' | 'active' | 'overdue' | 'terminated';

export interface LicenceFacts {
  kind: LicenceKind;
  /** For a trial: its last day. */
  trialEndsOn: string | null;
  /** For a paid licence: the last day of the paid period. */
  renewalOn: string | null;
  /** Set by the daily job when termination happened. */
  terminatedOn: string | null;
  /** The school's most recent login or booking. */
  lastActivityOn: string;
}

export const TERMINATION_AFTER_RENEWAL_DAYS = 60;

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (d: DateTime) => d.toISODate()!;

export function addDays(date: string, days: number): string {
  return iso(day(date).plus({ days }));
}

export function addYears(date: string, years: number): string {
  return iso(day(date).plus({ years }));
}

/** The day a paid licence terminates if the renewal is not paid: renewal date + 60 days. */
export function terminationDay(renewalOn: string): string {
  return addDays(renewalOn, TERMINATION_AFTER_RENEWAL_DAYS);
}

/** Status on a given day. A trial past its last day is `terminated` (the school may no longer use PTC). */
export function licenceStatus(l: LicenceFacts, today: string): LicenceStatus {
  if (l.terminatedOn && l.terminatedOn <= today) return 'terminated';
  if (l.kind === 'trial') return l.trialEndsOn && today > l.trialEndsOn ? 'terminated' : 'trial';
  if (!l.renewalOn || today <= l.renewalOn) return 'active';
  return today >= terminationDay(l.renewalOn) ? 'terminated' : 'overdue';
}

/** May the school's users use PTC today? */
export function mayUse(l: LicenceFacts, today: string): boolean {
  return licenceStatus(l, today) !== 'terminated';
}

/**
 * The day the school's personal data is due for deletion: 1 year after termination, or for a
 * trial 1 year after the last activity (whichever the licence's history makes apply first).
 */
/** A payment for a period: the licence becomes paid with the period's end as its renewal date, unless it already runs longer. */
export function afterPayment<L extends Pick<LicenceFacts, 'kind' | 'renewalOn' | 'trialEndsOn'>>(l: L, periodEnd: string): L {
  if (l.renewalOn && periodEnd <= l.renewalOn) return l;
  return { ...l, kind: 'paid', renewalOn: periodEnd, trialEndsOn: null };
}

export function deletionDueOn(l: LicenceFacts): string | null {
  const afterInactivity = l.kind === 'trial' ? addYears(l.lastActivityOn, 1) : null;
  const afterTermination = l.terminatedOn ? addYears(l.terminatedOn, 1) : null;
  const candidates = [afterInactivity, afterTermination].filter((d): d is string => d !== null);
  return candidates.length ? candidates.sort()[0] : null;
}

export type NoticeKind = 'renewal_due' | 'termination_in_30_days' | 'termination_in_7_days' | 'terminated' | 'deletion_in_30_days';

export interface DueNotice {
  kind: NoticeKind;
  /** The date the notice is about (renewal, termination or deletion day): with the kind, it identifies the notice. */
  about: string;
}

/**
 * The notices the finance and technical contacts should have had by today. The job sends each
 * (kind, about) once; asking again later returns the same ones, so a missed day is caught up.
 */
export function noticesDue(l: LicenceFacts, today: string): DueNotice[] {
  const due: DueNotice[] = [];
  if (l.kind === 'paid' && l.renewalOn && !l.terminatedOn) {
    const termination = terminationDay(l.renewalOn);
    if (today >= l.renewalOn && today <= termination) due.push({ kind: 'renewal_due', about: l.renewalOn });
    if (today >= addDays(termination, -30) && today < termination && today > l.renewalOn) due.push({ kind: 'termination_in_30_days', about: termination });
    if (today >= addDays(termination, -7) && today < termination && today > l.renewalOn) due.push({ kind: 'termination_in_7_days', about: termination });
  }
  const terminatedOn = l.terminatedOn ?? (licenceStatus(l, today) === 'terminated' && l.kind === 'paid' && l.renewalOn ? terminationDay(l.renewalOn) : null);
  if (terminatedOn && today >= terminatedOn) due.push({ kind: 'terminated', about: terminatedOn });
  const deletion = deletionDueOn({ ...l, terminatedOn });
  if (deletion && today >= addDays(deletion, -30) && today < deletion) due.push({ kind: 'deletion_in_30_days', about: deletion });
  return due;
}
