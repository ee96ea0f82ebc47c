// The local record of what this working tree held, taken at every HEAD move (by the git hooks in
// .githooks) and at every command that reads locales/. Plain JavaScript: see git.mjs.
//
// A record is one line of JSON appended to .git/nordefco-reader/records.jsonl (per worktree, never
// committed; locales/.sync/.records without git). It holds only what changed since the records
// before it: the English of each key that changed ("e"), the fingerprints of translation values seen
// for the first time, split into those that arrived with the move ("b", brought: a checkout, merge,
// rebase, reset) and those that were already here ("l", local: typed in the working tree, staged,
// stashed, committed here), and the commits made here ("c"). Lines are only ever appended, so two
// writers at once cannot lose each other's facts; a record's number is its line.
//
// So that a record costs what changed, not the size of the project, a record also names the locale
// file contents it read whole ("f": every value of a translation file's content is then sighted;
// "k": the English file's content the English of its keys now stands at, valid only when no other
// record was appended between the one this record read ("p", the count it read) and this one). A
// later record hashes each file and parses only contents no record names.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { emptyRecords, foldInto } from './fold.mjs';
import { runGit } from './git.mjs';

export { englishAt, foldRecords, SOURCE } from './fold.mjs';

/**
 * A fingerprint of a text, of its canonical Unicode form (an editor that re-normalises to NFD has
 * changed nothing). 64 bits of SHA-256: records hold every value ever seen, so a wide hash.
 * @param {string} text
 */
export function fingerprint(text) {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}

/**
 * What a record knows a locale file's content by: a hash of its path and its text (the same text
 * under another language or namespace is another file). 128 bits of SHA-256.
 * @param {string} path
 * @param {string} text
 */
export function contentKey(path, text) {
  return createHash('sha256').update(path).update('\u0000').update(text).digest('hex').slice(0, 32);
}

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
 * Where this project's records live, and what git knows of the working tree (undefined: no git).
 * @param {string} root
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
 * The log folded; with `records` (this log's, as read before), only the lines appended since are
 * read and folded into them. A log shorter than what was read is another log: read whole.
 * @param {string} log
 * @param {import('./fold.mjs').Records} [records]
 * @returns {Promise<import('./fold.mjs').Records>}
 */
export async function readRecords(log, records) {
  let file;
  try {
    file = await open(log, 'r');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return emptyRecords();
    throw error;
  }
  try {
    const { size } = await file.stat();
    const into = records && records.bytes <= size ? records : emptyRecords();
    const data = Buffer.alloc(size - into.bytes);
    const { bytesRead } = await file.read(data, 0, data.length, into.bytes);
    return foldInto(into, data.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/**
 * Append one record as one line (O_APPEND: concurrent writers each land whole). A log that does not
 * end its last line was torn by a crash: the record starts a line of its own, or the torn line would
 * swallow it and the fold lose it (a false stale).
 * @param {string} log
 * @param {object} record
 */
export async function appendRecord(log, record) {
  await mkdir(dirname(log), { recursive: true });
  const line = `${JSON.stringify(record)}\n`;
  await appendFile(log, (await endsTorn(log)) ? `\n${line}` : line, { flag: 'a' });
}

/**
 * True when the log's last byte is not a line end.
 * @param {string} log
 */
async function endsTorn(log) {
  const file = await open(log, 'r').catch(() => undefined);
  if (!file) return false;
  try {
    const { size } = await file.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await file.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await file.close();
  }
}
