import { DateTime } from 'luxon';

export interface CalendarAppointment {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string | null;
  /** The video meeting's address (RFC 5545 URL), when the meeting is online. */
  url?: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  stamp: Date;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 §3.2): always quoted; a DQUOTE cannot appear inside one, nor can a
 * control character (a line break would end the property), so those become an apostrophe and a space.
 */
export function paramValue(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/** Lines longer than 75 octets are folded: CRLF and one space (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
/**
 * One appointment as an iCalendar object (RFC 5545, iTIP METHOD REQUEST or CANCEL): a stable UID
 * per appointment and a SEQUENCE that grows with each change, so calendars update the one entry.
 * Times are written in UTC, which every calendar shows in its reader's zone: exact on a clock-change
 * day, where a one-offset time zone block would put two appointments an hour apart at the same
 * DTSTART (the email's text gives the school's local time).
 */
export function appointmentCalendar(a: CalendarAppointment): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    "PRODID:-//PTC//Parents' evenings//EN",
    'CALSCALE:GREGORIAN',
    `METHOD:${a.method}`,
    'BEGIN:VEVENT',
    `UID:${a.uid}`,
    `SEQUENCE:${a.sequence}`,
    `DTSTAMP:${utc(a.stamp)}`,
    `DTSTART:${utc(a.startsAt)}`,
    `DTEND:${utc(a.endsAt)}`,
    `SUMMARY:${escapeText(a.summary)}`,
    `DESCRIPTION:${escapeText(a.description)}`,
    ...(a.location ? [`LOCATION:${escapeText(a.location)}`] : []),
    ...(a.url ? [`URL:${a.url}`] : []),
    `STATUS:${a.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN=${paramValue(a.organizer.name)}:mailto:${a.organizer.email}`,
    `ATTENDEE;CN=${paramValue(a.attendee.name)};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${a.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface FeedEntry {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string | null;
  url?: string | null;
  stamp: Date;
}

/**
 * A calendar of many appointments (a teacher's schedule, METHOD PUBLISH). Times are given in UTC,
 * which every calendar shows in its own zone and which stays exact across a clock change.
 */
export function scheduleCalendar(name: string, entries: FeedEntry[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', "PRODID:-//PTC//Parents' evenings//EN", 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utc(e.stamp)}`,
      `DTSTART:${utc(e.startsAt)}`,
      `DTEND:${utc(e.endsAt)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
