// Folding the records log (see records.mjs): the records one after another, as one state. Plain
// JavaScript: see git.mjs.
import { Buffer } from 'node:buffer';
import { Grouped, splitKey, Texts } from './groups.mjs';
import { bufferSource, entries } from './log-file.mjs';
import { readSegment } from './segments.mjs';
import { fingerprint, wordsFingerprint } from './prints.mjs';

/** The English the translations answer to: must stay in step with SOURCE_LANGUAGE in src/languages.ts. */
export const SOURCE = 'en';

/**
 * @typedef {{ seq: number, brought: boolean, words?: string }} Sighting
 * @typedef {import('./groups.mjs').Part} Part
 * @typedef {{
 *   count: number,
 *   english: Grouped<Array<[number, string | null]>>,
 *   seen: Grouped<Map<string, Sighting>>,
 *   texts: Texts,
 *   local: Set<string>,
 *   files: Set<string>,
 *   englishFiles: Map<string, string>,
 *   bytes: number,
 * }} Records
 * @typedef {{ v?: number, e?: Record<string, any>, b?: Record<string, string[]>, l?: Record<string, string[]>, t?: Record<string, any>, s?: Record<string, [number, number, string]>, c?: string[], f?: string[], k?: Record<string, string>, p?: number, x?: number }} RecordLine
 */

/**
 * A translation's group: its language and namespace ("da:declaration"), and its key in the group.
 * @param {string} id
 * @returns {[string, string]}
 */
export function splitId(id) {
  const at = id.indexOf(':', id.indexOf(':') + 1);
  return at < 0 ? [id, ''] : [id.slice(0, at), id.slice(at + 1)];
}

/** @param {Part} part */
const load = (part) => {
  const { source, pos = 0, length = 0, hash = '', seq } = part;
  if (!source) return {};
  return readSegment(source, { pos, length, hash, seq });
};

/** @returns {Records} */
export function emptyRecords() {
  return {
    count: 0,
    english: new Grouped((key) => splitKey(key)[0], applyEnglish, load),
    seen: new Grouped((id) => splitId(id)[0], applySightings, load),
    texts: new Texts(load),
    local: new Set(),
    files: new Set(),
    englishFiles: new Map(),
    bytes: 0,
  };
}

/**
 * A group's English in one record: by key in the group, its fingerprint (an older record's line: its
 * text), null when the key was gone.
 * @type {ConstructorParameters<typeof Grouped<Array<[number, string | null]>>>[1]}
 */
function applyEnglish(entry, group, part, content) {
  for (const [name, value] of Object.entries(content)) {
    const key = `${group}:${name}`;
    const print = part.old && typeof value === 'string' ? fingerprint(value) : value;
    const history = entry.get(key) ?? [];
    if (history.at(-1)?.[1] !== print) history.push([part.seq, print]);
    entry.set(key, history);
  }
}

/**
 * A group's first sightings in one record: by key, brought ("b") and local ("l"), each a list of
 * [fingerprint, words-fingerprint] (an older record's line: fingerprints, with the local ones' texts
 * in "t", the words-fingerprint taken from them).
 * @type {ConstructorParameters<typeof Grouped<Map<string, Sighting>>>[1]}
 */
function applySightings(entry, group, part, content) {
  for (const [field, brought] of /** @type {const} */ ([
    ['b', true],
    ['l', false],
  ])) {
    for (const [name, list] of Object.entries(content[field] ?? {})) {
      const id = `${group}:${name}`;
      const sightings = entry.get(id) ?? new Map();
      /** @type {unknown[]} */ (list).forEach((item, n) => {
        const text = part.old && !brought ? content.t?.[name]?.[n] : undefined;
        const [fp, words] = /** @type {[string, string | undefined]} */ (
          part.old ? [item, typeof text === 'string' ? wordsFingerprint(text) : undefined] : item
        );
        if (!sightings.has(fp)) sightings.set(fp, { seq: part.seq, brought, ...(words ? { words } : {}) });
      });
      entry.set(id, sightings);
    }
  }
}

/**
 * An older record's line (before segments: its English and sightings held in the line) as parts.
 * @param {Records} records @param {number} seq @param {RecordLine} record
 */
function applyOldLine(records, seq, record) {
  /** @type {Map<string, Record<string, any>>} */
  const english = new Map();
  for (const [key, text] of Object.entries(record.e ?? {})) {
    const [group, name] = splitKey(key);
    english.set(group, { ...english.get(group), [name]: text });
  }
  for (const [group, content] of english) {
    records.english.add(group, { seq, content, old: true });
    records.englishFiles.delete(`locales/${SOURCE}/${group}.json`);
  }
  /** @type {Map<string, { b: Record<string, any>, l: Record<string, any>, t: Record<string, any> }>} */
  const sightings = new Map();
  for (const field of /** @type {const} */ (['b', 'l', 't']))
    for (const [id, list] of Object.entries(record[field] ?? {})) {
      const [group, name] = splitId(id);
      const content = sightings.get(group) ?? { b: {}, l: {}, t: {} };
      content[field][name] = list;
      sightings.set(group, content);
    }
  for (const [group, content] of sightings) {
    records.seen.add(group, { seq, content, old: true });
    records.texts.add(group, { seq, content, old: true });
  }
}

