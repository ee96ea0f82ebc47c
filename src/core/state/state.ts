import type { AlignmentCorrection } from '../align/paragraph.ts';

/** What the sync remembers about one live translation. */
export interface EntryState {
  /**
   * The English this translation was made from or last confirmed against, as far as anything shows;
   * absent when nothing does (a lost state file and no history).
   */
  readonly from?: string;
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

export const EMPTY_STATE: SyncState = { entries: new Map(), obsolete: new Map() };

export type EntryStatus = 'translated' | 'stale' | 'untranslated' | 'obsolete';
