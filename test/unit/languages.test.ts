import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/app/format.ts';
import { parseRoute } from '../../src/app/routes.ts';
import { displayName, getLanguage, LANGUAGES, pickLanguage } from '../../src/languages.ts';

describe('pickLanguage', () => {
  it.each([
    [['da-DK'], 'da'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['no-NO'], 'nb'],
    [['nn-NO'], 'nn'],
    [['sv-FI'], 'sv'],
    [['fi-FI'], 'fi'],
    [['is-IS'], 'is'],
    [['en-US'], 'en'],
    [['de-DE', 'sv-SE'], 'sv'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ])('%j -> %s', (preferences, expected) => {
    expect(pickLanguage(preferences)).toBe(expected);
  });
});

// What this project's seven languages must show; a language added to src/languages.ts is checked by the rules
// below (each test holds for any list), and these known forms keep guarding the seven.
const KNOWN_NAMES: Record<string, string> = {
  en: 'English',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  sv: 'Svenska',
  fi: 'Suomi',
  is: 'Íslenska',
};
const KNOWN_DATES: Record<string, string> = {
  en: '21 November 2024',
  da: '21. november 2024',
  nb: '21. november 2024',
  nn: '21. november 2024',
  sv: '21 november 2024',
  fi: '21. marraskuuta 2024',
  is: '21. nóvember 2024',
};

describe('the language list', () => {
  it('names each language in itself, capitalised for a list', () => {
    for (const language of LANGUAGES) {
      const name = displayName(language);
      expect(name.toLocaleLowerCase(language.code), language.code).toBe(language.endonym.toLocaleLowerCase(language.code));
      expect(name.charAt(0), language.code).toBe(name.charAt(0).toLocaleUpperCase(language.code));
      if (KNOWN_NAMES[language.code]) expect(name, language.code).toBe(KNOWN_NAMES[language.code]);
    }
    expect(getLanguage('is').endonym).toBe('íslenska');
  });

  it("formats the meeting date in each language's own form", () => {
    for (const language of LANGUAGES) {
      const date = formatDate('2024-11-21', language.code);
      expect(date, language.code).toContain('21');
      expect(date, language.code).toContain('2024');
      if (KNOWN_DATES[language.code]) expect(date, language.code).toBe(KNOWN_DATES[language.code]);
    }
  });

  it('lists each code once, falling back only to listed languages other than itself', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const language of LANGUAGES) {
      for (const fallback of language.fallbacks as readonly string[]) {
        expect(codes, `${language.code} falls back to ${fallback}`).toContain(fallback);
        expect(fallback, language.code).not.toBe(language.code);
      }
    }
  });
});

describe('parseRoute', () => {
  it.each([
    ['/', { kind: 'root' }],
    ['/da/', { kind: 'reader', language: 'da' }],
    ['/fi', { kind: 'reader', language: 'fi' }],
    ['/is/index.html', { kind: 'reader', language: 'is' }],
    ['/xx/', { kind: 'not-found' }],
    ['/da/extra', { kind: 'not-found' }],
    ['/__proto__/', { kind: 'not-found' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });
});
