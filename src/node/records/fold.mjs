// Folding the records log (see records.mjs): the records one after another, as one state. Plain
// JavaScript: see git.mjs.
import { Buffer } from 'node:buffer';

/** The English the translations answer to: must stay in step with SOURCE_LANGUAGE in src/languages.ts. */
export const SOURCE = 'en';

/**
 * @typedef {{ seq: number, brought: boolean, text?: string }} Sighting
 * @typedef {{
 *   count: number,
 *   english: Map<string, Array<[number, string | null]>>,
 *   seen: Map<string, Map<string, Sighting>>,
 *   local: Set<string>,
 *   files: Set<string>,
 *   englishFiles: Map<string, string>,
 *   bytes: number,
 * }} Records
 */

/**
 * @typedef {{ b?: Record<string, string[]>, l?: Record<string, string[]>, t?: Record<string, string[]> }} SightingParts
 * @typedef {{ e?: Record<string, string | null>, c?: string[], f?: string[], k?: Record<string, string>, p?: number } & SightingParts} RecordLine
 */

/**
 * The first sighting of each value by key, folded from the records' sightings when a key is first
 * asked for: a command asks only for the keys of the translation files whose contents no record
 * read (and of the translations it judges), so a large log's every value is never put in maps
 * unless something iterates them all. The same map as folding every record in turn: a key's
 * sightings come from its own entries in the records, applied in their order.
 * @extends {Map<string, Map<string, Sighting>>}
 */
class Sightings extends Map {
  /** @type {Array<[number, SightingParts]>} the records' sightings, in their order */
  #records = [];
  /** @type {Map<string, number>} for each key asked for, how many of #records it has folded */
  #folded = new Map();

  /** @param {number} seq @param {SightingParts} parts */
  add(seq, parts) {
    this.#records.push([seq, parts]);
  }

  /** @param {string} key */
  #fold(key) {
    const from = this.#folded.get(key) ?? 0;
    if (from === this.#records.length) return;
    for (let i = from; i < this.#records.length; i++) {
      const [seq, parts] = /** @type {[number, SightingParts]} */ (this.#records[i]);
      for (const [field, brought] of /** @type {const} */ ([
        ['b', true],
        ['l', false],
      ])) {
        const fingerprints = parts[field];
        if (!fingerprints || !Object.hasOwn(fingerprints, key)) continue;
        const sightings = super.get(key) ?? new Map();
        const texts = brought ? undefined : parts.t?.[key];
        /** @type {string[]} */ (fingerprints[key]).forEach((fp, n) => {
          const text = texts?.[n];
          if (!sightings.has(fp)) sightings.set(fp, { seq, brought, ...(typeof text === 'string' ? { text } : {}) });
        });
        super.set(key, sightings);
      }
    }
    this.#folded.set(key, this.#records.length);
  }

  /** Every key folded, for what reads the whole map. */
  #foldAll() {
    for (const [, parts] of this.#records)
      for (const field of /** @type {const} */ (['b', 'l'])) for (const key of Object.keys(parts[field] ?? {})) this.#fold(key);
  }

  /** @param {string} key */
  get(key) {
    this.#fold(key);
    return super.get(key);
  }

  /** @param {string} key */
  has(key) {
    this.#fold(key);
    return super.has(key);
  }

  get size() {
    this.#foldAll();
    return super.size;
  }

  entries() {
    this.#foldAll();
    return super.entries();
  }

  keys() {
    this.#foldAll();
    return super.keys();
  }

  values() {
    this.#foldAll();
    return super.values();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  /** @param {(value: Map<string, Sighting>, key: string, map: Map<string, Map<string, Sighting>>) => void} callback @param {unknown} [self] */
  forEach(callback, self) {
    this.#foldAll();
    super.forEach(callback, self);
  }
}

/** @returns {Records} */
export function emptyRecords() {
  return { count: 0, english: new Map(), seen: new Sightings(), local: new Set(), files: new Set(), englishFiles: new Map(), bytes: 0 };
}

/**
 * Apply one record to the folded records (in place).
 * @param {Records} records
 * @param {RecordLine} record
 */
function applyRecord(records, record) {
  const seq = ++records.count;
  // A record taken beside another (or by an older version, which names no contents) may leave the
  // English of a file's keys at neither file's content: no English content is known after it.
  const alone = record.p === seq - 1;
  if (!alone) records.englishFiles.clear();
  for (const [key, text] of Object.entries(record.e ?? {})) {
    const history = records.english.get(key) ?? [];
    if (history.at(-1)?.[1] !== text) history.push([seq, text]);
    records.english.set(key, history);
    records.englishFiles.delete(`locales/${SOURCE}/${key.slice(0, key.indexOf(':'))}.json`);
  }
  if (alone) for (const [path, key] of Object.entries(record.k ?? {})) records.englishFiles.set(path, key);
  // Sightings only grow, so a content whose values were all sighted stays so, beside any other record.
  for (const key of record.f ?? []) records.files.add(key);
  if (record.b || record.l) /** @type {Sightings} */ (records.seen).add(seq, { b: record.b, l: record.l, t: record.t });
  for (const id of record.c ?? []) records.local.add(id);
}

/**
 * Fold a log's bytes into `records` (in place). A line that does not parse (torn by a crash) is no
 * record; a last line that does not parse and has no end yet may still be being written, so it is
 * left for the next read (`bytes` counts what was folded).
 * @param {Records} records
 * @param {Buffer} data
 */
export function foldInto(records, data) {
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf(0x0a, at);
    const line = data.toString('utf8', at, end < 0 ? data.length : end);
    let record;
    try {
      record = line.trim() ? JSON.parse(line) : undefined;
    } catch {
      if (end < 0) break;
    }
    if (typeof record === 'object' && record !== null) applyRecord(records, record);
    at = end < 0 ? data.length : end + 1;
  }
  records.bytes += at;
  return records;
}

/**
 * Fold a log's text.
 * @param {string} text
 * @returns {Records}
 */
export function foldRecords(text) {
  return foldInto(emptyRecords(), Buffer.from(text, 'utf8'));
}

/**
 * The English of a key as record `seq` found it (null: the key did not exist; undefined: no record said).
 * @param {Records} records
 * @param {string} key `namespace:key`
 * @param {number} seq
 */
export function englishAt(records, key, seq) {
  let found;
  for (const [at, text] of records.english.get(key) ?? []) {
    if (at > seq) break;
    found = text;
  }
  return found;
}
