import type { Node } from 'jsonc-parser';
import { KEY_SEPARATOR, type Catalog } from '../common/catalog.ts';
import { readJson } from './json-text.ts';
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
 */
/** Its warnings name values taken as untranslated (invisible-only), with where they are. */
export function parseLocaleFile(file: string, raw: string): Result<LocaleFile> {
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
  const walk = (node: Node, prefix: string): void => {
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
      positions.set(path, lineColumn(keyNode.offset));
      if (valueNode.type === 'string') {
        const value = String(valueNode.value);
        if (isInvisibleOnly(value)) {
          warnings.push({
            ...at(
              valueNode.offset,
              'invisible-only',
              `the value of "${path}" holds only invisible characters (${codePoints(value)}); it counts as untranslated and is written back as ""`,
              path,
            ),
            severity: 'warning',
          });
          catalog.set(path, '');
        } else catalog.set(path, value);
      } else if (valueNode.type === 'object') walk(valueNode, path);
      else
        problems.push(
          at(valueNode.offset, 'shape', `the value of "${path}" must be a string (or an object of strings), not ${valueNode.type}`, path),
        );
    }
  };
  walk(root, '');
  return problems.length > 0 ? failure(problems) : success({ catalog, positions }, warnings);
}
