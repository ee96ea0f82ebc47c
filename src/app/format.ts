import { getLanguage, type LanguageCode } from '../languages.ts';

/** A calendar date (YYYY-MM-DD) in the language's own long form: fi "21. marraskuuta 2024". */
export function formatDate(isoDate: string, language: LanguageCode): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(getLanguage(language).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** The name of a language as written in another (for "the dansk text ..."-style messages). */
export function languageName(language: LanguageCode, inLanguage: LanguageCode): string {
  const locale = getLanguage(inLanguage).locale;
  // Browsers with trimmed locale data would answer in English; the endonym is better than that.
  if (Intl.DisplayNames.supportedLocalesOf([locale]).length === 0) return getLanguage(language).endonym;
  return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? getLanguage(language).endonym;
}
