import { applyEdits, modify } from 'jsonc-parser';
import { KEY_SEPARATOR, type Catalog } from '../common/catalog.ts';
import { checkTranslations, type Glossary } from './checks.ts';
import { textFingerprint } from '../common/hash.ts';
import { lineEndingOf } from '../common/line-endings.ts';
import { parseLocaleFile } from '../locale/locale-file.ts';
import type { Problem } from '../common/problems.ts';
import { confirmedEntry, type EntryState, type SyncState } from '../state/state.ts';
import { success, type Result } from '../common/result.ts';

/** One translation to write, and the English it answers to. */
export interface TranslationEdit {
  readonly key: string;
  readonly translation: string;
  /**
   * The English the translator worked from. The current English makes the entry up to date;
   * an older one (a fuzzy PO entry, an outdated export) leaves or makes it stale.
   */
  readonly from: string;
  /**
   * The translator marked it for review (a fuzzy PO entry, an XLIFF target that needs review): it needs review
   * whatever the English, on this branch or any other, until confirmed (an unverified entry; `from` is then only
   * the English for the diff).
   */
  readonly forReview?: true;
}

export interface ApplyInput {
  readonly language: string;
  readonly namespace: string;
  /** The locale file's path, for messages, and its text as it is on disk. */
  readonly file: string;
  readonly text: string;
  /** The English catalog of the namespace (locales/en as last extracted). */
  readonly english: Catalog;
  readonly state: SyncState;
  readonly glossary: Glossary;
  /** The keys the glossary lists as rightly the same as the English: a copy of the English is no warning there. */
  readonly same: ReadonlySet<string>;
  readonly edits: readonly TranslationEdit[];
}

export interface Applied {
  /** The file with only the edited values replaced: key order, formatting and every other value kept. */
  readonly text: string;
  readonly state: SyncState;
  /** Keys whose translation or sync state changed. */
  readonly changed: readonly string[];
}

const FORMAT = { insertSpaces: true, tabSize: 2 } as const;

/** Where a key missing from the file goes: after the keys that precede it in the English. */
function insertionIndex(english: Catalog, path: readonly string[]) {
  const order = [...english.keys()].map((k) => k.split(KEY_SEPARATOR).slice(0, path.length));
  const rank = (segments: readonly string[]): number =>
    order.findIndex((o) => o.length === segments.length && o.every((s, i) => s === segments[i]));
  return (properties: string[]): number => {
    const mine = rank(path);
    const before = properties.filter((p) => rank([...path.slice(0, -1), p]) < mine).length;
    return before;
  };
}

/**
 * Write translations into a locale file the way the extraction would have them, and record in the
 * sync state which English each answers to. Pure. All or nothing: one invalid edit refuses the batch,
 * with the same checks as the extraction (placeholders, tags, not empty, glossary as warnings).
 */
export function applyTranslations(input: ApplyInput): Result<Applied> {
  const parsed = parseLocaleFile(input.file, input.text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const checked = checkEdits(input);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const { text, entries, changed } = writeEdits(input, parsed.value.catalog);
  // The state file lists entries in English order, as the extraction writes it.
  const ordered = new Map<string, EntryState>();
  for (const key of input.english.keys()) {
    const entry = entries.get(key);
    if (entry) ordered.set(key, entry);
  }
  return success({ text, state: { entries: ordered, obsolete: input.state.obsolete }, changed }, checked.warnings);
}

/** The extraction's checks on each edit: errors refuse the batch, warnings go with the result. */
function checkEdits(input: ApplyInput): { problems: Problem[]; warnings: Problem[] } {
  const { language, namespace, file, english } = input;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const edit of input.edits) {
    const where = { language, namespace, key: edit.key, file };
    if (!english.has(edit.key)) {
      problems.push({
        severity: 'error',
        code: 'unknown-key',
        message: `"${edit.key}" is not a key of the English "${namespace}"`,
        ...where,
      });
      continue;
    }
    if (edit.translation.trim() === '') {
      problems.push({ severity: 'error', code: 'empty', message: 'the translation is empty', ...where });
      continue;
    }
    const found = checkTranslations({
      language,
      namespace,
      english: new Map([[edit.key, english.get(edit.key) ?? '']]),
      target: new Map([[edit.key, edit.translation]]),
      glossary: input.glossary,
      same: input.same,
      file,
    });
    problems.push(...found.filter((p) => p.severity === 'error'));
    warnings.push(...found.filter((p) => p.severity === 'warning'));
  }
  return { problems, warnings };
}

/** What the state records for an edit: made from an older English, it keeps no earlier English (it is stale). */
function entryFor(edit: TranslationEdit, at: { before: EntryState | undefined; seen: string; english: string | undefined }): EntryState {
  if (edit.forReview) return { from: edit.from, seen: at.seen, unverified: true };
  return edit.from === at.english ? confirmedEntry(at.before, edit.from, at.seen) : { from: edit.from, seen: at.seen };
}

/** The file with each changed value replaced in place, and the state entries of what changed. */
function writeEdits(input: ApplyInput, catalog: Catalog): { text: string; entries: Map<string, EntryState>; changed: string[] } {
  let text = input.text;
  const entries = new Map<string, EntryState>(input.state.entries);
  const changed: string[] = [];
  for (const edit of input.edits) {
    const before = input.state.entries.get(edit.key);
    const seen = textFingerprint(edit.translation);
    const entry = entryFor(edit, { before, seen, english: input.english.get(edit.key) });
    const same =
      catalog.get(edit.key) === edit.translation &&
      before !== undefined &&
      (before.unverified === true) === (entry.unverified === true) &&
      before.from === entry.from &&
      before.seen === entry.seen;
    if (same) continue;
    if (catalog.get(edit.key) !== edit.translation) {
      const path = edit.key.split(KEY_SEPARATOR);
      text = applyEdits(
        text,
        modify(text, path, edit.translation, {
          // A key inserted into a file with CRLF line ends (a Windows checkout) gets CRLF too.
          formattingOptions: { ...FORMAT, eol: lineEndingOf(input.text) },
          getInsertionIndex: insertionIndex(input.english, path),
        }),
      );
    }
    entries.set(edit.key, entry);
    changed.push(edit.key);
  }
  return { text, entries, changed };
}
