import i18next, { type TFunction } from 'i18next';
import { EN } from './words/en.js';
import { ES } from './words/es.js';

/** The languages PTC's emails are written in. */
export const MAIL_LANGUAGES = ['en', 'es'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];
export const isMailLanguage = (value: unknown): value is MailLanguage => MAIL_LANGUAGES.includes(value as MailLanguage);

const LOCALES: Record<MailLanguage, string> = { en: 'en-GB', es: 'es-ES' };

const words = i18next.createInstance();
void words.init({
  resources: { en: { translation: EN }, es: { translation: ES } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The catalogue's words in one language (i18next: `{{placeholders}}`, plurals by `count`). */
export function mailWords(language: MailLanguage): TFunction {
  return words.getFixedT(language);
}

/** A moment as emails give it, in the reader's language and the school's zone: "Thursday, 10 December 2026 at 16:00". */
export function mailMoment(at: Date, language: MailLanguage, zone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(at);
}

/** A day as emails give it: "Thursday, 10 December 2026". */
export function mailDay(at: Date, language: MailLanguage, zone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: zone }).format(at);
}

/** A zone as people call it ("United Kingdom Time", "hora de Reino Unido"); its IANA name where Intl has none. */
export function zoneName(zone: string, language: MailLanguage, at = new Date()): string {
  const name = new Intl.DateTimeFormat(LOCALES[language], { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  return name && !/^(GMT|UTC)[+-]?/.test(name) ? name : zone;
}

/** Names joined as the language joins them: "Zoë and Liam", "Zoë y Liam". */
export function mailList(items: string[], language: MailLanguage): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items);
}
