import { vouchesFor, type EntryState, type EntryStatus } from './state.ts';

export interface StatusInput {
  /** The English of the key now; undefined when the key is gone from the English. */
  readonly english: string | undefined;
  /** The translation; '' when there is none. */
  readonly translation: string;
  /** What the sync state records for it (after this sync's judgement of any edit). */
  readonly entry: EntryState | undefined;
  /**
   * False when the translation may not be shown as a translation: it fails validation, or it is the
   * English copied unchanged. Such an entry counts as untranslated (the reader shows the English).
   */
  readonly usable: boolean;
}

/**
 * The one rule for an entry's status, used by the sync, the status report, the review and the build.
 * Current only with evidence: a record that the translation was made from, or confirmed against, exactly
 * the English of now (state.ts vouchesFor). Anything else that is translated needs review.
 */
export function entryStatus(input: StatusInput): EntryStatus {
  if (input.english === undefined) return 'obsolete';
  if (!input.translation || !input.usable || !input.entry) return 'untranslated';
  return vouchesFor(input.entry, input.english) ? 'translated' : 'stale';
}
