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

describe('the language list', () => {
  it('names each language in itself, capitalised for a list', () => {
    expect(LANGUAGES.map(displayName)).toEqual(['English', 'Dansk', 'Norsk bokmål', 'Norsk nynorsk', 'Svenska', 'Suomi', 'Íslenska']);
    expect(getLanguage('is').endonym).toBe('íslenska');
  });

  it('formats the meeting date in each language\'s own form', () => {
    expect(LANGUAGES.map((l) => formatDate('2024-11-21', l.code))).toEqual([
      '21 November 2024',
      '21. november 2024',
      '21. november 2024',
      '21. november 2024',
      '21 november 2024',
      '21. marraskuuta 2024',
      '21. nóvember 2024',
    ]);
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
