import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { appointmentCalendar, foldLine, paramValue } from './icalendar.js';

const base = {
  uid: '4f1c2e9a-0000-4000-8000-000000000001@ptc',
  sequence: 2,
  method: 'REQUEST' as const,
  startsAt: new Date('2026-10-25T16:00:00Z'),
  endsAt: new Date('2026-10-25T16:10:00Z'),
  summary: "Parents' evening: Zoë O'Brien with Mr Núñez",
  description: 'Room 12; bring the report, please.\nSecond line',
  location: 'Room 12, Main building',
  organizer: { name: 'Riverside School', email: 'no-reply@ptc.example' },
  attendee: { name: "Siobhán O'Brien", email: 'siobhan@example.org' },
  stamp: new Date('2026-10-01T08:00:00Z'),
};

describe('appointmentCalendar', () => {
  it('is read by a real iCalendar parser with the right UID, SEQUENCE, method and times', () => {
    const calendar = new ICAL.Component(ICAL.parse(appointmentCalendar(base)));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(2);
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T16:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T16:10:00.000Z');
  });

  // Clock-change days, local school times that occur twice or not at all, read by two independent
  // parsers: ical.js here, and Python's icalendar (Debian's python3-icalendar) in a child process.
  const CHANGE_DAYS = [
    { zone: 'Europe/London', what: 'autumn: 01:30 happens twice', instants: ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T00:50:00Z'] },
    { zone: 'Europe/London', what: 'spring: 01:00-02:00 does not exist', instants: ['2026-03-29T00:50:00Z', '2026-03-29T01:00:00Z'] },
    { zone: 'America/New_York', what: 'autumn: 01:30 happens twice', instants: ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-01T05:50:00Z'] },
    { zone: 'America/New_York', what: 'spring: 02:00-03:00 does not exist', instants: ['2026-03-08T06:50:00Z', '2026-03-08T07:00:00Z'] },
  ];
  const files = CHANGE_DAYS.flatMap(({ instants }) =>
    instants.map((start) => {
      const startsAt = new Date(start);
      const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
      return { start: startsAt.toISOString(), end: endsAt.toISOString(), text: appointmentCalendar({ ...base, startsAt, endsAt }) };
    }),
  );

  it.each(CHANGE_DAYS)('keeps the exact instants and 20-minute lengths on a change day ($zone, $what) for ical.js', ({ instants }) => {
    for (const start of instants) {
      const file = files.find((f) => f.start === new Date(start).toISOString())!;
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
      expect([event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()]).toEqual([file.start, file.end]);
    }
  });

  it("keeps the exact instants on every change day for Python's icalendar too", () => {
    const script = [
      'import json, sys, icalendar',
      'out = []',
      'for text in json.load(sys.stdin):',
      '    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]',
      '    out.append([event.decoded("DTSTART").isoformat(), event.decoded("DTEND").isoformat()])',
      'print(json.dumps(out))',
    ].join('\n');
    const run = spawnSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(files.map((f) => f.text)), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as [string, string][];
    expect(parsed.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()])).toEqual(files.map((f) => [f.start, f.end]));
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
