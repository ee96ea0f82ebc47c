import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeEntry } from '../../src/core/exchange/exchange.ts';
import type { ExchangeRecord } from '../../src/core/exchange/exchange-record.ts';
import { fromPieces, toPieces } from '../../src/core/exchange/formats/inline.ts';
import { decideImport, type NamespaceFiles } from '../../src/core/exchange/import-policy.ts';
import { EMPTY_STATE } from '../../src/core/state/state.ts';

/** One namespace "doc" whose English is `english` and whose Danish is `danish`, all made from the English now. */
function project(english: Record<string, string>, danish: Record<string, string>): ReadonlyMap<string, NamespaceFiles> {
  const entries = new Map(
    Object.entries(danish)
      .filter(([, t]) => t !== '')
      .map(([key]) => [key, { from: english[key] ?? '', seen: 'x' }]),
  );
  return new Map([
    ['doc', { english: new Map(Object.entries(english)), target: new Map(Object.entries(danish)), state: { ...EMPTY_STATE, entries } }],
  ]);
}

const entry = (key: string, translation: string, more: Partial<ExchangeEntry> = {}): ExchangeEntry => ({
  namespace: 'doc',
  key,
  source: 'One.',
  translation,
  reviewed: true,
  line: 3,
  ...more,
});
const record = (translation: string, more: Partial<{ english: string; reviewed: boolean }> = {}): ExchangeRecord => ({
  entries: new Map([['doc:one', { english: 'One.', translation, reviewed: true, ...more }]]),
  obsolete: new Map(),
});

const decide = (entries: readonly ExchangeEntry[], danish: string, rec?: ExchangeRecord, overwrite = false) =>
  decideImport({
    language: 'da',
    file: 'da.xlf',
    entries,
    namespaces: project({ one: 'One.' }, { one: danish }),
    ...(rec ? { record: rec } : {}),
    overwrite,
  });

describe('decideImport', () => {
  it('applies nothing for an entry as the record has it, whatever locales/ holds now', () => {
    const result = decide([entry('one', 'En.')], 'Et.', record('En.'));
    expect([...result.edits]).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('applies an entry the translator changed over the text the record says it was made from', () => {
    const result = decide([entry('one', 'Én.')], 'En.', record('En.'));
    expect(result.edits.get('doc')).toEqual([{ key: 'one', translation: 'Én.', from: 'One.', reviewed: true, line: 3, column: 1 }]);
    expect(result.record.entries.get('doc:one')).toEqual({ english: 'One.', translation: 'Én.', reviewed: true });
  });

  it('refuses a change over a translation that also changed since the export, unless overwrite', () => {
    expect(decide([entry('one', 'Én.')], 'Et.', record('En.')).conflicts.map((p) => [p.code, p.key, p.line])).toEqual([
      ['conflict', 'one', 3],
    ]);
    expect(
      decide([entry('one', 'Én.')], 'Et.', record('En.'), true)
        .edits.get('doc')
        ?.map((e) => e.translation),
    ).toEqual(['Én.']);
  });

  it('without a record, refuses a text that would replace a different translation, and takes one where there was none or the same', () => {
    expect(decide([entry('one', 'Én.')], 'En.').conflicts.map((p) => p.message)).toEqual([
      expect.stringContaining('nothing records which translation'),
    ]);
    expect(decide([entry('one', 'Én.')], '').edits.get('doc')?.length).toBe(1);
    expect(decide([entry('one', 'En.')], 'En.').conflicts).toEqual([]);
  });

  it('keeps an entry not marked done stale: from the English the state records, never the English now', () => {
    const result = decide([entry('one', 'Én.', { reviewed: false })], 'En.', record('En.'));
    expect(result.edits.get('doc')?.[0]?.from).toBe('');
  });

  it('refuses a source that is neither the English at export nor the English now, and an id nobody knows', () => {
    expect(decide([entry('one', 'Én.', { source: 'One!' })], 'En.', record('En.')).refused.map((p) => p.code)).toEqual(['source-changed']);
    expect(decide([entry('two', 'To.')], 'En.', record('En.')).refused.map((p) => p.code)).toEqual(['unknown-id']);
  });

  it('saves a translation of the English at export, when the English changed since, as stale with a warning', () => {
    const result = decideImport({
      language: 'da',
      file: 'da.xlf',
      entries: [entry('one', 'Én.')],
      namespaces: project({ one: 'One, revised.' }, { one: 'En.' }),
      record: record('En.'),
    });
    expect(result.edits.get('doc')?.[0]?.from).toBe('One.');
    expect(result.warnings.map((w) => w.code)).toEqual(['english-changed']);
  });

  it('reports an edited removed (#~) entry as work only the file holds, and imports nothing from it', () => {
    const rec: ExchangeRecord = { entries: new Map(), obsolete: new Map([['doc:gone', 'Væk.']]) };
    const result = decide([entry('gone', 'Væk, rettet.', { obsolete: true }), entry('one', 'En.')], 'En.', rec);
    expect(result.stranded).toEqual(['doc:gone']);
    expect(result.warnings.map((w) => w.code)).toEqual(['obsolete-edited']);
    expect([...result.edits]).toEqual([]);
    expect(decide([entry('gone', 'Væk.', { obsolete: true })], 'En.', rec).stranded).toEqual([]);
  });
});

describe('inline codes', () => {
  const code = fc.constantFrom('{{date}}', '{{ name }}', '<b>', '</b>', '<original>', '</original>', '<br/>');
  const text = fc
    .array(
      fc.oneof(
        code,
        fc.string({ maxLength: 5 }).filter((s) => !/[<>{}]/.test(s)),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));

  it('give back the text they were made from, with the ids of the English codes', () => {
    fc.assert(
      fc.property(text, text, (english, translation) => {
        expect(fromPieces(toPieces(english))).toBe(english);
        expect(fromPieces(toPieces(translation, toPieces(english)))).toBe(translation);
      }),
      { numRuns: 300 },
    );
  });

  it('pair tags, and give a translation’s codes the ids of the same codes in the English', () => {
    const english = toPieces('A <b>bold {{x}}</b> word');
    expect(english).toEqual([
      { kind: 'text', text: 'A ' },
      {
        kind: 'pair',
        id: '1',
        open: '<b>',
        close: '</b>',
        name: 'b',
        children: [
          { kind: 'text', text: 'bold ' },
          { kind: 'code', id: '2', code: '{{x}}', name: 'x' },
        ],
      },
      { kind: 'text', text: ' word' },
    ]);
    expect(toPieces('{{x}} <b>fed</b>', english).map((p) => (p.kind === 'text' ? p.text : p.id))).toEqual(['2', ' ', '1']);
  });
});
