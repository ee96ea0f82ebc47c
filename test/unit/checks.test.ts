import { describe, expect, it } from 'vitest';
import { checkTranslations, type Glossary } from '../../src/core/sync/checks.ts';
import { catalog } from '../support/factories.ts';

const glossary: Glossary = [
  { en: ['total defence'], forms: new Map([['da', ['totalforsvar']]]) },
  { en: ['NATO'], forms: new Map([['da', ['NATO']]]), caseSensitive: true },
  { en: ['capability targets'], forms: new Map([['da', ['styrkemål']]]) },
];

function check(english: Record<string, string>, target: Record<string, string>) {
  return checkTranslations({ language: 'da', namespace: 'ns', english: catalog(english), target: catalog(target), glossary }).map((p) => [
    p.severity,
    p.code,
    p.key,
  ]);
}

describe('checkTranslations', () => {
  it('accepts a faithful translation and ignores untranslated entries', () => {
    expect(check({ a: 'On {{date}}, <b>total defence</b>.', b: 'Two' }, { a: 'Den {{date}}, <b>totalforsvaret</b>.', b: '' })).toEqual([]);
  });

  it('reports placeholders that differ from the English', () => {
    expect(check({ a: 'Link {{number}}' }, { a: 'Link {{nummer}}' })).toEqual([['error', 'placeholder-mismatch', 'a']]);
    expect(check({ a: 'Link {{number}}' }, { a: 'Link' })).toEqual([['error', 'placeholder-mismatch', 'a']]);
  });

  it('reports tags that differ, including markup the English does not have', () => {
    expect(check({ a: 'See <original>it</original>' }, { a: 'Se <oprindelig>den</oprindelig>' })).toEqual([['error', 'tag-mismatch', 'a']]);
    expect(check({ a: 'Plain' }, { a: 'Ren <img src=x onerror=alert(1)>' })).toEqual([['error', 'tag-mismatch', 'a']]);
  });

  it('lists the tags it expected in the order the English has them, and accepts them moved', () => {
    const english = { a: 'Remove <name>{{language}}</name> from <b>the comparison</b>' };
    const [problem] = checkTranslations({
      language: 'da',
      namespace: 'ns',
      english: catalog(english),
      target: catalog({ a: 'Fjern {{language}}' }),
      glossary,
    });
    expect(problem?.message).toContain('expected <name> </name> <b> </b>, found none');
    expect(check(english, { a: 'Fjern <b>sammenligningen</b> <name>{{language}}</name>' })).toEqual([]);
  });

  it('reports a translation of only white space and one identical to the English', () => {
    expect(check({ a: 'Text' }, { a: '   ' })).toEqual([['error', 'empty', 'a']]);
    expect(check({ a: 'Print this' }, { a: 'Print this' })).toEqual([['warning', 'identical', 'a']]);
    expect(check({ a: 'NATO 2030' }, { a: 'NATO 2030' })).toEqual([]);
  });

  it('holds official names to their exact case', () => {
    expect(check({ a: 'NATO targets' }, { a: 'NATO’s mål' })).toEqual([]);
    expect(check({ a: 'NATO targets' }, { a: 'Natos mål' })).toEqual([['warning', 'glossary', 'a']]);
  });

  it('reports an agreed term the translation misses', () => {
    expect(check({ a: 'Civil preparedness and total defence.' }, { a: 'Civilt beredskab og samlet forsvar.' })).toEqual([
      ['warning', 'glossary', 'a'],
    ]);
  });

  it('finds an agreed form in a file re-normalised to NFD (hostile-git H7-07: no word changed)', () => {
    const english = { a: 'The capability targets.' };
    expect(check(english, { a: 'Styrkemålene.'.normalize('NFD') })).toEqual([]);
  });
});
