import { getLanguage, type LanguageCode } from '../languages.ts';
import type { Calendar } from '../core/wire/locale-data.ts';

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

export function calendarOf(language: LanguageCode): Calendar {
  const format = new Intl.DateTimeFormat(getLanguage(language).locale, { dateStyle: 'long', timeZone: 'UTC' });
  const pattern = format
    .formatToParts(new Date(Date.UTC(2000, 0, 2)))
    .map((part) => (part.type === 'day' ? '{d}' : part.type === 'month' ? '{m}' : part.type === 'year' ? '{y}' : part.value))
    .join('');
  const months = Array.from(
    { length: 12 },
    (_, month) => format.formatToParts(new Date(Date.UTC(2000, month, 2))).find((p) => p.type === 'month')?.value ?? String(month + 1),
  );
  return { pattern, months };
}
