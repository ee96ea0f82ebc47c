import type { TranslationEdit } from '../sync/apply.ts';
import type { Catalog } from '../common/catalog.ts';
import { unitId, type ExchangeEntry } from './exchange.ts';
import type { ExchangeRecord, RecordEntry } from './exchange-record.ts';
import { paddingWarning, trimPadding } from './padding.ts';
import { localeFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import type { SyncState } from '../state/state.ts';

/**
 * What an import of a translator's file applies, for every format: the one place that decides
 * what the translator changed, what is a conflict, what a fuzzy or needs-review entry answers to,
 * and what happens to entries the English no longer has.
 *
 * "Changed" is judged against the exchange record (what the file held when it was exported or last
 * imported), never against comments in the file, which msgmerge, Poedit and CAT tools rewrite.
 * Without a record entry nothing shows which translation the file's text was made from, so it may
 * not replace a different translation in locales/ unless the user says so (`overwrite`).
 */

/** One namespace of the project as it is on disk, which is what an import is applied to. */
export interface NamespaceFiles {
  readonly english: Catalog;
  readonly target: Catalog;
  readonly state: SyncState;
}

export interface PolicyInput {
  readonly language: string;
  /** The translator's file, for messages. */
  readonly file: string;
  readonly entries: readonly ExchangeEntry[];
  readonly namespaces: ReadonlyMap<string, NamespaceFiles>;
  /** The record beside the file; undefined when there is none (or it is unreadable). */
  readonly record?: ExchangeRecord;
  /** Replace translations in locales/ that the file's text was not made from (--force). */
  readonly overwrite?: boolean;
}

/** An edit and where its entry is in the file, so later checks can point at it. */
export interface LocatedEdit extends TranslationEdit {
  readonly line?: number;
  readonly column?: number;
  readonly reviewed: boolean;
}

export interface PolicyResult {
  /** Entries the file cannot be imported with (a changed English, an unknown id): nothing may be written. */
  readonly refused: readonly Problem[];
  /** Entries changed in the file and in locales/ since the export. */
  readonly conflicts: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly edits: ReadonlyMap<string, readonly LocatedEdit[]>;
  /** Ids of entries changed in the file that cannot be imported (their paragraph is gone): work only the file holds. */
  readonly stranded: readonly string[];
  /** The record to keep once the edits are written: the applied entries as the file now holds them. */
  readonly record: ExchangeRecord;
}

/**
 * The English a translation not marked done answers to: any English it may have been made from
 * that is not the English now, so that importing it never makes it up to date. The sync state's
 * record comes first (it is what the status report diffs against), then the file's older English,
 * then the file's source. When each of them is the English now (a translator flagged a finished
 * entry), "" stands for "made from no English we know": stale until confirmed or edited.
 */
function unreviewedFrom(current: string, entry: ExchangeEntry, state: SyncState): string {
  return (
    [state.entries.get(entry.key)?.from, entry.previousSource, entry.source].find(
      (english) => english !== undefined && english !== current,
    ) ?? ''
  );
}

const sameAs = (entry: ExchangeEntry, base: RecordEntry | undefined): boolean =>
  base !== undefined && entry.translation === base.translation && entry.reviewed === base.reviewed;

export function decideImport(input: PolicyInput): PolicyResult {
  const { language, file } = input;
  const refused: Problem[] = [];
  const conflicts: Problem[] = [];
  const warnings: Problem[] = [];
  const stranded: string[] = [];
  const edits = new Map<string, LocatedEdit[]>();
  const entries = new Map(input.record?.entries ?? []);
  const obsoleteRecord = input.record?.obsolete ?? new Map<string, string>();

  for (const raw of input.entries) {
    const { namespace, key } = raw;
    // Padding a tool added is no part of the translation: compared and imported without it.
    const padding = trimPadding(raw.translation, input.namespaces.get(namespace)?.english.get(key) ?? raw.source);
    const entry = padding.trimmed ? { ...raw, translation: padding.text } : raw;
    const id = unitId(namespace, key);
    const at = { file, language, namespace, key, ...(entry.line === undefined ? {} : { line: entry.line, column: entry.column ?? 1 }) };
    const files = input.namespaces.get(namespace);
    const current = files?.english.get(key);
    const base = input.record?.entries.get(id);

    if (entry.obsolete) {
      // A removed entry kept for reference: never imported, but a translator's edit of it must not be lost unseen.
      const known = obsoleteRecord.get(id) ?? files?.state.obsolete.get(key)?.translation;
      if (entry.translation !== '' && entry.translation !== known) {
        stranded.push(id);
        warnings.push({
          ...at,
          severity: 'warning',
          code: 'obsolete-edited',
          message:
            'this removed entry (#~) was edited, but removed entries are not imported: copy the text if you need it; the next export keeps the file unless --force',
        });
      }
      continue;
    }
    if (files === undefined || current === undefined) {
      const removed = files?.state.obsolete.has(key) === true || base !== undefined;
      if (!removed) {
        refused.push({
          ...at,
          severity: 'error',
          code: 'unknown-id',
          message: `"${id}" is not an entry of the English, and was not in the export: the id must stay as exported`,
        });
        continue;
      }
      const untouched =
        entry.translation === '' || sameAs(entry, base) || entry.translation === files?.state.obsolete.get(key)?.translation;
      if (!untouched) stranded.push(id);
      warnings.push({
        ...at,
        severity: 'warning',
        code: 'removed-since-export',
        message: `not imported: the English entry was removed since the export (a translation made before is kept in the obsolete store).${untouched ? '' : ' This translation was changed in this file and exists nowhere else: copy it if you need it.'}`,
      });
      continue;
    }
    // The English in the file is the one it was exported with, or the English now (a file merged with a newer template).
    if (entry.source !== current && entry.source !== base?.english) {
      refused.push({
        ...at,
        severity: 'error',
        code: 'source-changed',
        message: `the English (source) of "${id}" was changed in this file; it must stay as exported. Export again, or restore the source text`,
      });
      continue;
    }
    if (entry.translation === '') continue; // untranslated: nothing to import
    // Said even when the trimmed text changes nothing: the tool that padded it will do so again.
    if (padding.trimmed) warnings.push(paddingWarning(at));
    if (sameAs(entry, base)) continue; // untouched since the export or the last import

    const onDisk = files.target.get(key) ?? '';
    // The same text on both sides is no conflict; a different one must be the one the file was made from.
    const unseen = onDisk !== '' && onDisk !== entry.translation && (base === undefined || onDisk !== base.translation);
    if (unseen && !input.overwrite) {
      const target = localeFile(language, namespace);
      conflicts.push({
        ...at,
        severity: 'error',
        code: 'conflict',
        message: base
          ? `the translation in ${target} changed since this file was exported, and so did this entry: export again and redo the entry, or import with --force to replace the newer text in ${target}`
          : `nothing records which translation this entry was made from (no record of the export), and ${target} has a different one: export again and redo the entry, or import with --force to replace the text in ${target}`,
      });
      continue;
    }
    entries.set(id, { english: entry.source, translation: entry.translation, reviewed: entry.reviewed });
    const from = entry.reviewed ? entry.source : unreviewedFrom(current, entry, files.state);
    if (onDisk === entry.translation && files.state.entries.get(key)?.from === from) continue;
    if (entry.reviewed && entry.source !== current) {
      warnings.push({
        ...at,
        severity: 'warning',
        code: 'english-changed',
        message: 'the English changed since this file was exported: the translation is saved as stale; export again to see the new English',
      });
    }
    const list = edits.get(namespace) ?? [];
    list.push({
      key,
      translation: entry.translation,
      from,
      reviewed: entry.reviewed,
      ...(entry.line === undefined ? {} : { line: entry.line, column: entry.column ?? 1 }),
    });
    edits.set(namespace, list);
  }
  return { refused, conflicts, warnings, edits, stranded, record: { entries, obsolete: obsoleteRecord } };
}
