import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

// Each catalogue is its own chunk: a reader downloads only the language they read.
const CATALOGUES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./en.json'),
  es: () => import('./es.json'),
};

// The staff pages' words, loaded with those pages: a parent's phone never downloads them.
const STAFF_CATALOGUES: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./staff.en.json'),
  es: () => import('./staff.es.json'),
};
const staffLoaded = new Set<Language>();
let staffWanted = false;

const STORED = 'ptc.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'es') return stored;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

async function load(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', (await CATALOGUES[language]()).default);
}

async function loadStaff(language: Language): Promise<void> {
  if (staffLoaded.has(language)) return;
  i18next.addResourceBundle(language, 'translation', (await STAFF_CATALOGUES[language]()).default, true, true);
  staffLoaded.add(language);
}

/** Before a staff page renders: its words in the reader's language (and in any language chosen later). */
export async function loadStaffCatalogue(): Promise<void> {
  staffWanted = true;
  await loadStaff(i18next.language as Language);
}

/** A staff page's module, ready once its words are loaded too. */
export async function staffPage<T>(page: Promise<T>): Promise<T> {
  const [module] = await Promise.all([page, loadStaffCatalogue()]);
  return module;
}

/** Before the first render: the reader's language with its catalogue. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({ resources: {}, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, returnNull: false });
  await load(language);
  document.documentElement.lang = language;
}

export async function chooseLanguage(language: Language): Promise<void> {
  await load(language);
  if (staffWanted) await loadStaff(language);
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export default i18next;
