import { EN } from './words/en.js';
import { ES } from './words/es.js';
import { mailMoment, mailWords, zoneName } from './mail-words.js';

type Catalogue = { [key: string]: string | Catalogue };
const entries = (catalogue: Catalogue, prefix = ''): [string, string][] =>
  Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the emails' catalogues", () => {
  it('have the same keys in English and Spanish, none empty, with the same placeholders', () => {
    const en = new Map(entries(EN));
    const es = new Map(entries(ES as Catalogue));
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, english] of en) {
      const spanish = es.get(key)!;
      expect([key, english.trim().length > 0, spanish.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(spanish)]).toEqual([key, placeholders(english)]);
    }
  });

  it('fill placeholders and plurals in the reader’s language', () => {
    expect(mailWords('en')('invitation.create', { school: 'Riverside', count: 1 })).toContain('for 1 day):');
    expect(mailWords('en')('invitation.create', { school: 'Riverside', count: 7 })).toContain('for 7 days):');
    expect(mailWords('es')('invitation.create', { school: 'Riverside', count: 7 })).toContain('durante 7 días):');
    expect(mailWords('es')('booking.what', { student: 'Zoë', teacher: 'Mr Kowalski' })).toBe('Zoë con Mr Kowalski');
  });

  it('give moments and zones as people say them', () => {
    const at = new Date('2026-12-10T16:00:00Z');
    expect(mailMoment(at, 'en', 'Europe/London')).toBe('Thursday, 10 December 2026 at 16:00');
    expect(mailMoment(at, 'es', 'Europe/London')).toBe('jueves, 10 de diciembre de 2026, 16:00');
    expect(mailMoment(at, 'es', 'Europe/Madrid')).toBe('jueves, 10 de diciembre de 2026, 17:00');
    expect(zoneName('Europe/London', 'en', at)).toBe('United Kingdom Time');
    expect(zoneName('Europe/London', 'es', at)).toBe('hora de Reino Unido');
    expect(zoneName('Etc/GMT+5', 'en', at)).toBe('Etc/GMT+5');
  });
});
