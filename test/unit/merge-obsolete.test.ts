import { describe, expect, it } from 'vitest';
import { syncCatalog } from '../../src/core/sync/merge.ts';
import { textFingerprint } from '../../src/core/common/hash.ts';
import { catalog, state } from '../support/factories.ts';

/**
 * The obsolete store launders nothing (hostile-git H7-01): a translation leaves the catalog with the
 * standing the state gave that very text, and a removed paragraph put back brings it back no better.
 */
describe('syncCatalog and the obsolete store', () => {
  it('records in the obsolete store that nothing vouched for a text the state did not vouch for', () => {
    const removed = (entry: { from?: string; seen: string; unverified?: true } | undefined, translation = 'Én') =>
      syncCatalog({
        english: catalog({ b: 'Two' }),
        previousEnglish: catalog({ a: 'One', b: 'Two' }),
        target: catalog({ a: translation, b: 'To' }),
        state: { entries: new Map(entry ? [['a', entry]] : []), obsolete: new Map() },
      }).state.obsolete.get('a');
    // Stale for want of evidence: its `from` is only the diff's best guess.
    expect(removed({ from: 'One', seen: textFingerprint('Én'), unverified: true })).toEqual({
      translation: 'Én',
      from: 'One',
      unverified: true,
    });
    // Rewritten since the sync that recorded `from`: nothing shows what the new text answers to.
    expect(removed({ from: 'One', seen: textFingerprint('Én') }, 'Ét')).toEqual({ translation: 'Ét', from: 'One', unverified: true });
    // Never synced: the English before this run is its paragraph's, not evidence of what it answers to.
    expect(removed(undefined)).toEqual({ translation: 'Én', from: 'One', unverified: true });
    expect(removed({ from: 'One', seen: textFingerprint('Én') })).toEqual({ translation: 'Én', from: 'One' });
  });

  it('brings back as stale a paragraph whose translation nothing vouched for when it was removed', () => {
    const removed = syncCatalog({
      english: catalog({ b: 'Two' }),
      previousEnglish: catalog({ a: 'One', b: 'Two' }),
      target: catalog({ a: 'Én', b: 'To' }),
      state: {
        entries: new Map([
          ...state({ b: { from: 'Two', translation: 'To' } }).entries,
          ['a', { from: 'One', seen: textFingerprint('Én'), unverified: true as const }],
        ]),
        obsolete: new Map(),
      },
    });
    const back = syncCatalog({
      english: catalog({ a: 'One', b: 'Two' }),
      previousEnglish: catalog({ b: 'Two' }),
      target: removed.target,
      state: removed.state,
    });
    expect(back.target.get('a')).toBe('Én');
    expect(Object.fromEntries(back.report.map((e) => [e.key, e.status]))).toEqual({ a: 'stale', b: 'translated' });
  });
});
