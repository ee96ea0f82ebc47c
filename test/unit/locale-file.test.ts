import { describe, expect, it } from 'vitest';
import { formatCatalog } from '../../src/sync/catalog.ts';
import { parseLocaleFile } from '../../src/sync/locale-file.ts';

describe('parseLocaleFile', () => {
  it('flattens nested i18next JSON into dotted keys in file order', () => {
    const result = parseLocaleFile('ui.json', '{\n  "b": "B",\n  "a": { "y": "Y", "x": "X" }\n}\n');
    expect(result.ok && [...result.catalog]).toEqual([
      ['b', 'B'],
      ['a.y', 'Y'],
      ['a.x', 'X'],
    ]);
  });

  it('round-trips through the writer unchanged', () => {
    const text = '{\n  "a": {\n    "x": "Æ ø å – “quoted”"\n  },\n  "b": "B"\n}\n';
    const result = parseLocaleFile('ui.json', text);
    expect(result.ok && formatCatalog(result.catalog)).toBe(text);
  });

  it('names the line and column of a syntax error', () => {
    const result = parseLocaleFile('locales/da/ui.json', '{\n  "a": "A"\n  "b": "B"\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'locales/da/ui.json', line: 3, column: 3, code: 'json-syntax' });
    expect(result.problems[0]?.message).toContain('comma');
  });

  it('reports a trailing comma, an unterminated string and an empty file', () => {
    const trailing = parseLocaleFile('f.json', '{ "a": "A", }');
    const open = parseLocaleFile('f.json', '{ "a": "A }');
    const empty = parseLocaleFile('f.json', '');
    expect([trailing.ok, open.ok, empty.ok]).toEqual([false, false, false]);
  });

  it('refuses duplicate keys, prototype keys and values that are not strings', () => {
    const result = parseLocaleFile('f.json', '{\n  "a": "A",\n  "a": "again",\n  "__proto__": "x",\n  "constructor": { "k": "v" },\n  "n": 3,\n  "l": ["x"]\n}');
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
