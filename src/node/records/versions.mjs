// A locale file's version as a record reads it: from the working tree (or as a command read it), or
// from git. Plain JavaScript: see git.mjs.
import { isUtf8 } from 'node:buffer';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { blobOf } from './git-sides.mjs';
import { catalogOf, contentKey, readOptional, SOURCE } from './records.mjs';

/** The locale files of the working tree (locales/LANGUAGE/*.json), listed synchronously (see project-io.ts). @param {string} root */
export function localeFiles(root) {
  /** @type {string[]} */
  const out = [];
  let languages;
  try {
    languages = readdirSync(join(root, 'locales'), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const language of languages) {
    if (!language.isDirectory() || language.name.startsWith('.')) continue;
    for (const file of filesIn(join(root, 'locales', language.name))) {
      if (file.endsWith('.json') && !file.includes('\n')) out.push(`locales/${language.name}/${file}`);
    }
  }
  return out.sort();
}

/** @param {string} dir @returns {string[]} */
function filesIn(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * @typedef {{ path: string, key?: string, catalog: Map<string, string> | undefined, blob?: string }} Version
 * @typedef {import('./records.mjs').Records} Records
 */

/**
 * A file's content as read: its bytes, hashed as they are and decoded only to be parsed, when they
 * are UTF-8 (the same keys and ids as their text's); else their text, as a decoder gives it.
 * @param {string | Buffer | undefined} raw
 */
const asRead = (raw) => (raw === undefined || typeof raw === 'string' || isUtf8(raw) ? raw : raw.toString('utf8'));

/**
 * Whether a record before read this content whole (then it holds nothing this record would note).
 * @param {Records} records @param {string} path @param {string} key
 */
const knownContent = (records, path, key) =>
  path.split('/')[1] === SOURCE ? records.englishFiles.get(path) === key : records.files.has(key);

/**
 * A locale file's content as this record reads it: parsed only when no record before read the same
 * content whole, so that a record costs what changed.
 * @param {Records} records
 * @param {string} path
 * @param {string | Buffer | undefined} raw
 * @returns {Version}
 */
export function versionOf(records, path, raw) {
  const read = asRead(raw);
  if (read === undefined) return { path, catalog: undefined };
  const key = contentKey(path, read);
  return { path, key, catalog: knownContent(records, path, key) ? undefined : catalogOf(read) };
}

/**
 * The working tree's version of a locale file: as the command read it, when it gave the content's key
 * (and, in git, its blob id) and a record before read that content whole; else read now.
 * @param {Records} records
 * @param {string} root
 * @param {string} path
 * @param {{ files?: ReadonlyMap<string, string>, contents?: ReadonlyMap<string, { key: string, blob?: string }>, git: boolean }} options
 * @returns {Version}
 */
export function workingVersion(records, root, path, options) {
  // The id git would give the content, so that git is asked only for contents the working tree lacks.
  const blob = options.git && path.split('/')[1] !== SOURCE;
  const given = options.contents?.get(path);
  if (given && knownContent(records, path, given.key) && (!blob || given.blob !== undefined))
    return { path, key: given.key, catalog: undefined, ...(blob ? { blob: given.blob } : {}) };
  const raw = asRead(options.files?.get(path) ?? readOptional(join(root, path)));
  return { ...versionOf(records, path, raw), ...(blob ? blobOf(raw) : {}) };
}
