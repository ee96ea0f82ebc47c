/**
 * The one list of languages, shared by the reader and the command-line tools.
 * Adding a language is one line here followed by `npm run extract`.
 */
export interface Language {
  /** BCP 47 code used in addresses (`/da/`), file names and `lang` attributes. */
  readonly code: string;
  /** The language's name in itself, as a reader looks for it in the switcher. */
  readonly endonym: string;
  /** Locale for Intl formatting (dates). */
  readonly locale: string;
  /** Browser language tags that should lead to this language besides its own code. */
  readonly aliases: readonly string[];
  /** Languages to fall back to, in order, before English. */
  readonly fallbacks: readonly string[];
}

export const SOURCE_LANGUAGE = 'en';

export const LANGUAGES = [
  { code: 'en', endonym: 'English', locale: 'en-GB', aliases: [], fallbacks: [] },
  { code: 'da', endonym: 'dansk', locale: 'da-DK', aliases: [], fallbacks: [] },
  { code: 'nb', endonym: 'norsk bokmål', locale: 'nb-NO', aliases: ['no'], fallbacks: [] },
  { code: 'nn', endonym: 'norsk nynorsk', locale: 'nn-NO', aliases: [], fallbacks: [] },
  { code: 'sv', endonym: 'svenska', locale: 'sv-SE', aliases: [], fallbacks: [] },
  { code: 'fi', endonym: 'suomi', locale: 'fi-FI', aliases: [], fallbacks: [] },
  { code: 'is', endonym: 'íslenska', locale: 'is-IS', aliases: [], fallbacks: [] },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

export const TARGET_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES.filter((code) => code !== SOURCE_LANGUAGE);

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function getLanguage(code: LanguageCode): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language ${code}`);
  return found;
}

/**
 * A language's name within running text, after a verb or a colon ("Fjern svenska", "Side om side: dansk · English"):
 * the endonym as the language itself writes it mid-sentence, lower case except where it capitalises language names.
 */
export function nameInText(language: Language): string {
  return language.endonym;
}

/** Capitalise an endonym for use at the start of a list item or as a label standing alone ("dansk" -> "Dansk"). */
export function displayName(language: Language): string {
  return language.endonym.charAt(0).toLocaleUpperCase(language.code) + language.endonym.slice(1);
}

/**
 * Map one browser language tag to a supported language, or undefined.
 * Exact code first, then aliases, then the primary subtag: "da-DK" -> da, "no-NO" -> nb, "sv-FI" -> sv.
 */
export function matchLanguageTag(tag: string): LanguageCode | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  const primary = lower.split('-')[0] ?? '';
  for (const candidate of [lower, primary]) {
    for (const language of LANGUAGES) {
      if (language.code === candidate || (language.aliases as readonly string[]).includes(candidate)) {
        return language.code;
      }
    }
  }
  return undefined;
}

/** The first supported language in a preference list (stored choice first, then the browser's list), else English. */
export function pickLanguage(preferences: readonly string[]): LanguageCode {
  for (const tag of preferences) {
    const match = matchLanguageTag(tag);
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}
