// The fingerprints the records keep instead of texts (see records.mjs). Plain JavaScript: see git.mjs.
import { createHash } from 'node:crypto';
import { words } from '../../core/state/words.mjs';

/**
 * A fingerprint of a text, of its canonical Unicode form (an editor that re-normalises to NFD has
 * changed nothing). 64 bits of SHA-256: records hold every value ever seen, so a wide hash.
 * @param {string} text
 */
export function fingerprint(text) {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}

/**
 * A fingerprint of a text's words as the white-space rule reads them (words.mjs): two texts have the
 * same one exactly when neither changes a word of the other, so a text can be matched with every
 * text a key is known to have held without keeping those texts in the log.
 * @param {string} text
 */
export function wordsFingerprint(text) {
  return fingerprint(words(text));
}

/**
 * What a record knows a locale file's content by: a hash of its path and its text (the same text
 * under another language or namespace is another file). 128 bits of SHA-256.
 * @param {string} path
 * @param {string | Uint8Array} text its text, or its bytes when they are UTF-8 (the same key)
 */
export function contentKey(path, text) {
  return createHash('sha256').update(path).update('\u0000').update(text).digest('hex').slice(0, 32);
}

/**
 * What a record line knows one of its segments by (records.mjs): the bytes it names must be these.
 * @param {Uint8Array} bytes
 */
export function segmentHash(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
