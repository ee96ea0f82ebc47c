import type { Node } from 'jsonc-parser';
import { KEY_SEPARATOR, type Catalog } from '../common/catalog.ts';
import { readJson, withoutBom } from './json-text.ts';
import { lineLocator, type Problem } from '../common/problems.ts';
import { failure, success, type Result } from '../common/result.ts';

/** Keys that would reach an object's prototype in code that indexes plain objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Characters that show nothing: a value made only of these (and spaces) reads as blank on the page. */
// Each combining mark is listed for itself, not to combine with its neighbour.
/* eslint-disable no-misleading-character-class */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/u;
const ONLY_INVISIBLE = /^[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]*$/u;
/* eslint-enable no-misleading-character-class */

/** True for a value that holds characters but none a reader can see (a zero-width space, a soft hyphen). */
function isInvisibleOnly(value: string): boolean {
  return value !== '' && INVISIBLE.test(value) && ONLY_INVISIBLE.test(value);
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LocaleFile {
  readonly catalog: Catalog;
  /** Where each key stands in the file, for errors about a key. */
  readonly positions: ReadonlyMap<string, Position>;
}

const codePoints = (value: string): string =>
  [...value]
    .filter((c) => !/\s/.test(c))
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');

/**
 * Read a locale file (i18next JSON v4: nested objects of strings) strictly,
 * reporting every problem with the file's line and column so a translator can jump to it.
 * Its warnings name values taken as untranslated (invisible-only), with where they are.
 */
export function parseLocaleFile(file: string, raw: string): Result<LocaleFile> {
  return quickly(raw, () => parseLocaleFileFully(file, raw)) ?? parseLocaleFileFully(file, raw);
}

/** A key JSON.parse would move before the others (an array index), where a catalog keeps the file's order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/**
 * The usual file, well formed with nothing to say about it, read with JSON.parse (many times faster than
 * the syntax tree the full reader builds for its positions); undefined for anything else, which the full
 * reader then reads and names. Where each key stands is found only if something asks (`positions`).
 */
function quickly(raw: string, full: () => Result<LocaleFile>): Result<LocaleFile> | undefined {
  const text = withoutBom(raw);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const catalog = new Map<string, string>();
  let members = 0;
  const walk = (node: unknown, prefix: string): boolean => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    const keys = Object.keys(node);
    members += keys.length;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key) || key === '' || key.includes(KEY_SEPARATOR) || INDEX_KEY.test(key)) return false;
      const value = (node as Record<string, unknown>)[key];
      const path = prefix ? `${prefix}${KEY_SEPARATOR}${key}` : key;
      if (typeof value === 'string') {
        if (isInvisibleOnly(value)) return false;
        catalog.set(path, value);
      } else if (!walk(value, path)) return false;
    }
    return true;
  };
  if (!walk(data, '')) return undefined;
  // JSON.parse keeps the last of two equal keys without a word. A key's closing quote is followed by a colon;
  // any other quote so followed is an escaped one (\"), which sends the file to the full reader too.
  if (/\\"\s*:/.test(text)) return undefined;
  const colon = /"\s*:/g;
  let keys = 0;
  while (colon.exec(text)) keys++;
  if (keys !== members) return undefined;
  return success({ catalog, positions: lazily(() => (full() as { value?: LocaleFile }).value?.positions ?? new Map()) });
}

/** A map made only when first read. */
function lazily<K, V>(make: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  let made: ReadonlyMap<K, V> | undefined;
  const map = (): ReadonlyMap<K, V> => (made ??= make());
  return {
    get: (key) => map().get(key),
    has: (key) => map().has(key),
    get size() {
      return map().size;
    },
    forEach: (callback, thisArg?: unknown) => map().forEach(callback, thisArg),
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}

/** The full reader, with the position of every key: what the quick path falls back to, and must agree with. */
export function parseLocaleFileFully(file: string, raw: string): Result<LocaleFile> {
  const read = readJson(file, raw, 'locale');
  if (!read.ok) return read;
  const { root, text } = read.value;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const lineColumn = lineLocator(text);
  const at = (offset: number, code: string, message: string, key?: string): Problem => ({
    severity: 'error',
    code,
    message,
    file,
    ...lineColumn(offset),
    ...(key === undefined ? {} : { key }),
  });
  if (root.type !== 'object')
    return { ok: false, problems: [at(root.offset, 'shape', 'a locale file must be a JSON object of keys and strings')] };
  const catalog = new Map<string, string>();
  const positions = new Map<string, Position>();
  walkObject(root, '', { at, lineColumn, catalog, positions, problems, warnings });
  return problems.length > 0 ? failure(problems) : success({ catalog, positions }, warnings);
}

interface Walk {
  readonly at: (offset: number, code: string, message: string, key?: string) => Problem;
  readonly lineColumn: (offset: number) => Position;
  readonly catalog: Map<string, string>;
  readonly positions: Map<string, Position>;
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

/** Each key of one JSON object (and of the objects in it), with its position; a key that cannot be one is a problem. */
function walkObject(node: Node, prefix: string, walk: Walk): void {
  const { at, problems } = walk;
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const path = prefix ? `${prefix}${KEY_SEPARATOR}${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push(at(keyNode.offset, 'forbidden-key', `the key "${key}" is not allowed`, path));
      continue;
    }
    if (key === '' || key.includes(KEY_SEPARATOR)) {
      problems.push(
        at(keyNode.offset, 'shape', `the key "${key}" must be non-empty and contain no "${KEY_SEPARATOR}": nest objects instead`, path),
      );
      continue;
    }
    if (seen.has(key)) {
      problems.push(
        at(keyNode.offset, 'duplicate-key', `the key "${path}" appears twice; JSON readers would silently keep only the last`, path),
      );
      continue;
    }
    seen.add(key);
    walk.positions.set(path, walk.lineColumn(keyNode.offset));
    if (valueNode.type === 'string') readString(valueNode, path, walk);
    else if (valueNode.type === 'object') walkObject(valueNode, path, walk);
    else
      problems.push(
        at(valueNode.offset, 'shape', `the value of "${path}" must be a string (or an object of strings), not ${valueNode.type}`, path),
      );
  }
}

function readString(valueNode: Node, path: string, walk: Walk): void {
  const value = String(valueNode.value);
  if (!isInvisibleOnly(value)) {
    walk.catalog.set(path, value);
    return;
  }
  walk.warnings.push({
    ...walk.at(
      valueNode.offset,
      'invisible-only',
      `the value of "${path}" holds only invisible characters (${codePoints(value)}); it counts as untranslated and is written back as ""`,
      path,
    ),
    severity: 'warning',
  });
  walk.catalog.set(path, '');
}
