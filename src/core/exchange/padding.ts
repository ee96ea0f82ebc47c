import type { Problem } from '../common/problems.ts';

/**
 * White space around a translation that its English does not have: a CAT tool's or a pretty-printer's
 * padding (an indented <target>, a segment with a trailing space), never the translator's meaning.
 * Imports trim it, with a warning, instead of storing it verbatim.
 */

const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

/** The translation without padding the English lacks, and whether any was removed. */
export function trimPadding(translation: string, english: string): { readonly text: string; readonly trimmed: boolean } {
  let text = translation;
  if (!LEADING.test(english)) text = text.replace(LEADING, '');
  if (!TRAILING.test(english)) text = text.replace(TRAILING, '');
  return { text, trimmed: text !== translation };
}

/** The warning for a trimmed translation, at its entry in the translator's file. */
export function paddingWarning(at: Omit<Problem, 'severity' | 'code' | 'message'>): Problem {
  return {
    ...at,
    severity: 'warning',
    code: 'padded',
    message: 'the translation began or ended with white space the English does not have (padding from a tool); it was trimmed',
  };
}
