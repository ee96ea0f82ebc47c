import { describe, expect, it } from 'vitest';
import { syncCatalog } from '../../src/core/sync/merge.ts';
import { textFingerprint } from '../../src/core/common/hash.ts';
import { catalog, input, state, written } from '../support/factories.ts';

const statuses = (result: ReturnType<typeof syncCatalog>): Record<string, string> =>
  Object.fromEntries(result.report.map((e) => [e.key, e.status]));

/** Three paragraphs, each translated and made from the English it had: the sync before the English changes. */
const translatedOneTwoThree = () => ({
  previousEnglish: catalog({ a: 'One', b: 'Two', c: 'Three' }),
  target: catalog({ a: 'Én', b: 'To', c: 'Tre' }),
  state: state({
    a: { from: 'One', translation: 'Én' },
    b: { from: 'Two', translation: 'To' },
    c: { from: 'Three', translation: 'Tre' },
  }),
});

describe('syncCatalog', () => {
  it('adds new English keys as untranslated, in document order', () => {
    const result = syncCatalog(input({ english: catalog({ a: 'One', b: 'Two' }), previousEnglish: catalog() }));
    expect([...result.target]).toEqual([
      ['a', ''],
      ['b', ''],
    ]);
    expect(statuses(result)).toEqual({ a: 'untranslated', b: 'untranslated' });
    expect(result.report.map((e) => e.previous)).toEqual(['new', 'new']);
  });

  it('adopts a new translation as made from the English that history shows it was written against', () => {
    const result = syncCatalog(input({ english: catalog({ a: 'One' }), target: catalog({ a: 'Én' }), evidence: written('One') }));
    expect(statuses(result)).toEqual({ a: 'translated' });
    expect(result.state.entries.get('a')).toEqual({ from: 'One', seen: textFingerprint('Én') });
    expect(result.unvouched).toEqual([]);
  });

  it('asks for evidence of a translation the state does not vouch for, and without it the entry needs review', () => {
    const result = syncCatalog(input({ english: catalog({ a: 'One' }), target: catalog({ a: 'Én' }) }));
    expect(result.unvouched).toEqual(['a']);
    expect(result.report[0]).toMatchObject({ status: 'stale', unverified: true, to: 'One' });
    expect(result.state.entries.get('a')).toEqual({ seen: textFingerprint('Én'), unverified: true });
  });

  it('keeps the best-known English for the diff when evidence is missing for an edited translation', () => {
    const result = syncCatalog(
      input({
        english: catalog({ a: 'One v2' }),
        target: catalog({ a: 'Én, rettet' }),
        state: state({ a: { from: 'One', translation: 'Én' } }),
        evidence: () => ({ source: 'nothing' }),
      }),
    );
    expect(result.report[0]).toMatchObject({ status: 'stale', unverified: true, from: 'One', to: 'One v2' });
  });

  it('takes an edit made against an older English as stale, with that English for the diff', () => {
    const result = syncCatalog(
      input({
        english: catalog({ a: 'One v2' }),
        target: catalog({ a: 'Én, rettet' }),
        state: state({ a: { from: 'One', translation: 'Én' } }),
        evidence: written('One'),
      }),
    );
    expect(result.report[0]).toMatchObject({ status: 'stale', from: 'One', to: 'One v2' });
    expect(result.report[0]?.unverified).toBeUndefined();
  });

  it('leaves a stale entry stale when its rewrite is a replacement applied across entries', () => {
    const base = {
      english: catalog({ a: 'One v2', b: 'Two' }),
      target: catalog({ a: 'Én forsvar', b: 'To forsvar' }),
      state: state({ a: { from: 'One', translation: 'Én værn' }, b: { from: 'Two', translation: 'To værn' } }),
      evidence: (key: string) => ({ english: key === 'a' ? 'One v2' : 'Two', source: 'test' }),
    };
    const replaced = syncCatalog(input({ ...base, replacements: new Set(['a', 'b']) }));
    expect(statuses(replaced)).toEqual({ a: 'stale', b: 'translated' });
    expect(replaced.state.entries.get('a')?.from).toBe('One');
    const edited = syncCatalog(input(base));
    expect(statuses(edited)).toEqual({ a: 'translated', b: 'translated' });
  });

  it('does not take a re-normalised text (NFD) for an edit', () => {
    const nfc = 'Én på ø';
    const result = syncCatalog(
      input({
        english: catalog({ a: 'One v2' }),
        target: catalog({ a: nfc.normalize('NFD') }),
        state: state({ a: { from: 'One', translation: nfc } }),
      }),
    );
    expect(result.unvouched).toEqual([]);
    expect(result.report[0]).toMatchObject({ status: 'stale', from: 'One' });
  });

  it('counts an unusable translation (invalid, or the English copied) as untranslated, keeping its text', () => {
    const result = syncCatalog(
      input({ english: catalog({ a: 'One' }), target: catalog({ a: 'One' }), evidence: written('One'), usable: () => false }),
    );
    expect(result.report[0]).toMatchObject({ status: 'untranslated', unusable: true, translation: 'One' });
    expect(result.target.get('a')).toBe('One');
  });

  it('keeps a translation whose English changed and marks it stale with the previous English', () => {
    const result = syncCatalog({
      english: catalog({ a: 'One, revised' }),
      previousEnglish: catalog({ a: 'One' }),
      target: catalog({ a: 'Én' }),
      state: state({ a: { from: 'One', translation: 'Én' } }),
    });
    expect(result.target.get('a')).toBe('Én');
    expect(result.report[0]).toMatchObject({ key: 'a', status: 'stale', previous: 'translated', from: 'One', to: 'One, revised' });
    expect(result.state.entries.get('a')?.from).toBe('One');
  });

  interface Moved {
    readonly name: string;
    readonly english: string;
    readonly previous: string;
    readonly translation: string;
    /** The English a write of the translation answers to, when history shows one. */
    readonly saw?: string;
    readonly report: object;
    readonly from?: string;
  }
  // One paragraph translated from "One" as "Én": the English moves on, and the translation may have been edited.
  it.each<Moved>([
    {
      name: 'keeps the oldest English a stale translation was made from when the English changes again',
      english: 'One v3',
      previous: 'One v2',
      translation: 'Én',
      report: { status: 'stale', previous: 'stale', from: 'One', to: 'One v3' },
    },
    {
      name: 'treats a stale translation the translator has since edited against the current English as up to date',
      english: 'One, revised',
      previous: 'One, revised',
      translation: 'Én, revideret',
      saw: 'One, revised',
      report: { status: 'translated', previous: 'stale' },
      from: 'One, revised',
    },
    {
      name: 'flags an edit made while the English changed in the same run, against the English the translator saw',
      english: 'One v2',
      previous: 'One',
      translation: 'Én (rettet)',
      saw: 'One',
      report: { status: 'stale', from: 'One', to: 'One v2' },
    },
  ])('$name', ({ english, previous, translation, saw, report, from }) => {
    const result = syncCatalog({
      english: catalog({ a: english }),
      previousEnglish: catalog({ a: previous }),
      target: catalog({ a: translation }),
      state: state({ a: { from: 'One', translation: 'Én' } }),
      ...(saw === undefined ? {} : { evidence: written(saw) }),
    });
    expect(result.report[0]).toMatchObject(report);
    if (from !== undefined) expect(result.state.entries.get('a')?.from).toBe(from);
  });

  it('confirms a stale translation unchanged when asked', () => {
    const result = syncCatalog({
      english: catalog({ a: 'One.', b: 'Two.' }),
      previousEnglish: catalog({ a: 'One', b: 'Two' }),
      target: catalog({ a: 'Én', b: 'To' }),
      state: state({ a: { from: 'One', translation: 'Én' }, b: { from: 'Two', translation: 'To' } }),
      confirm: new Set(['a']),
    });
    expect(statuses(result)).toEqual({ a: 'translated', b: 'stale' });
    expect(result.target.get('a')).toBe('Én');
  });

  it('moves a translation whose English was removed to the obsolete store, with the English it was made from', () => {
    const result = syncCatalog({
      english: catalog({ b: 'Two' }),
      previousEnglish: catalog({ a: 'One', b: 'Two' }),
      target: catalog({ a: 'Én', b: 'To' }),
      state: state({ a: { from: 'One', translation: 'Én' }, b: { from: 'Two', translation: 'To' } }),
    });
    expect([...result.target.keys()]).toEqual(['b']);
    expect(result.state.obsolete.get('a')).toEqual({ translation: 'Én', from: 'One' });
    expect(result.report.find((e) => e.key === 'a')).toMatchObject({ status: 'obsolete', previous: 'translated' });
  });

  it('carries the obsolete store forward and prunes it only when asked', () => {
    const base = {
      english: catalog({ b: 'Two' }),
      previousEnglish: catalog({ b: 'Two' }),
      target: catalog({ b: 'To' }),
      state: state({ b: { from: 'Two', translation: 'To' } }, { a: { translation: 'Én', from: 'One' } }),
    };
    expect(syncCatalog(base).state.obsolete.get('a')).toEqual({ translation: 'Én', from: 'One' });
    const pruned = syncCatalog({ ...base, prune: true });
    expect(pruned.state.obsolete.size).toBe(0);
    expect(pruned.report.find((e) => e.key === 'a')).toMatchObject({ status: 'obsolete', pruned: true });
  });

  it('restores a translation when its paragraph comes back, stale if the English differs', () => {
    const obsolete = { a: { translation: 'Én', from: 'One' } };
    const same = syncCatalog(input({ english: catalog({ a: 'One' }), previousEnglish: catalog(), state: state({}, obsolete) }));
    expect(same.target.get('a')).toBe('Én');
    expect(statuses(same)).toEqual({ a: 'translated' });
    expect(same.state.obsolete.size).toBe(0);
    const changed = syncCatalog(input({ english: catalog({ a: 'One!' }), previousEnglish: catalog(), state: state({}, obsolete) }));
    expect(statuses(changed)).toEqual({ a: 'stale' });
  });

  it('follows the English order when paragraphs are reordered, each translation staying with its id', () => {
    const result = syncCatalog({
      english: catalog({ c: 'Three', a: 'One', b: 'Two' }),
      ...translatedOneTwoThree(),
    });
    expect([...result.target]).toEqual([
      ['c', 'Tre'],
      ['a', 'Én'],
      ['b', 'To'],
    ]);
    expect(statuses(result)).toEqual({ c: 'translated', a: 'translated', b: 'translated' });
  });

  it('is idempotent: syncing its own output changes nothing', () => {
    const first = syncCatalog({
      english: catalog({ a: 'One v2', b: 'Two', d: 'Four' }),
      ...translatedOneTwoThree(),
    });
    const second = syncCatalog({
      english: catalog({ a: 'One v2', b: 'Two', d: 'Four' }),
      previousEnglish: catalog({ a: 'One v2', b: 'Two', d: 'Four' }),
      target: first.target,
      state: first.state,
    });
    expect([...second.target]).toEqual([...first.target]);
    expect([...second.state.entries]).toEqual([...first.state.entries]);
    expect([...second.state.obsolete]).toEqual([...first.state.obsolete]);
    expect(statuses(second)).toEqual(statuses(first));
  });

  it('keeps a translation of a key unknown to the English in the obsolete store rather than dropping it', () => {
    const result = syncCatalog(input({ english: catalog({ a: 'One' }), target: catalog({ a: 'Én', typo: 'Tekst' }) }));
    expect(result.state.obsolete.get('typo')).toEqual({ translation: 'Tekst', unverified: true });
  });
});