/**
 * A record's line naming its segments in the blob before it: English ("e"), sightings ("s") and the
 * sighted texts ("t"), each by group: [offset in the blob, length, hash].
 * @param {Records} records @param {number} seq @param {RecordLine} record
 * @param {import('./log-file.mjs').Source} source @param {number} payload where the blob's segments start
 */
function applySegments(records, seq, record, source, payload) {
  /** @param {[number, number, string]} ref */
  const part = ([offset, length, hash]) => ({ seq, source, pos: payload + offset, length, hash });
  for (const [group, ref] of Object.entries(record.e ?? {})) {
    records.english.add(group, part(ref));
    records.englishFiles.delete(`locales/${SOURCE}/${group}.json`);
  }
  for (const [group, ref] of Object.entries(record.s ?? {})) records.seen.add(group, part(ref));
  for (const [group, ref] of Object.entries(record.t ?? {})) records.texts.add(group, part(ref));
}

/**
 * Apply one record to the folded records (in place); `blob`, the payload's place of the blob just
 * before its line.
 * @param {Records} records @param {RecordLine} record
 * @param {import('./log-file.mjs').Source} source @param {number | undefined} payload
 */
function applyRecord(records, record, source, payload) {
  const seq = ++records.count;
  // A record taken beside another (or by an older version, which names no contents) may leave the
  // English of a file's keys at neither file's content: no English content is known after it.
  const alone = record.p === seq - 1;
  if (!alone) records.englishFiles.clear();
  if (record.v === 2) applySegments(records, seq, record, source, payload ?? 0);
  else applyOldLine(records, seq, record);
  if (alone) for (const [path, key] of Object.entries(record.k ?? {})) records.englishFiles.set(path, key);
  // Sightings only grow, so a content whose values were all sighted stays so, beside any other record.
  for (const key of record.f ?? []) records.files.add(key);
  for (const id of record.c ?? []) records.local.add(id);
}

/**
 * Fold a log's entries from `records.bytes` on into `records` (in place). A line that does not parse
 * (torn by a crash) is no record, nor is a record whose blob is not whole just before it; a last line
 * that does not parse and has no end yet may still be being written, so it is left for the next read,
 * with the blob before it (`bytes` counts what was folded).
 * @param {Records} records
 * @param {import('./log-file.mjs').Source} source
 */
export function foldFrom(records, source) {
  /** @type {import('./log-file.mjs').BlobEntry | undefined} */
  let blob;
  let folded = records.bytes;
  for (const entry of entries(source, records.bytes)) {
    if (entry.kind === 'blob') {
      blob = entry;
      continue;
    }
    let record;
    try {
      record = entry.text?.trim() ? JSON.parse(entry.text) : undefined;
    } catch {
      if (!entry.complete) break;
    }
    if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
      const whole = record.x === undefined || (blob !== undefined && blob.end + 1 === entry.start && blob.length === record.x);
      if (whole) applyRecord(records, record, source, blob?.payload);
    }
    blob = undefined;
    folded = entry.complete ? entry.end + 1 : entry.end;
  }
  records.bytes = folded;
  return records;
}

/**
 * Fold a log's text.
 * @param {string | Buffer} text
 * @returns {Records}
 */
export function foldRecords(text) {
  return foldFrom(emptyRecords(), bufferSource(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8')));
}

/**
 * The fingerprint of a key's English as record `seq` found it (null: the key did not exist;
 * undefined: no record said).
 * @param {Records} records
 * @param {string} key `namespace:key`
 * @param {number} seq
 */
export function englishAt(records, key, seq) {
  let found;
  for (const [at, print] of records.english.get(key) ?? []) {
    if (at > seq) break;
    found = print;
  }
  return found;
}

/**
 * The text of a value the records sighted, read from the record that first saw it (undefined: it
 * kept none, as an older record for a brought value).
 * @param {Records} records
 * @param {string} id `language:namespace:key`
 * @param {string} print its fingerprint
 * @returns {string | undefined}
 */
export function textOf(records, id, print) {
  const seq = records.seen.get(id)?.get(print)?.seq;
  const [group, name] = splitId(id);
  const part = seq === undefined ? undefined : records.texts.part(group, seq);
  if (!part) return undefined;
  // An older record's texts are in the order of its local fingerprints; a newer one's by fingerprint.
  const text = part.old ? part.content.t?.[name]?.[part.content.l?.[name]?.indexOf(print) ?? -1] : part.content[name]?.[print];
  return typeof text === 'string' ? text : undefined;
}
