import type { Catalog } from './catalog.ts';

/** What the sync remembers about one live translation. */
export interface EntryState {
  /** The English text this translation was made from (or last confirmed against). */
  readonly from: string;
  /** Fingerprint of the translation as the last sync saw it: a change means a translator edited it. */
  readonly seen: string;
}

/** A translation whose English key no longer exists, kept until explicitly pruned. */
export interface ObsoleteEntry {
  readonly translation: string;
  /** The English it was made from, when known; lets a restored paragraph be judged current or stale. */
  readonly from?: string;
}

/** The sync state of one language and namespace. */
export interface SyncState {
  readonly entries: ReadonlyMap<string, EntryState>;
  readonly obsolete: ReadonlyMap<string, ObsoleteEntry>;
}

export const EMPTY_STATE: SyncState = { entries: new Map(), obsolete: new Map() };

export type EntryStatus = 'translated' | 'stale' | 'untranslated' | 'obsolete';

/**
 * The status of a key at the last sync, read from the state alone.
 * `english` must be the English that sync ran against.
 */
export function statusAtSync(key: string, english: Catalog, target: Catalog, state: SyncState): EntryStatus {
  const current = english.get(key);
  if (current === undefined) return 'obsolete';
  const entry = state.entries.get(key);
  if (!entry || !target.get(key)) return 'untranslated';
  return entry.from === current ? 'translated' : 'stale';
}
