import { localToInstant, instantToLocal } from './local-time.js';

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** A teacher's availability as the school enters it: local wall-clock times on each session day. */
export interface Availability {
  arriveAt?: string | null;
  leaveAt?: string | null;
  /** After every N slots, a break of breakMinutes. */
  breakEverySlots?: number | null;
  breakMinutes?: number | null;
  breaks?: { start: string; end: string }[] | null;
}

const MINUTE = 60_000;

/**
 * The slots of one teacher: back to back from the start of each session (or their arrival),
 * skipping fixed breaks and inserting a break after every N slots, ending with the last slot that
 * fits before the session ends (or they leave). Slots step in real elapsed minutes, so a session
 * on a daylight-saving change day still yields the right local times.
 */
export function generateSlots(sessions: Interval[], slotMinutes: number, availability: Availability, zone: string): Interval[] {
  const slots: Interval[] = [];
  const slotMs = slotMinutes * MINUTE;
  for (const session of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = instantToLocal(session.startsAt, zone).date;
    const at = (time: string | null | undefined) => (time ? localToInstant(day, time, zone) : null);
    const arrive = at(availability.arriveAt);
    const leave = at(availability.leaveAt);
    const start = Math.max(session.startsAt.getTime(), arrive?.getTime() ?? -Infinity);
    const end = Math.min(session.endsAt.getTime(), leave?.getTime() ?? Infinity);
    const fixedBreaks = (availability.breaks ?? [])
      .map((b) => ({ start: at(b.start)?.getTime(), end: at(b.end)?.getTime() }))
      .filter((b): b is { start: number; end: number } => b.start !== undefined && b.end !== undefined && b.end > b.start);

    let cursor = start;
    let sinceBreak = 0;
    while (cursor + slotMs <= end) {
      const clash = fixedBreaks.find((b) => cursor < b.end && cursor + slotMs > b.start);
      if (clash) {
        cursor = clash.end;
        continue;
      }
      slots.push({ startsAt: new Date(cursor), endsAt: new Date(cursor + slotMs) });
      cursor += slotMs;
      sinceBreak += 1;
      if (availability.breakEverySlots && availability.breakMinutes && sinceBreak === availability.breakEverySlots) {
        cursor += availability.breakMinutes * MINUTE;
        sinceBreak = 0;
      }
    }
  }
  return slots;
}
