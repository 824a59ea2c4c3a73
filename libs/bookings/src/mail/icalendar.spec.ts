import ICAL from 'ical.js';
import { appointmentCalendar, foldLine, paramValue } from './icalendar.js';

const base = {
  uid: '4f1c2e9a-0000-4000-8000-000000000001@ptc',
  sequence: 2,
  method: 'REQUEST' as const,
  startsAt: new Date('2026-10-25T16:00:00Z'),
  endsAt: new Date('2026-10-25T16:10:00Z'),
  zone: 'Europe/London',
  summary: "Parents' evening: Zoë O'Brien with Mr Núñez",
  description: 'Room 12; bring the report, please.\nSecond line',
  location: 'Room 12, Main building',
  organizer: { name: 'Riverside School', email: 'no-reply@ptc.example' },
  attendee: { name: "Siobhán O'Brien", email: 'siobhan@example.org' },
  stamp: new Date('2026-10-01T08:00:00Z'),
};

describe('appointmentCalendar', () => {
  it('is read by a real iCalendar parser with the right UID, SEQUENCE, method and local times', () => {
    const calendar = new ICAL.Component(ICAL.parse(appointmentCalendar(base)));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(event.startDate.toString()).toBe('2026-10-25T16:00:00');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T16:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T16:10:00.000Z');
  });

  it('converts summer time correctly (BST is UTC+1)', () => {
    const text = appointmentCalendar({ ...base, startsAt: new Date('2026-06-10T15:00:00Z'), endsAt: new Date('2026-06-10T15:10:00Z') });
    expect(text).toContain('DTSTART;TZID=Europe/London:20260610T160000');
    expect(text).toContain('TZOFFSETTO:+0100');
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString()).toBe('2026-06-10T15:00:00.000Z');
  });

  it('marks a cancellation with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const text = appointmentCalendar({ ...base, method: 'CANCEL', sequence: 3 });
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SEQUENCE:3');
  });

  it('ends lines with CRLF and folds long ones at 75 octets without splitting a character', () => {
    const text = appointmentCalendar({ ...base, description: 'é'.repeat(100) });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('keeps a name with quotes, separators or a line break inside its CN parameter', () => {
    expect(paramValue('Bob\r\nTables "the" ; O\'Brien, Jr: x')).toBe('"Bob  Tables \'the\' ; O\'Brien, Jr: x"');
    const text = appointmentCalendar({ ...base, attendee: { name: 'Bob\r\nTables', email: 'bob@example.org' } });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const attendee = calendar.getFirstSubcomponent('vevent')!.getFirstProperty('attendee')!;
    expect(attendee.getParameter('cn')).toBe('Bob  Tables');
    expect(attendee.getFirstValue()).toBe('mailto:bob@example.org');
  });
});
