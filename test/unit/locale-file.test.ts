import { describe, expect, it } from 'vitest';
import { formatCatalog } from '../../src/core/common/catalog.ts';
import { parseLocaleFile } from '../../src/core/locale/locale-file.ts';

describe('parseLocaleFile', () => {
  it('flattens nested i18next JSON into dotted keys in file order', () => {
    const result = parseLocaleFile('ui.json', '{\n  "b": "B",\n  "a": { "y": "Y", "x": "X" }\n}\n');
    expect(result.ok && [...result.value.catalog]).toEqual([
      ['b', 'B'],
      ['a.y', 'Y'],
      ['a.x', 'X'],
    ]);
  });

  it('round-trips through the writer unchanged', () => {
    const text = '{\n  "a": {\n    "x": "Æ ø å – “quoted”"\n  },\n  "b": "B"\n}\n';
    const result = parseLocaleFile('ui.json', text);
    expect(result.ok && formatCatalog(result.value.catalog)).toBe(text);
  });

  it('names the line and column of a syntax error', () => {
    const result = parseLocaleFile('locales/da/ui.json', '{\n  "a": "A"\n  "b": "B"\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // At the end of the entry that lacks its comma, not at the next one.
    expect(result.problems).toEqual([expect.objectContaining({ file: 'locales/da/ui.json', line: 2, column: 11, code: 'json-syntax' })]);
    expect(result.problems[0]?.message).toBe('invalid JSON: a comma is missing here, between two entries: add , at the end of this line');
  });

  it('reports a trailing comma, an unterminated string and an empty file', () => {
    const trailing = parseLocaleFile('f.json', '{ "a": "A", }');
    const open = parseLocaleFile('f.json', '{ "a": "A }');
    const empty = parseLocaleFile('f.json', '');
    expect([trailing.ok, open.ok, empty.ok]).toEqual([false, false, false]);
  });

  it('refuses duplicate keys, prototype keys and values that are not strings', () => {
    const result = parseLocaleFile(
      'f.json',
      '{\n  "a": "A",\n  "a": "again",\n  "__proto__": "x",\n  "constructor": { "k": "v" },\n  "n": 3,\n  "l": ["x"]\n}',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.line])).toEqual([
      ['duplicate-key', 3],
      ['forbidden-key', 4],
      ['forbidden-key', 5],
      ['shape', 6],
      ['shape', 7],
    ]);
  });

  it('refuses a top level that is not an object', () => {
    expect(parseLocaleFile('f.json', '["a"]').ok).toBe(false);
  });
});

describe('one error per JSON mistake: the first, where it is, with what to do', () => {
  const first = (text: string): [number | undefined, number | undefined, string][] => {
    const result = parseLocaleFile('f.json', text);
    return result.ok ? [] : result.problems.map((p) => [p.line, p.column, p.message.replace('invalid JSON: ', '')]);
  };

  it.each([
    [
      'a missing opening quote',
      '{\n  "a": "x",\n  "b": Fælles erklæring fra de nordiske",\n  "c": "y"\n}\n',
      3,
      8,
      'this text has no opening quote: add " before Fælles',
    ],
    [
      'a missing closing quote',
      '{\n  "a": "x",\n  "b": "Fælles erklæring,\n  "c": "y"\n}\n',
      3,
      8,
      'this text has no closing quote: add " at its end, before the end of the line',
    ],
    ['a key without its opening quote', '{\n  "a": "x",\n  b": "y"\n}\n', 3, 3, 'this key has no opening quote: add " before b'],
    [
      'a straight quote inside a text',
      '{\n  "a": "he said "hi" there"\n}\n',
      2,
      18,
      'the text goes on (hi) after its closing quote: a quote inside a text is written \\" (or use “ ”), and a key or text needs its own closing quote',
    ],
    ['single quotes', "{\n  'a': 'x'\n}\n", 2, 3, `JSON takes double quotes: write "…" instead of '…'`],
    ['a missing colon', '{\n  "a" "x"\n}\n', 2, 7, 'a colon is missing after the key: write "key": "text"'],
    ['a missing closing brace', '{\n  "a": "x"\n', 3, 1, 'a closing } is missing: every { needs one'],
    [
      'an extra closing brace',
      '{\n  "a": "x"\n}\n}\n',
      4,
      1,
      'the file goes on after its last closing }: delete what follows it (an extra } or a pasted line?)',
    ],
  ])('%s', (_name, text, line, column, message) => {
    expect(first(text)).toEqual([[line, column, message]]);
  });
});

describe('damage people and git do to JSON files', () => {
  it('accepts a byte-order mark', () => {
    const result = parseLocaleFile('f.json', '\ufeff{\n  "a": "A"\n}\n');
    expect(result.ok && [...result.value.catalog]).toEqual([['a', 'A']]);
  });

  it('names git conflict markers as a merge conflict at their line, with how to resolve it', () => {
    const result = parseLocaleFile('locales/da/doc.json', '{\n<<<<<<< HEAD\n  "a": "A"\n=======\n  "a": "B"\n>>>>>>> other\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'merge-conflict', line: 2, column: 1 });
    expect(result.problems[0]?.message).toContain('keep the translation you want between the markers');
  });

  it('names a trailing comma at the comma', () => {
    const result = parseLocaleFile('f.json', '{\n  "a": "A",\n  "b": { "c": "C", }\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 18, 'invalid JSON: trailing comma after the last entry (JSON allows none): delete this comma'],
    ]);
  });

  it('reads a value of only invisible characters as untranslated, with a warning at the value', () => {
    const result = parseLocaleFile('f.json', '{\n  "a": "\\u200b",\n  "b": "\\u00ad \\u2060",\n  "c": "Soft\\u00adhyphen"\n}\n');
    expect(result.ok && [...result.value.catalog]).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', 'Soft\u00adhyphen'],
    ]);
    expect(result.ok && result.warnings.map((w) => [w.key, w.line, w.column, w.severity])).toEqual([
      ['a', 2, 8, 'warning'],
      ['b', 3, 8, 'warning'],
    ]);
  });

  it('says the same of the sync state and the glossary, each with its own advice', async () => {
    const { parseState } = await import('../../src/core/state/state-file.ts');
    const { parseGlossary } = await import('../../src/core/locale/glossary-file.ts');
    const conflict = '{\n<<<<<<< HEAD\n}\n';
    const state = parseState('locales/.sync/da/doc.json', conflict);
    const glossary = parseGlossary('locales/glossary.json', conflict);
    expect(!state.ok && state.problems[0]?.message).toContain('written by `npm run extract`');
    expect(!glossary.ok && glossary.problems[0]?.message).toContain('keep the terms you want from both sides');
    const trailing = parseState('s.json', '{ "entries": {}, "obsolete": {}, }');
    expect(!trailing.ok && [trailing.problems[0]?.column, trailing.problems[0]?.message]).toEqual([
      32,
      expect.stringContaining('trailing comma'),
    ]);
    expect(parseState('s.json', '\ufeff{ "entries": {}, "obsolete": {} }').ok).toBe(true);
  });
});
