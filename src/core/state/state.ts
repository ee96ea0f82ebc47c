import type { AlignmentCorrection } from '../align/paragraph.ts';

/** What the sync remembers about one live translation. */
export interface EntryState {
  /**
   * The English this translation was made from or last confirmed against, as far as anything shows;
   * absent when nothing does (a lost state file and no history).
   */
  readonly from?: string;
  /**
   * Other English this very text was current against before `from`, newest first, kept when a confirmation
   * moves `from` on and dropped when the text changes. A confirmation not yet committed travels with the state
   * file when git switches to a branch with an English before (a checkout carries an unchanged file's edit):
   * there the text is still current.
   */
  readonly also?: readonly string[];
  /** Fingerprint of the translation as the last sync saw it: a change means someone rewrote it. */
  readonly seen: string;
  /**
   * Set when no evidence showed which English the translation answers to: it needs review even if
   * `from` happens to be the current English (then only the best guess for the diff).
   */
  readonly unverified?: true;
  /**
   * A translator's correction of the paragraph's sentence alignment (align/paragraph.ts). It holds the
   * fingerprints of the texts it was made on, so a change to either leaves it shown but no longer applied;
   * a rewritten translation gets a new record without it.
   */
  readonly align?: AlignmentCorrection;
}

/** A translation whose English key no longer exists, kept until explicitly pruned. */
export interface ObsoleteEntry {
  readonly translation: string;
  /** The English it was made from, when known; lets a restored paragraph be judged current or stale. */
  readonly from?: string;
  /** The entry's `also`, kept when the state vouched for the text: a restored paragraph is current for those too. */
  readonly also?: readonly string[];
  /**
   * Set when the sync state did not vouch for this very text when it left the catalog (stale for want
   * of evidence, rewritten since the last sync, or never synced): `from` is then only the English of
   * its paragraph, for the id checks and the diff, and the text comes back stale.
   */
  readonly unverified?: true;
}

/** The sync state of one language and namespace. */
export interface SyncState {
  readonly entries: ReadonlyMap<string, EntryState>;
  readonly obsolete: ReadonlyMap<string, ObsoleteEntry>;
}

/** How many earlier English an entry keeps: enough for the branches of a few English edits, and no more in the file. */
const KEPT_EARLIER = 4;

/** Whether the entry records its text as made from, or confirmed against, this English. */
export function vouchesFor(entry: Pick<EntryState, 'from' | 'also' | 'unverified'>, english: string): boolean {
  return entry.unverified !== true && (entry.from === english || (entry.also?.includes(english) ?? false));
}

/**
 * The entry of a text confirmed against (or made from) the English of now: the English its unchanged text
 * was current against before is kept in `also`; a rewritten or unvouched text keeps nothing.
 */
export function confirmedEntry(before: EntryState | undefined, from: string, seen: string): EntryState {
  const earlier =
    before && before.unverified !== true && before.seen === seen && before.from !== undefined ? [before.from, ...(before.also ?? [])] : [];
  const also = [...new Set(earlier)].filter((english) => english !== from).slice(0, KEPT_EARLIER);
  return { from, seen, ...(also.length > 0 ? { also } : {}) };
}

export const EMPTY_STATE: SyncState = { entries: new Map(), obsolete: new Map() };

export type EntryStatus = 'translated' | 'stale' | 'untranslated' | 'obsolete';
