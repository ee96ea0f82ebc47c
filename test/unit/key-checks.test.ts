import { describe, expect, it } from 'vitest';
import { movedEnglish, unknownKeys } from '../../src/core/sync/key-checks.ts';
import { classifyLocaleTree } from '../../src/core/locale/locale-tree.ts';

const map = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('unknownKeys', () => {
  const base = { file: 'locales/da/doc.json', language: 'da', namespace: 'doc', positions: new Map([['tow', { line: 3, column: 3 }]]) };
  it('accepts keys the English has, had at the last sync, or the state records (live or obsolete)', () => {
    const found = unknownKeys({
      ...base,
      target: map({ a: 'A', gone: 'G', kept: 'K' }),
      english: map({ a: 'x' }),
      previousEnglish: map({ gone: 'y' }),
      recorded: new Set(['kept']),
    });
    expect(found).toEqual([]);
  });
  it('names a misspelt key at its line with the key it was probably meant to be', () => {
    const [problem] = unknownKeys({
      ...base,
      target: map({ tow: 'To' }),
      english: map({ two: 'Two', three: 'Three' }),
      previousEnglish: map({}),
      recorded: new Set(),
    });
    expect(problem).toMatchObject({ code: 'unknown-key', key: 'tow', line: 3, column: 3 });
    expect(problem?.message).toContain('did you mean "two"?');
  });
  it('names an object where the English has one text', () => {
    const [problem] = unknownKeys({
      ...base,
      target: map({ 'two.text': 'To' }),
      english: map({ two: 'Two' }),
      previousEnglish: map({}),
      recorded: new Set(),
    });
    expect(problem?.message).toContain('"two" is a single text in the English');
  });
});

describe('movedEnglish', () => {
  it('finds swapped ids once per pair, and English moved onto another id', () => {
    expect(movedEnglish(map({ a: 'B text', b: 'A text' }), map({ a: 'A text', b: 'B text' }))).toEqual([
      { to: 'a', from: 'b', swapped: true },
    ]);
    expect(movedEnglish(map({ a: 'B text' }), map({ a: 'A text', b: 'B text' }))).toEqual([{ to: 'a', from: 'b', swapped: false }]);
  });
  it('ignores reordering, plain edits and text copied while the other paragraph stays', () => {
    expect(movedEnglish(map({ b: 'B text', a: 'A text' }), map({ a: 'A text', b: 'B text' }))).toEqual([]);
    expect(movedEnglish(map({ a: 'A new', b: 'B text' }), map({ a: 'A text', b: 'B text' }))).toEqual([]);
    expect(movedEnglish(map({ a: 'B text', b: 'B text' }), map({ a: 'A text', b: 'B text' }))).toEqual([]);
  });
});

describe('classifyLocaleTree', () => {
  it("knows the tools' own files and names everything else", () => {
    const tree = classifyLocaleTree({
      paths: [
        'locales/glossary.json',
        'locales/en/doc.json',
        'locales/da/doc.json',
        'locales/.sync/da/doc.json',
        'locales/en/old.json',
        'locales/da/old.json',
        'locales/da/doc.bak.json',
        'locales/xx/doc.json',
        'locales/da/.DS_Store',
        'locales/.sync/da/stray.json',
      ],
      sourceLanguage: 'en',
      targetLanguages: ['da'],
      live: new Set(['doc']),
    });
    expect(tree).toEqual({ vanished: ['old'], unknown: ['locales/da/doc.bak.json', 'locales/xx/doc.json', 'locales/.sync/da/stray.json'] });
  });
});
