// The words a reader sees in a translation, shared by the white-space rule (same-words.ts) and the
// records' words-fingerprints (src/node/records, plain JavaScript that git hooks run without a
// TypeScript start-up): one normalisation, so that the two can never disagree.

/**
 * Characters that change no word a reader sees: the soft hyphen (shown only as a hyphen where a line
 * breaks), the zero-width space, the word joiner and a zero-width no-break space inside the text.
 * They arrive by paste from a word processor or a PDF; adding or removing one reviews nothing.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;

/**
 * The words of a text: its canonical Unicode form (NFC, as the sync state's fingerprint), the
 * invisible characters above dropped, every run of white space (spaces, no-break spaces, tabs, line
 * breaks) one space, none at either end. A space added or removed between two words changes them (a
 * compound written apart is a real correction in Danish, Norwegian and Swedish); punctuation is part
 * of the words.
 * @param {string} text
 * @returns {string}
 */
export function words(text) {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}
