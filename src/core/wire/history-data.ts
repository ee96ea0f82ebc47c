/** A language version's revision history as the history pages, version pages and feeds show it (built in src/site/history.ts). */

export type BlockKind = 'title' | 'heading' | 'paragraph';
export type ShownStatus = 'translated' | 'stale' | 'untranslated';

/**
 * Why a block changed from one version to the next. The English version knows added, removed and
 * english; a translation also revised (its text changed while the English stood), revised-for-english
 * (its text changed in answer to a change in the English), translated (it was not before), confirmed
 * (checked against a changed English and kept as it was) and awaiting (the English changed, the
 * translation not yet).
 */
export type ChangeKind = 'added' | 'removed' | 'english' | 'awaiting' | 'translated' | 'revised' | 'revised-for-english' | 'confirmed';

export interface HistoryBlock {
  readonly id: string;
  readonly kind: BlockKind;
  /** The paragraph's number in that version (paragraphs only). */
  readonly number?: number;
  /** The text shown, `{{date}}` filled in: the translation, or the English where there was none. */
  readonly text: string;
  readonly status: ShownStatus;
}

export interface HistoryChange {
  readonly id: string;
  readonly kind: BlockKind;
  /** Its number in the version (or, for a removed paragraph, in the version before). */
  readonly number?: number;
  /** The first words of the block as shown then, to name it. */
  readonly opening: string;
  readonly kinds: readonly ChangeKind[];
}

export interface HistoryVersion {
  /** The address segment: the day and the commit (`2026-12-03-ad3121a4f0`). */
  readonly id: string;
  readonly date: string;
  /** ISO 8601 with the committer's offset. */
  readonly time: string;
  /** 1 for the oldest version; only meaningful where the history is complete. */
  readonly number: number;
  readonly changes: readonly HistoryChange[];
  readonly blocks: readonly HistoryBlock[];
}

export interface HistoryData {
  readonly language: string;
  /** complete; partial (a shallow clone: changes before its boundary are not known); unknown (no history). */
  readonly known: 'complete' | 'partial' | 'unknown';
  /** The published text has changes not yet recorded in the history. */
  readonly uncommitted: boolean;
  /** Newest first. */
  readonly versions: readonly HistoryVersion[];
}
