/**
 * The development server's translation endpoints (src/site/plugins/dev-translations.ts), as the page
 * (src/app/dev-api.ts) calls them: the one shape both sides check requests and replies against.
 */
export const DEV_API = '/__translations';

export interface SaveTranslationRequest {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
  /** The English the translator saw while translating. */
  readonly from: string;
  readonly version: string;
}

export interface ReplyProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type SaveReply =
  | { readonly ok: true; readonly version: string; readonly warnings: readonly ReplyProblem[] }
  | {
      readonly ok: false;
      readonly reason: 'invalid' | 'conflict' | 'broken' | 'unreachable';
      readonly message: string;
      readonly problems: readonly ReplyProblem[];
    };

/** A translator's correction of one paragraph's sentence alignment, saved from the review. */
export interface SaveAlignmentRequest {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  /** Per translated sentence, the English sentences it renders. */
  readonly links: readonly (readonly number[])[];
  /** Fingerprints of the English and the translation the page showed: a save for other texts is refused. */
  readonly english: string;
  readonly translation: string;
}
