/** The translators' review: what `npm run status` reports, with the texts behind it. Built in Node (src/core/report/review.ts). */

export type ReviewStatus = 'untranslated' | 'stale' | 'obsolete';

export interface ReviewDiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

export interface ReviewProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
}

export interface ReviewEntry {
  readonly namespace: string;
  readonly key: string;
  readonly status: ReviewStatus;
  /** The English now; absent for obsolete entries, whose English is gone. */
  readonly english?: string;
  readonly translation?: string;
  /** Stale and obsolete entries: the English the translation was made from. */
  readonly from?: string;
  /** Stale entries: nothing showed which English the translation was made from (`from` is the best guess, if any). */
  readonly unverified?: true;
  /** Stale entries: how the English changed, word by word, from `from` to `english`. */
  readonly diff?: readonly ReviewDiffPart[];
  readonly problems: readonly ReviewProblem[];
}

/** One paragraph's sentence alignment with the English, as the review shows it and a translator corrects it. */
export interface ReviewAlignment {
  readonly namespace: string;
  readonly key: string;
  readonly english: readonly string[];
  readonly translation: readonly string[];
  /** Per translated sentence, the English sentences it renders. */
  readonly links: readonly (readonly number[])[];
  readonly source: 'aligner' | 'translator';
  /** The aligner was unsure of a boundary: worth checking. */
  readonly unsure: boolean;
  /** A correction was made on an earlier English or translation: shown here, no longer applied. */
  readonly outdated?: readonly (readonly number[])[];
  /** Fingerprints of the texts aligned, which a saved correction is bound to. */
  readonly fingerprints: { readonly english: string; readonly translation: string };
}

export interface ReviewLanguage {
  readonly language: string;
  readonly counts: Readonly<Record<'translated' | ReviewStatus, number>>;
  readonly entries: readonly ReviewEntry[];
  /** The documents' paragraphs with a translation, aligned sentence by sentence. */
  readonly alignments?: readonly ReviewAlignment[];
  /** Per namespace, the locale file's fingerprint, for saving from the development server. */
  readonly versions: Readonly<Record<string, string>>;
}

export interface ReviewData {
  /** False when `npm run extract` would change files: the figures are what it will record. */
  readonly upToDate: boolean;
  /**
   * False when the English documents or code say something locales/en does not yet: an edit would
   * then answer to an English the files do not hold, so editing waits for `npm run extract`.
   */
  readonly englishUpToDate: boolean;
  readonly languages: readonly ReviewLanguage[];
}

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['untranslated', 'stale', 'obsolete'];
