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

export interface LocalTime {
  date: string;
  time: string;
  iso: string;
}

/**
 * Pages show the same few dozen instants over and over (every teacher's 16:00 slot, to every
 * parent): each is converted once per zone and remembered, up to a bound.
 */
const converted = new Map<string, LocalTime>();
const MAX_REMEMBERED = 20_000;

/** The local date (yyyy-MM-dd) and time (HH:mm) of an instant in a zone. */
export function instantToLocal(instant: Date, zone: string): LocalTime {
  const key = `${instant.getTime()}|${zone}`;
  const known = converted.get(key);
  if (known) return known;
  const local = DateTime.fromJSDate(instant, { zone });
  const result = Object.freeze({ date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm'), iso: local.toISO({ suppressMilliseconds: true })! });
  if (converted.size >= MAX_REMEMBERED) converted.delete(converted.keys().next().value!);
  converted.set(key, result);
  return result;
}

/** UTC offset in minutes of a zone at an instant (e.g. +60 for London in summer). */
export function offsetMinutes(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).offset;
}

