import type { Catalog } from '../../src/core/common/catalog.ts';
import type { WriteEvidence } from '../../src/core/state/evidence.ts';
import { textFingerprint } from '../../src/core/common/hash.ts';
import type { SyncInput } from '../../src/core/sync/merge.ts';
import { EMPTY_STATE, type EntryState, type ObsoleteEntry, type SyncState } from '../../src/core/state/state.ts';

/** catalog({ a: 'A', b: 'B' }) keeps the given order. */
export function catalog(entries: Record<string, string> = {}): Catalog {
  return new Map(Object.entries(entries));
}

/** A state in which each given key's translation was made from `from` and last seen as `translation`. */
export function state(
  entries: Record<string, { from: string; translation: string }> = {},
  obsolete: Record<string, ObsoleteEntry> = {},
): SyncState {
  const live = new Map<string, EntryState>();
  for (const [key, e] of Object.entries(entries)) live.set(key, { from: e.from, seen: textFingerprint(e.translation) });
  return { entries: live, obsolete: new Map(Object.entries(obsolete)) };
}

export function input(partial: Partial<SyncInput> & Pick<SyncInput, 'english'>): SyncInput {
  return { previousEnglish: partial.english, target: catalog(), state: EMPTY_STATE, ...partial };
}

/** Evidence that every rewritten translation was written against `english`. */
export function written(english: string): (key: string) => WriteEvidence {
  return () => ({ english, source: 'test' });
}
