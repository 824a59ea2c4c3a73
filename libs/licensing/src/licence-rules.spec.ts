import { addDays, afterPayment, deletionDueOn, licenceStatus, mayUse, noticesDue, terminationDay, type LicenceFacts } from './licence-rules.js';

const paid = (renewalOn: string, extra: Partial<LicenceFacts> = {}): LicenceFacts => ({
  kind: 'paid',
  trialEndsOn: null,
  renewalOn,
  terminatedOn: null,
  lastActivityOn: renewalOn,
  ...extra,
});
const trial = (trialEndsOn: string, lastActivityOn: string): LicenceFacts => ({ kind: 'trial', trialEndsOn, renewalOn: null, terminatedOn: null, lastActivityOn });

describe('licence status around the renewal date', () => {
  const renewal = '2026-08-31';

  it('is active up to and on the renewal date, then overdue', () => {
    expect(licenceStatus(paid(renewal), '2026-08-31')).toBe('active');
    expect(licenceStatus(paid(renewal), '2026-09-01')).toBe('overdue');
  });

  it('terminates on renewal + 60 days, not a day earlier', () => {
    expect(terminationDay(renewal)).toBe('2026-10-30');
    expect(licenceStatus(paid(renewal), addDays(renewal, 59))).toBe('overdue');
    expect(licenceStatus(paid(renewal), addDays(renewal, 60))).toBe('terminated');
    expect(licenceStatus(paid(renewal), addDays(renewal, 61))).toBe('terminated');
    expect(mayUse(paid(renewal), addDays(renewal, 59))).toBe(true);
    expect(mayUse(paid(renewal), addDays(renewal, 60))).toBe(false);
  });

  it('stays active when a payment on day 59 moves the renewal date on', () => {
    const renewed = afterPayment(paid(renewal), '2027-08-31');
    expect(renewed.renewalOn).toBe('2027-08-31');
    expect(licenceStatus(renewed, addDays(renewal, 59))).toBe('active');
    expect(licenceStatus(renewed, addDays(renewal, 60))).toBe('active');
    // A payment for a period the licence already covers changes nothing.
    expect(afterPayment(renewed, '2027-01-31')).toBe(renewed);
  });
});

describe('trials', () => {
  it('is usable until its last day, and not after', () => {
    expect(licenceStatus(trial('2026-12-31', '2026-12-01'), '2026-12-31')).toBe('trial');
    expect(licenceStatus(trial('2026-12-31', '2026-12-01'), '2027-01-01')).toBe('terminated');
  });

  it('is due for deletion one calendar year after the last activity: 365 days, or 366 across a 29 February', () => {
    expect(deletionDueOn(trial('2026-02-28', '2026-01-10'))).toBe('2027-01-10');
    expect(addDays('2026-01-10', 365)).toBe('2027-01-10');
    expect(deletionDueOn(trial('2027-07-31', '2027-06-01'))).toBe('2028-06-01');
    expect(addDays('2027-06-01', 365)).toBe('2028-05-31'); // day 365 is not yet a year across 29 Feb 2028
    expect(addDays('2027-06-01', 366)).toBe('2028-06-01');
  });

  it('announces the deletion 30 days before it is due, once the day comes, and not before', () => {
    const t = trial('2026-02-28', '2026-01-10');
    const notices = (today: string) => noticesDue(t, today).map((n) => `${n.kind}@${n.about}`);
    expect(notices('2026-12-10')).not.toContain('deletion_in_30_days@2027-01-10');
    expect(notices('2026-12-11')).toContain('deletion_in_30_days@2027-01-10');
  });
});

describe('deletion after termination', () => {
  it('is due 1 year after the termination day', () => {
    expect(deletionDueOn(paid('2026-08-31', { terminatedOn: '2026-10-30' }))).toBe('2027-10-30');
  });
});

describe('notices', () => {
  const renewal = '2026-08-31';
  const kinds = (today: string) => noticesDue(paid(renewal), today).map((n) => `${n.kind}@${n.about}`);

  it('announce the renewal date, 30 and 7 days before termination, and the termination', () => {
    expect(kinds('2026-08-30')).toEqual([]);
    expect(kinds('2026-08-31')).toEqual(['renewal_due@2026-08-31']);
    expect(kinds('2026-09-30')).toEqual(['renewal_due@2026-08-31', 'termination_in_30_days@2026-10-30']);
    expect(kinds('2026-10-23')).toEqual(['renewal_due@2026-08-31', 'termination_in_30_days@2026-10-30', 'termination_in_7_days@2026-10-30']);
    expect(kinds('2026-10-30')).toEqual(['renewal_due@2026-08-31', 'terminated@2026-10-30']);
  });

  it('announce the deletion 30 days ahead', () => {
    const terminated = paid(renewal, { terminatedOn: '2026-10-30' });
    expect(noticesDue(terminated, '2027-09-30').map((n) => n.kind)).toEqual(['terminated', 'deletion_in_30_days']);
    expect(noticesDue(terminated, '2027-09-29').map((n) => n.kind)).toEqual(['terminated']);
  });
});
