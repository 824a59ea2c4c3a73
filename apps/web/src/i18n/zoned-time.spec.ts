import { instantToZoned, zonedToInstant } from './zoned-time.js';

describe('school-time fields', () => {
  it("turns the school's wall-clock time into the instant, in and out of summer time", () => {
    expect(zonedToInstant('2026-12-01', '18:00', 'Europe/London')).toBe('2026-12-01T18:00:00.000Z');
    expect(zonedToInstant('2026-06-01', '18:00', 'Europe/London')).toBe('2026-06-01T17:00:00.000Z');
    expect(zonedToInstant('2026-12-01', '18:00', 'America/Mexico_City')).toBe('2026-12-02T00:00:00.000Z');
    expect(zonedToInstant('2026-12-01', '09:30', 'Asia/Kolkata')).toBe('2026-12-01T04:00:00.000Z');
  });

  it('reads an instant back as the school sees it', () => {
    expect(instantToZoned('2026-06-01T17:00:00.000Z', 'Europe/London')).toEqual({ date: '2026-06-01', time: '18:00' });
    expect(instantToZoned('2026-12-02T00:00:00.000Z', 'America/Mexico_City')).toEqual({ date: '2026-12-01', time: '18:00' });
  });

  it('gives a time on the day the clocks change the right offset', () => {
    // 29 March 2026: London goes from 01:00 GMT to 02:00 BST.
    expect(zonedToInstant('2026-03-29', '00:30', 'Europe/London')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedToInstant('2026-03-29', '03:00', 'Europe/London')).toBe('2026-03-29T02:00:00.000Z');
  });
});
