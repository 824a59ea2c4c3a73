/** The UTC offset of a zone at an instant, in minutes east of UTC. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant) / 60_000;
}

/**
 * The instant (ISO 8601, UTC) at which a wall-clock date and time happen in a zone: what the
 * office types for "booking opens" is the school's time, whatever the browser's zone. A time
 * skipped by a clock change comes out an hour later; a repeated one as its first occurrence.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Once more with the offset at the guess: right across a clock change.
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The wall-clock date and time of an instant in a zone, as the form's fields hold them. */
export function instantToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  const local = new Date(instant + offsetMinutes(instant, timeZone) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
