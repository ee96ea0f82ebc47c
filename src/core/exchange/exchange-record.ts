import { unitId, type LanguageExport } from './exchange.ts';

/**
 * The exchange record: what an exported file and locales/ last agreed on, per entry, kept on our
 * side beside the file (`po/da.po` -> `po/da.po.record.json`). An export writes it; an import
 * updates the entries it applied. An import compares the translator's file with it, so that what
 * counts as "the translator changed this" never depends on comments or attributes that a CAT tool,
 * msgmerge or Poedit may rewrite or drop.
 */

export interface RecordEntry {
  /** The English the file showed. */
  readonly english: string;
  /** The translation the file held ("" for none). */
  readonly translation: string;
  /** Whether the file marked it done (not fuzzy, state translated). */
  readonly reviewed: boolean;
}

export interface ExchangeRecord {
  readonly entries: ReadonlyMap<string, RecordEntry>;
  /** Removed entries' translations the file carried for reference (PO `#~`), by id. */
  readonly obsolete: ReadonlyMap<string, string>;
}

export const recordPath = (exportedPath: string): string => `${exportedPath}.record.json`;

/** The record of a fresh export: every entry as the file now holds it. */
export function recordOf(exported: LanguageExport): ExchangeRecord {
  return {
    entries: new Map(
      exported.units.map((u) => [
        unitId(u.namespace, u.key),
        { english: u.english, translation: u.translation, reviewed: u.state !== 'stale' },
      ]),
    ),
    obsolete: new Map(exported.obsolete.map((u) => [unitId(u.namespace, u.key), u.translation])),
  };
}

const sorted = <T>(map: ReadonlyMap<string, T>): [string, T][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function formatRecord(record: ExchangeRecord): string {
  const body = {
    note: 'Written by the export and updated by the import (npm run po:export / xliff:export): what the file beside it held. Do not edit or copy.',
    entries: Object.fromEntries(
      sorted(record.entries).map(([id, e]) => [id, { english: e.english, translation: e.translation, reviewed: e.reviewed }]),
    ),
    obsolete: Object.fromEntries(sorted(record.obsolete)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record, or undefined when the text is not one (it is then ignored, and every entry is judged without it). */
export function parseRecord(text: string): ExchangeRecord | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || !isObject(parsed['entries']) || !isObject(parsed['obsolete'])) return undefined;
  const entries = new Map<string, RecordEntry>();
  for (const [id, value] of Object.entries(parsed['entries'])) {
    if (!isObject(value)) return undefined;
    const { english, translation, reviewed } = value;
    if (typeof english !== 'string' || typeof translation !== 'string' || typeof reviewed !== 'boolean') return undefined;
    entries.set(id, { english, translation, reviewed });
  }
  const obsolete = new Map<string, string>();
  for (const [id, value] of Object.entries(parsed['obsolete'])) {
    if (typeof value !== 'string') return undefined;
    obsolete.set(id, value);
  }
  return { entries, obsolete };
}
