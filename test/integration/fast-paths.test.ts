import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForbidden, forbiddenCharacters, xmlUnwritable } from '../../src/core/common/characters.ts';
import { parseLocaleFile, parseLocaleFileFully } from '../../src/core/locale/locale-file.ts';
import type { Result } from '../../src/core/common/result.ts';
import type { LocaleFile } from '../../src/core/locale/locale-file.ts';

/**
 * The quick paths that make extraction fast must decide exactly as the full readers do: on texts
 * drawn to sit near every boundary (the characters each check is about, quotes and escapes, keys
 * JSON.parse treats specially, duplicates, broken syntax), the result is the same, problems and
 * positions included. Bounded: a thousand texts per property.
 */
const RUNS = { numRuns: 1000 };

/** Characters each check is about, and ordinary ones. */
const SPECIAL = [
  'a',
  'ø',
  ' ',
  '\t',
  '\n',
  '\r',
  '"',
  '\\',
  ':',
  '{',
  '}',
  '\u0000',
  '\u0008',
  '\u000b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200f',
  '\u2019',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\ufdd0',
  '\ufdef',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud83f\udffe',
  '\udbff\udfff',
];
const text = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 12 }).map((parts) => parts.join(''));

/** What each check finds, by its definition (docs in characters.ts), without the quick pre-test. */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]|\p{Cs}|\p{Noncharacter_Code_Point}/gu;
const XML_UNWRITABLE = /(?![\t\n\r\u007F-\u009F])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;
const found = (value: string, pattern: RegExp) =>
  [...value.matchAll(pattern)].map((m) => ({ index: m.index, codePoint: m[0].codePointAt(0) ?? 0 }));

describe('the characters checks', () => {
  it('find what their definitions find', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(forbiddenCharacters(value)).toEqual(found(value, FORBIDDEN));
        expect(xmlUnwritable(value)).toEqual(found(value, XML_UNWRITABLE));
        expect(escapeForbidden(value) === value).toBe(found(value, FORBIDDEN).length === 0);
      }),
      RUNS,
    );
  });
});

/** A locale file's text, often valid, sometimes with duplicate keys, odd keys and values, or broken syntax. */
const KEYS = ['a', 'b', 'c', 'a.b', '', '__proto__', 'constructor', 'prototype', '0', '1', '10', '01', 'x"y', 'x\\', 'ø', ' '];
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
type Value = string | { readonly entries: readonly (readonly [string, Value])[] } | number | null;
const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 2, arbitrary: fc.record({ entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 4 }) }) },
    { weight: 1, arbitrary: fc.constantFrom(1, null) },
  ),
})).value;

function serialise(v: Value, ws: string): string {
  if (typeof v === 'string' || typeof v === 'number' || v === null) return JSON.stringify(v);
  return `{${v.entries.map(([k, x]) => `${ws}${JSON.stringify(k)}${ws}:${ws}${serialise(x, ws)}`).join(',')}${ws}}`;
}

const localeText = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 6 }),
    space,
    fc.constantFrom('', '', '', '\ufeff', ',', '// x', ']', '<<<<<<< HEAD\n'),
  )
  .map(([entries, ws, damage]) => {
    const body = serialise({ entries }, ws);
    return damage === '\ufeff' ? `${damage}${body}\n` : damage === '' ? `${body}\n` : `${body.slice(0, -1)}${damage}}\n`;
  });

function comparable(result: Result<LocaleFile>): unknown {
  return result.ok
    ? { catalog: [...result.value.catalog], positions: [...result.value.positions], warnings: result.warnings }
    : { problems: result.problems };
}

describe('parseLocaleFile', () => {
  it('reads every file as the full reader does', () => {
    const paths = { quick: 0, full: 0 };
    fc.assert(
      fc.property(localeText, (raw) => {
        const result = parseLocaleFile('locales/da/x.json', raw);
        // The quick path's positions are made when first read; the full reader's are a Map from the start.
        paths[result.ok && !(result.value.positions instanceof Map) ? 'quick' : 'full']++;
        expect(comparable(result)).toEqual(comparable(parseLocaleFileFully('locales/da/x.json', raw)));
      }),
      RUNS,
    );
    // Both ways were taken, many times: the texts are drawn on both sides of the boundary.
    expect(paths.quick).toBeGreaterThan(RUNS.numRuns / 20);
    expect(paths.full).toBeGreaterThan(RUNS.numRuns / 20);
  });
});

/** Lines of every kind a document may hold, and of the kinds that must be left to micromark. */
