import type { TranslationEdit } from '../sync/apply.ts';
import type { Catalog } from '../common/catalog.ts';
import { unitId, type ExchangeEntry } from './exchange.ts';
import type { ExchangeRecord, RecordEntry } from './exchange-record.ts';
import { paddingWarning, trimPadding } from './padding.ts';
import { localeFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { vouchesFor, type EntryState, type SyncState } from '../state/state.ts';
import { textFingerprint } from '../common/hash.ts';

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

/** What a policy decided for one file: the same shape for the record-based import (this one) and the memory's. */
export interface Decision {
  /** Entries the file cannot be imported with (a changed English, an unknown id): nothing may be written. */
  readonly refused: readonly Problem[];
  /** Entries changed in the file and in locales/ since the export. */
  readonly conflicts: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly edits: ReadonlyMap<string, readonly LocatedEdit[]>;
  /** Ids of entries changed in the file that cannot be imported (their paragraph is gone): work only the file holds. */
  readonly stranded: readonly string[];
  /** The record to keep once the edits are written: the applied entries as the file now holds them (none for a memory). */
  readonly record?: ExchangeRecord;
}

/**
 * The English a translation not marked done is shown against: it is recorded unverified (needing review
 * whatever the English, on any branch), with an English it may have been made from that is not the English
 * now, for the diff. The sync state's record comes first (it is what the status report diffs against), then
 * the file's older English, then the file's source. When each of them is the English now (a translator
 * flagged a finished entry), "" stands for "made from no English we know".
 */
function unreviewedFrom(current: string, entry: ExchangeEntry, held: EntryState | undefined): string {
  // A record current for the English now (through `also`) names a later English, not an older one.
  const older = held && !vouchesFor(held, current) ? held.from : undefined;
  return [older, entry.previousSource, entry.source].find((english) => english !== undefined && english !== current) ?? '';
}

/** No news: a review of what the state already vouches for (a review of a text it holds unverified is news). */
const reviewHolds = (held: EntryState | undefined, from: string): boolean => held !== undefined && vouchesFor(held, from);

/**
 * No news: a mark for review of a text that already needs it, by a state that describes the text on disk (one
 * behind a hand edit says nothing of it) and vouches for neither the English now nor the file's (msgmerge marks a
 * text for the English now; a mark on a file's English the text was current for rejects the text for it).
 */
function markHolds(held: EntryState | undefined, at: { onDisk: string; current: string; source: string }): boolean {
  return held !== undefined && held.seen === textFingerprint(at.onDisk) && !vouchesFor(held, at.current) && !vouchesFor(held, at.source);
}

const sameAs = (entry: ExchangeEntry, base: RecordEntry | undefined): boolean =>
  base !== undefined && entry.translation === base.translation && entry.reviewed === base.reviewed;

/** What the entries decided so far: the result being built. */
interface Decisions {
  readonly refused: Problem[];
  readonly conflicts: Problem[];
  readonly warnings: Problem[];
  readonly stranded: string[];
  readonly edits: Map<string, LocatedEdit[]>;
  /** The record to keep: the exported one, with the applied entries as the file now holds them. */
  readonly entries: Map<string, RecordEntry>;
}

/** One entry of the file, with what the project and the record say of it. */
interface Seen {
  /** Without the padding a tool added, which is no part of the translation. */
  readonly entry: ExchangeEntry;
  readonly padded: boolean;
  readonly id: string;
  /** Where it is, for its problems. */
  readonly at: Omit<Problem, 'severity' | 'code' | 'message'>;
  readonly files: NamespaceFiles | undefined;
  /** The English now; undefined when the English has no such entry. */
  readonly current: string | undefined;
  readonly base: RecordEntry | undefined;
}

export function decideImport(input: PolicyInput): Decision & { readonly record: ExchangeRecord } {
  const out: Decisions = {
    refused: [],
    conflicts: [],
    warnings: [],
    stranded: [],
    edits: new Map(),
    entries: new Map(input.record?.entries ?? []),
  };
  const obsolete = input.record?.obsolete ?? new Map<string, string>();
  for (const raw of input.entries) decideEntry(seen(raw, input), input, obsolete, out);
  const { refused, conflicts, warnings, edits, stranded, entries } = out;
  return { refused, conflicts, warnings, edits, stranded, record: { entries, obsolete } };
}

function seen(raw: ExchangeEntry, input: PolicyInput): Seen {
  const { namespace, key } = raw;
  const files = input.namespaces.get(namespace);
  const padding = trimPadding(raw.translation, files?.english.get(key) ?? raw.source);
  const entry = padding.trimmed ? { ...raw, translation: padding.text } : raw;
  const { file, language } = input;
  const at = { file, language, namespace, key, ...(entry.line === undefined ? {} : { line: entry.line, column: entry.column ?? 1 }) };
  const id = unitId(namespace, key);
  return { entry, padded: padding.trimmed, id, at, files, current: files?.english.get(key), base: input.record?.entries.get(id) };
}

function decideEntry(seen: Seen, input: PolicyInput, obsolete: ReadonlyMap<string, string>, out: Decisions): void {
  const { entry, files, current, base } = seen;
  if (entry.obsolete) return keepObsolete(seen, obsolete, out);
  if (files === undefined || current === undefined) return skipRemoved(seen, out);
  // The English in the file is the one it was exported with, or the English now (a file merged with a newer template).
  if (entry.source !== current && entry.source !== base?.english) {
    out.refused.push({
      ...seen.at,
      severity: 'error',
      code: 'source-changed',
      message: `the English (source) of "${seen.id}" was changed in this file; it must stay as exported. Export again, or restore the source text`,
    });
    return;
  }
  if (entry.translation === '') return; // untranslated: nothing to import
  // Said even when the trimmed text changes nothing: the tool that padded it will do so again.
  if (seen.padded) out.warnings.push(paddingWarning(seen.at));
  if (sameAs(entry, base)) return; // untouched since the export or the last import
  const onDisk = files.target.get(entry.key) ?? '';
  // The same text on both sides is no conflict; a different one must be the one the file was made from.
  const unseen = onDisk !== '' && onDisk !== entry.translation && (base === undefined || onDisk !== base.translation);
  if (unseen && !input.overwrite) out.conflicts.push(conflict(seen, input.language));
  else applyEntry(seen, { files, current, onDisk }, out);
}

/** A removed entry kept for reference: never imported, but a translator's edit of it must not be lost unseen. */
function keepObsolete({ entry, id, at, files }: Seen, obsolete: ReadonlyMap<string, string>, out: Decisions): void {
  const known = obsolete.get(id) ?? files?.state.obsolete.get(entry.key)?.translation;
  if (entry.translation === '' || entry.translation === known) return;
  out.stranded.push(id);
  out.warnings.push({
    ...at,
    severity: 'warning',
    code: 'obsolete-edited',
    message:
      'this removed entry (#~) was edited, but removed entries are not imported: copy the text if you need it; the next export keeps the file unless --force',
  });
}

/** An entry the English no longer has: refused when it never had it (a changed id), else not imported, and said. */
function skipRemoved({ entry, id, at, files, base }: Seen, out: Decisions): void {
  const removedText = files?.state.obsolete.get(entry.key)?.translation;
  if (files?.state.obsolete.has(entry.key) !== true && base === undefined) {
    out.refused.push({
      ...at,
      severity: 'error',
      code: 'unknown-id',
      message: `"${id}" is not an entry of the English, and was not in the export: the id must stay as exported`,
    });
    return;
  }
  const untouched = entry.translation === '' || sameAs(entry, base) || entry.translation === removedText;
  if (!untouched) out.stranded.push(id);
  out.warnings.push({
    ...at,
    severity: 'warning',
    code: 'removed-since-export',
    message: `not imported: the English entry was removed since the export (a translation made before is kept in the obsolete store).${untouched ? '' : ' This translation was changed in this file and exists nowhere else: copy it if you need it.'}`,
  });
}

function conflict({ entry, at, base }: Seen, language: string): Problem {
  const target = localeFile(language, entry.namespace);
  return {
    ...at,
    severity: 'error',
    code: 'conflict',
    message: base
      ? `the translation in ${target} changed since this file was exported, and so did this entry: export again and redo the entry, or import with --force to replace the newer text in ${target}`
      : `nothing records which translation this entry was made from (no record of the export), and ${target} has a different one: export again and redo the entry, or import with --force to replace the text in ${target}`,
  };
}

/** The entry's translation taken: into the record, and an edit unless locales/ already holds it against the same English. */
function applyEntry(
  { entry, id, at }: Seen,
  { files, current, onDisk }: { readonly files: NamespaceFiles; readonly current: string; readonly onDisk: string },
  out: Decisions,
): void {
  out.entries.set(id, { english: entry.source, translation: entry.translation, reviewed: entry.reviewed });
  const held = files.state.entries.get(entry.key);
  const from = entry.reviewed ? entry.source : unreviewedFrom(current, entry, held);
  if (
    onDisk === entry.translation &&
    (entry.reviewed ? reviewHolds(held, from) : markHolds(held, { onDisk, current, source: entry.source }))
  )
    return;
  if (entry.reviewed && entry.source !== current) {
    out.warnings.push({
      ...at,
      severity: 'warning',
      code: 'english-changed',
      message: 'the English changed since this file was exported: the translation is saved as stale; export again to see the new English',
    });
  }
  const list = out.edits.get(entry.namespace) ?? [];
  list.push({
    key: entry.key,
    translation: entry.translation,
    from,
    reviewed: entry.reviewed,
    ...(entry.reviewed ? {} : { forReview: true as const }),
    ...(entry.line === undefined ? {} : { line: entry.line, column: entry.column ?? 1 }),
  });
  out.edits.set(entry.namespace, list);
}
