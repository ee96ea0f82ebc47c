// The local record of what this working tree held, taken at every HEAD move (by the git hooks in
// .githooks) and at every command that reads locales/. Plain JavaScript: see git.mjs.
//
// The log is .git/nordefco-reader/records.jsonl (per worktree, never committed; locales/.sync/.records
// without git). A record holds only what changed since the records before it: the English of each key
// that changed, the translation values seen for the first time, split into those that arrived with
// the move (brought: a checkout, merge, rebase, reset) and those that were already here (local: typed
// in the working tree, staged, stashed, committed here), and the commits made here ("c"). Records are
// only ever appended, so two writers at once cannot lose each other's facts; a record's number is its
// place among the records.
//
// So that a run reads only what it needs, a record is one short line of JSON, and what it says of
// the keys is in segments, one per locale file's group of keys (its namespace), in one blob line
// written just before it ("#N " and N bytes of JSON values one after another; a reader skips it
// unread): the English's fingerprints by key ("e": a key gone is null); the first sightings by key,
// brought ("b") and local ("l"), each [fingerprint, words-fingerprint] (the fingerprint of the text's
// words as the white-space rule reads them, so that a text can be matched with every text the key is
// known to have held); and their texts by key and fingerprint ("t", read only to judge an entry).
// The line names each segment by group: [offset in the blob, length, hash]; a segment is read, and
// its hash checked, only when a key of its group is asked for. A record is trusted only with its
// whole blob just before it (one write appends both), and a blob only with the record naming its
// length just after it (or, while that line may still be being written, with no line end in it): a
// blob torn by a crash declares a length that may end on a later record's line end, and is read as
// the torn line it is, so that it hides no record after it. Lines from before segments ("v" absent)
// held the English's texts and the local texts in the line; they are read as they were.
//
// So that a record costs what changed, not the size of the project, a record also names the locale
// file contents it read whole ("f": every value of a translation file's content is then sighted;
// "k": the English file's content the English of its keys now stands at, valid only when no other
// record was appended between the one this record read ("p", the count it read) and this one). A
// later record hashes each file and parses only contents no record names.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { emptyRecords, foldFrom } from './fold.mjs';
import { runGit } from './git.mjs';
import { fileSource } from './log-file.mjs';

export { englishAt, foldRecords, SOURCE, textOf } from './fold.mjs';
export { contentKey, fingerprint, wordsFingerprint } from './prints.mjs';

/** What the records say (fold.mjs), for the commands that read them. @typedef {import('./fold.mjs').Records} Records */

/**
 * A locale file's values by flat key ("group.name"), as the catalogs key them; undefined for a file
 * that is not a JSON object (a conflict in progress: its sides are read from git instead).
 * @param {string | Buffer | undefined} raw
 * @returns {Map<string, string> | undefined}
 */
export function catalogOf(raw) {
  if (raw === undefined) return undefined;
  const text = String(raw).replace(/^\uFEFF/, '');
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  /** @type {Map<string, string>} */
  const out = new Map();
  /** @param {Record<string, unknown>} node @param {string} prefix */
  const walk = (node, prefix) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else if (typeof value === 'object' && value !== null && !Array.isArray(value))
        walk(/** @type {Record<string, unknown>} */ (value), path);
    }
  };
  walk(data, '');
  return out;
}

/**
 * A file's bytes, or undefined when it cannot be read. Read synchronously: a record reads many small
 * files, and fs/promises sends each open, stat, read and close through the thread pool.
 * @param {string} path @returns {Buffer | undefined}
 */
export function readOptional(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * @typedef {{ log: string, git: { gitDir: string, commonDir: string, prefix: string } | undefined }} Location
 */

/**
 * Where this project's records live, and what git knows of the working tree (undefined: no git).
 * @param {string} root
 * @returns {Promise<Location>}
 */
export async function locate(root) {
  const out = await runGit(root, [
    'rev-parse',
    '--absolute-git-dir',
    '--git-common-dir',
    '--show-prefix',
    '--git-path',
    'nordefco-reader/records.jsonl',
  ]);
  const lines = out?.split('\n');
  if (!lines || lines.length < 4) return { log: join(root, 'locales/.sync/.records'), git: undefined };
  const [gitDir = '', common = '', prefix = '', log = ''] = lines;
  const absolute = (/** @type {string} */ path) => (isAbsolute(path) ? path : join(root, path));
  return { log: absolute(log), git: { gitDir, commonDir: absolute(common), prefix } };
}

/**
 * The log folded; with `records` (this log's, as read before), only the entries appended since are
 * read and folded into them. A log shorter than what was read is another log: read whole.
 * @param {string} log
 * @param {import('./fold.mjs').Records} [records]
 * @returns {Promise<import('./fold.mjs').Records>}
 */
export async function readRecords(log, records) {
  const source = fileSource(log);
  if (!source) return emptyRecords();
  return foldFrom(records && records.bytes <= source.size ? records : emptyRecords(), source);
}
