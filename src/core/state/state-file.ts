import { formatJson } from '../common/catalog.ts';
import { readJson, withoutBom } from '../locale/json-text.ts';
import { lineColumn } from '../common/problems.ts';
import type { EntryState, ObsoleteEntry, SyncState } from './state.ts';
import { success, type Result } from '../common/result.ts';
import type { AlignmentCorrection } from '../align/paragraph.ts';

/**
 * The sync state on disk: one file per language and namespace, one small object per key,
 * in English document order, so concurrent work on different paragraphs or languages
 * merges in git without conflicts.
 */
interface StateFileShape {
  readonly $comment: string;
  readonly entries: Record<
    string,
    { from?: string; also?: readonly string[]; seen: string; unverified?: true; align?: AlignmentCorrection }
  >;
  readonly obsolete: Record<string, { translation: string; from?: string; also?: readonly string[]; unverified?: true }>;
}

const COMMENT =
  'Written by `npm run extract`; do not edit. For each key: the English the translation was made from, and a fingerprint of the translation when last synced.';

export function formatState(state: SyncState): string {
  const entries: StateFileShape['entries'] = {};
  for (const [key, e] of state.entries)
    entries[key] = {
      ...(e.from === undefined ? {} : { from: e.from }),
      ...(e.also ? { also: e.also } : {}),
      seen: e.seen,
      ...(e.unverified ? { unverified: true as const } : {}),
      ...(e.align ? { align: e.align } : {}),
    };
  const obsolete: StateFileShape['obsolete'] = {};
  for (const [key, o] of state.obsolete)
    obsolete[key] = {
      translation: o.translation,
      ...(o.from === undefined ? {} : { from: o.from }),
      ...(o.also ? { also: o.also } : {}),
      ...(o.unverified ? { unverified: true as const } : {}),
    };
  const shape: StateFileShape = { $comment: COMMENT, entries, obsolete };
  return formatJson(shape);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((i) => Number.isInteger(i) && i >= 0);

/** A translator's alignment correction as stored; undefined when there is none, null when it is malformed. */
function alignmentOf(value: unknown): AlignmentCorrection | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return null;
  const { english, translation, links, counts } = value;
  if (typeof english !== 'string' || typeof translation !== 'string' || !Array.isArray(links) || !links.every(isIndexList)) return null;
  if (!isIndexList(counts) || counts.length !== 2) return null;
  return { english, translation, links, counts: [counts[0] ?? 0, counts[1] ?? 0] };
}

export function parseState(file: string, raw: string): Result<SyncState> {
  const text = withoutBom(raw);
  const fail = (message: string, offset = 0): Result<SyncState> => ({
    ok: false,
    problems: [{ severity: 'error', code: 'state', message, file, ...lineColumn(text, offset) }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Only a broken file pays for the slower reader that can say where and how it breaks.
    const read = readJson(file, text, 'state');
    if (!read.ok)
      return {
        ok: false,
        problems: read.problems.map((p) =>
          p.code === 'merge-conflict'
            ? p
            : { ...p, message: `${p.message} (in the sync state: restore the file from git, or fix it here)` },
        ),
      };
    return fail('invalid JSON in the sync state (restore the file from git)');
  }
  if (!isRecord(data) || !isRecord(data['entries']) || !isRecord(data['obsolete']))
    return fail('the sync state must have "entries" and "obsolete" objects');
  const entries = new Map<string, EntryState>();
  for (const [key, value] of Object.entries(data['entries'])) {
    const entry = entryOf(key, value);
    if (typeof entry === 'string') return fail(entry, text.indexOf(JSON.stringify(key)));
    entries.set(key, entry);
  }
  const obsolete = obsoleteEntries(data['obsolete']);
  if (!(obsolete instanceof Map))
    return fail(
      `obsolete entry "${obsolete.bad}" must have a string "translation", "unverified" true when present, and "also" a list of strings`,
      text.indexOf(JSON.stringify(obsolete.bad)),
    );
  return success({ entries, obsolete });
}

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** One entry as the state holds it, or what is wrong with it. */
function entryOf(key: string, value: unknown): EntryState | string {
  const from = isRecord(value) ? value['from'] : undefined;
  if (
    !isRecord(value) ||
    (from !== undefined && typeof from !== 'string') ||
    typeof value['seen'] !== 'string' ||
    (value['unverified'] !== undefined && value['unverified'] !== true)
  )
    return `entry "${key}" must have a string "seen", and "from" a string when present`;
  const also = value['also'];
  if (also !== undefined && !isTextList(also)) return `entry "${key}": "also" must be a list of strings (restore the file from git)`;
  // An entry that says nothing of its English cannot be current, whatever the file claims.
  const unverified = value['unverified'] === true || typeof from !== 'string';
  const align = alignmentOf(value['align']);
  if (align === null) return `entry "${key}": "align" is not an alignment correction (restore the file from git)`;
  return {
    ...(typeof from === 'string' ? { from } : {}),
    ...(also && also.length > 0 ? { also } : {}),
    seen: value['seen'],
    ...(unverified ? { unverified: true as const } : {}),
    ...(align ? { align } : {}),
  };
}

/** The obsolete store, or the key of the first entry that is not one. */
function obsoleteEntries(store: Record<string, unknown>): Map<string, ObsoleteEntry> | { readonly bad: string } {
  const obsolete = new Map<string, ObsoleteEntry>();
  for (const [key, value] of Object.entries(store)) {
    if (
      !isRecord(value) ||
      typeof value['translation'] !== 'string' ||
      (value['unverified'] !== undefined && value['unverified'] !== true) ||
      (value['also'] !== undefined && !isTextList(value['also']))
    )
      return { bad: key };
    const { from, also } = value;
    obsolete.set(key, {
      translation: value['translation'],
      ...(typeof from === 'string' ? { from } : {}),
      ...(isTextList(also) && also.length > 0 ? { also } : {}),
      ...(value['unverified'] === true ? { unverified: true as const } : {}),
    });
  }
  return obsolete;
}
