import { DEFAULT_CANCELLATION_POLICY, parentCancellableUntil } from './cancellation-rule.js';

const evening = (closesAt: string) => ({ closesAt: new Date(closesAt) });
const appointment = { startsAt: new Date('2026-12-10T16:00:00Z') };

describe('how long a parent may cancel', () => {
  it('defaults to the close of the booking window', () => {
    expect(parentCancellableUntil(DEFAULT_CANCELLATION_POLICY, evening('2026-12-09T12:00:00Z'), appointment).toISOString()).toBe('2026-12-09T12:00:00.000Z');
  });

  it('takes the school’s hours before the appointment instead, even after the window closed', () => {
    expect(parentCancellableUntil({ parentCancelCutoffHours: 2 }, evening('2026-12-09T12:00:00Z'), appointment).toISOString()).toBe('2026-12-10T14:00:00.000Z');
  });

  it('never lets a parent cancel an appointment that has started', () => {
    expect(parentCancellableUntil(DEFAULT_CANCELLATION_POLICY, evening('2026-12-10T19:00:00Z'), appointment).toISOString()).toBe('2026-12-10T16:00:00.000Z');
    expect(parentCancellableUntil({ parentCancelCutoffHours: 0 }, evening('2026-12-10T19:00:00Z'), appointment).toISOString()).toBe('2026-12-10T16:00:00.000Z');
  });
});
