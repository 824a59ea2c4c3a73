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

/**
 * Words of pages loaded on demand, each set one chunk per language, loaded with its pages: a
 * parent's phone never downloads the staff pages' words, and the evening page's first load carries
 * none of the words of the pages reached from emails, the privacy page or the planner.
 */
const PAGE_WORDS = {
  staff: { en: () => import('./staff.en.json'), es: () => import('./staff.es.json') },
  pages: { en: () => import('./pages.en.json'), es: () => import('./pages.es.json') },
} satisfies Record<string, Record<Language, () => Promise<{ default: Record<string, unknown> }>>>;
type WordSet = keyof typeof PAGE_WORDS;
const loadedWords = new Set<string>();
const wantedWords = new Set<WordSet>();

const STORED = 'ptc.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'es') return stored;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

async function load(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', (await CATALOGUES[language]()).default);
}

async function loadWords(set: WordSet, language: Language): Promise<void> {
  if (loadedWords.has(`${set}:${language}`)) return;
  i18next.addResourceBundle(language, 'translation', (await PAGE_WORDS[set][language]()).default, true, true);
  loadedWords.add(`${set}:${language}`);
}

/** Before a page of this set renders: its words in the reader's language (and in any language chosen later). */
async function pageOf<T>(set: WordSet, page: Promise<T>): Promise<T> {
  wantedWords.add(set);
  const [module] = await Promise.all([page, loadWords(set, i18next.language as Language)]);
  return module;
}

/** A staff page's module, ready once its words are loaded too. */
export const staffPage = <T,>(page: Promise<T>): Promise<T> => pageOf('staff', page);

/** A parent's page or part loaded on demand (emailed links, privacy, the planner, waiting lists), ready with its words. */
export const parentPage = <T,>(page: Promise<T>): Promise<T> => pageOf('pages', page);

/** Before the first render: the reader's language with its catalogue. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({ resources: {}, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, returnNull: false });
  await load(language);
  document.documentElement.lang = language;
}

export async function chooseLanguage(language: Language): Promise<void> {
  await load(language);
  await Promise.all([...wantedWords].map((set) => loadWords(set, language)));
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export default i18next;
