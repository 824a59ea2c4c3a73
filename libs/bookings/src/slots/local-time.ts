import { DateTime } from 'luxon';

/**
 * The instant a local wall-clock time names in a zone. A time that does not exist there (the
 * hour skipped when clocks go forward) is refused rather than silently shifted.
 */
export function localToInstant(date: string, time: string, zone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return null;
  return local.toJSDate();
}

/** The local date (yyyy-MM-dd) and time (HH:mm) of an instant in a zone. */
export function instantToLocal(instant: Date, zone: string): { date: string; time: string; iso: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm'), iso: local.toISO({ suppressMilliseconds: true })! };
}

/** UTC offset in minutes of a zone at an instant (e.g. +60 for London in summer). */
export function offsetMinutes(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).offset;
}
