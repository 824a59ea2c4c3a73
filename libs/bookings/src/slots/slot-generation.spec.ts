import { localToInstant, instantToLocal } from './local-time.js';
import { generateSlots, type Interval } from './slot-generation.js';

const LONDON = 'Europe/London';
const session = (date: string, start: string, end: string, zone = LONDON): Interval => ({
  startsAt: localToInstant(date, start, zone)!,
  endsAt: localToInstant(date, end, zone)!,
});
const localTimes = (slots: Interval[], zone = LONDON) => slots.map((s) => instantToLocal(s.startsAt, zone).time);

describe('generateSlots', () => {
  it('fills a session back to back and drops a final slot that would run past the end', () => {
    const slots = generateSlots([session('2026-11-12', '16:00', '17:05')], 10, {}, LONDON);
    expect(localTimes(slots)).toEqual(['16:00', '16:10', '16:20', '16:30', '16:40', '16:50']);
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 600_000)).toBe(true);
  });

  it('starts at a late arrival and stops at an early departure', () => {
    const slots = generateSlots([session('2026-11-12', '16:00', '19:00')], 15, { arriveAt: '16:30', leaveAt: '17:30' }, LONDON);
    expect(localTimes(slots)).toEqual(['16:30', '16:45', '17:00', '17:15']);
  });

  it('inserts a break after every N slots', () => {
    const slots = generateSlots([session('2026-11-12', '16:00', '17:00')], 10, { breakEverySlots: 2, breakMinutes: 10 }, LONDON);
    expect(localTimes(slots)).toEqual(['16:00', '16:10', '16:30', '16:40']);
  });

  it('skips a break at set times, resuming when it ends', () => {
    const slots = generateSlots([session('2026-11-12', '16:00', '17:00')], 15, { breaks: [{ start: '16:20', end: '16:35' }] }, LONDON);
    expect(localTimes(slots)).toEqual(['16:00', '16:35']);
  });

  it('handles several sessions on different days', () => {
    const slots = generateSlots([session('2026-11-13', '09:00', '09:30'), session('2026-11-12', '16:00', '16:20')], 10, { arriveAt: '09:10' }, LONDON);
    expect(slots.map((s) => instantToLocal(s.startsAt, LONDON)).map((l) => `${l.date} ${l.time}`)).toEqual([
      '2026-11-12 16:00',
      '2026-11-12 16:10',
      '2026-11-13 09:10',
      '2026-11-13 09:20',
    ]);
  });

  it('keeps local times right on the day clocks go back (London, 25 October 2026)', () => {
    const slots = generateSlots([session('2026-10-25', '16:00', '17:00')], 20, {}, LONDON);
    expect(localTimes(slots)).toEqual(['16:00', '16:20', '16:40']);
    // After the change London is on GMT: 16:00 local is 16:00 UTC.
    expect(slots[0].startsAt.toISOString()).toBe('2026-10-25T16:00:00.000Z');
    // The day before, still on BST: 16:00 local is 15:00 UTC.
    expect(generateSlots([session('2026-10-24', '16:00', '16:20')], 20, {}, LONDON)[0].startsAt.toISOString()).toBe('2026-10-24T15:00:00.000Z');
  });

  it('steps in real time across a change inside the session (New York, 8 March 2026, clocks forward at 02:00)', () => {
    const zone = 'America/New_York';
    const slots = generateSlots([{ startsAt: localToInstant('2026-03-08', '01:00', zone)!, endsAt: localToInstant('2026-03-08', '04:00', zone)! }], 30, {}, zone);
    // 02:00-02:59 does not exist that night: two real hours pass between 01:00 and 04:00.
    expect(localTimes(slots, zone)).toEqual(['01:00', '01:30', '03:00', '03:30']);
  });
});

describe('localToInstant', () => {
  it('refuses a wall-clock time that does not exist in the zone', () => {
    expect(localToInstant('2026-03-29', '01:30', LONDON)).toBeNull();
    expect(localToInstant('2026-03-29', '02:30', LONDON)?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});
