/** Dates and times in the reader's language and the school's time zone. */
export function formatDateTime(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function formatDay(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(iso));
}

/** Whether the browser's own zone differs from the school's at that moment (then the page says which zone it shows). */
export function zoneDiffers(timeZone: string, at = new Date()): boolean {
  const offset = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(at).split(' ').pop();
  return offset(timeZone) !== offset(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** A calendar date (`2027-01-30`, or the date part of an instant) as the reader writes dates; the same day everywhere. */
export function formatCalendarDate(date: string, language: string, month: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** When something happened (a step, a run, an export), in the reader's zone: the office reads its own history. */
export function formatMoment(iso: string | number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
