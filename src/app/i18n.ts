import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatDate } from './format.ts';
import { getLanguage, isLanguageCode, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { DATES_NAMESPACE, EDITION_NAMESPACE, READER_EXTRAS_NAMESPACE, type Edition, type LanguageData } from '../core/wire/locale-data.ts';

/**
 * A fresh i18next instance per app (and per prerendered page), never a shared global,
 * holding English plus whatever languages have been loaded so far.
 */
export function createI18n(language: LanguageCode, loaded: readonly LanguageData[]): i18n {
  const instance = i18next.createInstance();
  // i18next holds any JSON; the edition's calendar and revision records ride along with the strings.
  const resources: Resource = {};
  for (const data of loaded)
    resources[data.code] = {
      ...data.resources,
      [DATES_NAMESPACE]: data.dates,
      [EDITION_NAMESPACE]: { ...data.edition },
      [READER_EXTRAS_NAMESPACE]: { ...data.reader },
    };
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: (code) => [...(isLanguageCode(code) ? getLanguage(code).fallbacks : []), SOURCE_LANGUAGE],
    supportedLngs: false,
    resources,
    defaultNS: 'ui',
    // Untranslated entries are written as "" in locale files; they must fall back, never render blank.
    returnEmptyString: false,
    returnNull: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false, transKeepBasicHtmlNodesFor: [] },
  });
  return instance;
}

/** Add a language's strings to an existing instance before switching to it. */
/** A document date in a language's long form, as formatted at build time (Intl on this device otherwise). */
export function documentDate(instance: i18n, language: LanguageCode, isoDate: string): string {
  const value: unknown = instance.getResource(language, DATES_NAMESPACE, isoDate);
  return typeof value === 'string' ? value : formatDate(isoDate, language);
}

export function addLanguage(instance: i18n, data: LanguageData): void {
  for (const [ns, strings] of Object.entries(data.resources)) instance.addResourceBundle(data.code, ns, strings, true, true);
  instance.addResourceBundle(data.code, DATES_NAMESPACE, data.dates, true, true);
  instance.addResourceBundle(data.code, EDITION_NAMESPACE, { ...data.edition }, true, true);
  instance.addResourceBundle(data.code, READER_EXTRAS_NAMESPACE, { ...data.reader }, true, true);
}

/** A loaded language's edition (revision dates, calendar); undefined before its data is there. */
export function editionOf(instance: i18n, language: LanguageCode): Edition | undefined {
  const value: unknown = instance.getResourceBundle(language, EDITION_NAMESPACE);
  return value && typeof value === 'object' && 'calendar' in value ? (value as Edition) : undefined;
}
