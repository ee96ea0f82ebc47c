import { po, type ParsedPoEntry, type PoEntry, type PoSection } from 'gettext-parser';
import { LANGUAGES, matchLanguageTag } from '../languages.ts';
import type { TranslationEdit } from './apply.ts';
import type { Catalog } from './catalog.ts';
import type { LanguageReport } from './extraction.ts';
import { fingerprint } from './hash.ts';
import { localeFile } from './paths.ts';
import { lineColumn, type Problem } from './problems.ts';
import type { SyncState } from './state.ts';

/**
 * The gettext PO round trip: one PO file per language for translators who work in Poedit,
 * OmegaT or Weblate. Pure: the commands in src/cli/po-*.ts read and write the files.
 *
 * An entry is identified by its msgctxt, `namespace:key`, never by its msgid, so an English
 * text that occurs twice stays two entries and an edited English cannot attach a translation
 * to another paragraph.
 */

export const PO_DIR = 'po';
export const poFileName = (language: string): string => `${language}.po`;

/** gettext's own separator between context and msgid, which no text of ours contains. */
const CONTEXT_SEPARATOR = '\u0004';

const PROJECT = 'nordefco-reader';

/**
 * A constant, not the time of the export: exporting twice must write the same bytes, so git
 * and the round-trip test see no change. msgfmt -c only rejects the template's placeholder date;
 * PO editors set their own date when a translator saves.
 */
const REVISION_DATE = '1970-01-01 00:00+0000';

/** No entry here has plural forms; the header is still required by msgfmt -c and some editors. */
const PLURAL_FORMS: Readonly<Record<string, string>> = {
  // Icelandic uses the singular for 21, 31, ... (CLDR, and what Poedit and Weblate expect).
  is: 'nplurals=2; plural=(n%10!=1 || n%100==11);',
};
const DEFAULT_PLURAL_FORMS = 'nplurals=2; plural=(n != 1);';

export interface PoCounts {
  readonly translated: number;
  readonly fuzzy: number;
  readonly untranslated: number;
  readonly obsolete: number;
}

export interface PoDocument {
  readonly text: string;
  readonly counts: PoCounts;
}

/** A C string literal as PO files write them. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
}

/** The inverse of `quote` for one `"…"` literal; unknown escapes keep their character, as gettext-parser does. */
function unquote(literal: string): string {
  const body = literal.trim().replace(/^"/, '').replace(/"$/, '');
  return body.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/**
 * What the entry held when exported, as a developer comment (`#. export-base: …`) that PO editors keep:
 * an import then applies only the entries a translator changed, and refuses one whose translation also
 * changed in locales/ since the export, instead of putting the older text back over it.
 */
function exportBase(msgstr: string, fuzzy: boolean): string {
  return `export-base: ${fingerprint(msgstr)}${fuzzy ? ' fuzzy' : ''}`;
}

/** What an entry held: the fingerprint of its translation, and its fuzzy flag. */
export interface EntryBase {
  readonly translation: string;
  readonly fuzzy: boolean;
}

function readExportBase(entry: ParsedPoEntry): EntryBase | undefined {
  const match = /(?:^|\n)export-base: ([0-9a-f]+)( fuzzy)?\s*(?:\n|$)/.exec(entry.comments?.extracted ?? '');
  return match?.[1] ? { translation: match[1], fuzzy: match[2] !== undefined } : undefined;
}

/** Placeholders and tags the translation must carry over; the same kinds the extraction checks. */
function keepAsIs(english: string): string[] {
  return [...new Set(english.match(/\{\{[^}]*\}\}|<\/?[A-Za-z][^>]*>/g) ?? [])];
}

const HEADER_COMMENT = (endonym: string): string =>
  [
    `Translation of ${PROJECT} into ${endonym}.`,
    'Written by `npm run po:export`; read back by `npm run po:import`.',
    'msgctxt is namespace:key and identifies each entry: leave it as it is.',
    'A fuzzy entry was translated from an older English, shown after #| msgid;',
    'remove the fuzzy flag when the translation is right for the English now.',
  ].join('\n');

/**
 * One language's PO file from the extraction plan: every live entry of every namespace,
 * namespaces sorted, keys in English order, removed paragraphs' translations as `#~` entries.
 */
export function buildPo(report: LanguageReport, english: ReadonlyMap<string, Catalog>): PoDocument {
  const language = LANGUAGES.find((l) => l.code === report.language);
  const live: [string, Record<string, PoEntry>][] = [];
  const gone: [string, Record<string, PoEntry>][] = [];
  const counts = { translated: 0, fuzzy: 0, untranslated: 0, obsolete: 0 };
  // Code-unit order, not localeCompare: the file must not depend on the machine's locale.
  const namespaces = [...report.namespaces].sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0));
  for (const ns of namespaces) {
    const catalog = english.get(ns.namespace);
    for (const entry of ns.entries) {
      const msgctxt = `${ns.namespace}:${entry.key}`;
      if (entry.status === 'obsolete') {
        if (entry.pruned || !entry.translation) continue;
        counts.obsolete++;
        // Object.fromEntries, not assignment: an English text may well be "constructor".
        gone.push([msgctxt, Object.fromEntries([[entry.from ?? '', { msgctxt, msgid: entry.from ?? '', msgstr: [entry.translation] }]])]);
        continue;
      }
      const msgid = catalog?.get(entry.key);
      // An empty English has nothing to translate, and msgid "" would read as a second header.
      if (msgid === undefined || msgid === '') continue;
      const stale = entry.status === 'stale';
      const hints = keepAsIs(msgid);
      const msgstr = entry.status === 'untranslated' ? '' : (entry.translation ?? '');
      const extracted = [...(hints.length > 0 ? [`Keep as they are: ${hints.join(' ')}`] : []), exportBase(msgstr, stale)].join('\n');
      const comments = {
        extracted,
        ...(stale ? { flag: 'fuzzy' } : {}),
        // "" is what an import records for a fuzzy draft with no older English: nothing to show.
        ...(stale && entry.from ? { previous: `msgid ${quote(entry.from)}` } : {}),
      };
      counts[msgstr === '' ? 'untranslated' : stale ? 'fuzzy' : 'translated']++;
      live.push([msgctxt, Object.fromEntries([[msgid, { msgctxt, msgid, msgstr: [msgstr], comments }]])]);
    }
  }
  const header: PoEntry = { msgid: '', msgstr: [''], comments: { translator: HEADER_COMMENT(language?.endonym ?? report.language) } };
  const translations: PoSection = Object.fromEntries([['', { '': header }], ...live]);
  const table = {
    headers: {
      'Project-Id-Version': PROJECT,
      'PO-Revision-Date': REVISION_DATE,
      'Last-Translator': '',
      'Language-Team': language?.endonym ?? report.language,
      Language: report.language,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'Plural-Forms': PLURAL_FORMS[report.language] ?? DEFAULT_PLURAL_FORMS,
    },
    translations,
    ...(gone.length > 0 ? { obsolete: Object.fromEntries(gone) } : {}),
  };
  return { text: po.compile(table, { foldLength: 79 }).toString('utf8'), counts };
}

/** One namespace of the project as it is on disk, which is what an import is applied to. */
export interface NamespaceFiles {
  readonly english: Catalog;
  readonly target: Catalog;
  readonly state: SyncState;
}

export interface PoImportInput {
  readonly language: string;
  /** The PO file's path, for messages. */
  readonly file: string;
  readonly text: string;
  readonly namespaces: ReadonlyMap<string, NamespaceFiles>;
  /** Replace translations on disk that an entry did not see (changed since the export, or no export-base). */
  readonly overwrite?: boolean;
  /**
   * What the last import brought in from this file, by msgctxt (see importRecordPath). It supersedes the
   * export-base: an entry the translator has not touched since that import is left alone, and one the
   * translator edits again is not in conflict with the translator's own imported text.
   */
  readonly lastImport?: ReadonlyMap<string, EntryBase>;
}

/** An edit and the line of its entry in the PO file, so later checks can point at it. */
export interface LocatedEdit extends TranslationEdit {
  readonly line?: number;
  readonly fuzzy: boolean;
}

export type PoImport =
  | {
      readonly ok: true;
      readonly edits: ReadonlyMap<string, readonly LocatedEdit[]>;
      readonly warnings: readonly Problem[];
      readonly conflicts: readonly Problem[];
      /** Entries a translator changed that cannot be imported (their paragraph is gone): work that lives only in this file. */
      readonly stranded: readonly string[];
      /** What to remember once the edits are written: each entry whose state differs from its export-base. */
      readonly record: ReadonlyMap<string, EntryBase>;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const entryKey = (msgctxt: string, msgid: string): string => `${msgctxt}${CONTEXT_SEPARATOR}${msgid}`;

interface EntryPosition {
  readonly msgctxt: string;
  readonly msgid: string;
  /** 1-based line of the msgctxt, else of the msgid. */
  readonly line: number;
}

/**
 * Where each entry starts. gettext-parser keeps no positions, so this reads the text again,
 * line by line; `#~` entries are skipped like every other comment.
 */
function entryPositions(text: string): EntryPosition[] {
  const fields: { keyword: string; value: string; line: number }[] = [];
  let current: { keyword: string; value: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (current && line.startsWith('"')) {
      current.value += unquote(line);
      return;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)$/.exec(line);
    current = match?.[1] && match[2] !== undefined ? { keyword: match[1], value: unquote(match[2]), line: index + 1 } : undefined;
    if (current) fields.push(current);
  });
  const positions: EntryPosition[] = [];
  let context: { value: string; line: number } | undefined;
  for (const field of fields) {
    if (field.keyword === 'msgctxt') context = field;
    else if (field.keyword === 'msgid') {
      positions.push({ msgctxt: context?.value ?? '', msgid: field.value, line: context?.line ?? field.line });
      context = undefined;
    }
  }
  return positions;
}

/**
 * gettext-parser counts a line break before it looks at it, so an error found at the end of a
 * line (a string left open, a stray word) is reported on the next line.
 */
function syntaxErrorLine(text: string, message: string, reported: number): number {
  if (message.includes('End-of-line within string')) return reported - 1;
  const word = /Invalid key name "([^"]*)"/.exec(message)?.[1];
  if (word === undefined) return reported;
  const lines = text.split(/\r?\n/);
  return !(lines[reported - 1] ?? '').includes(word) && (lines[reported - 2] ?? '').includes(word) ? reported - 1 : reported;
}

/** The English after `#| msgid`, when the entry has one (GNU tools may split it over several `#|` lines). */
function previousMsgid(entry: ParsedPoEntry): string | undefined {
  const previous = entry.comments?.previous;
  if (previous === undefined) return undefined;
  const match = /(?:^|\n)msgid\s+("(?:[^"\\]|\\.)*"(?:\s*\n"(?:[^"\\]|\\.)*")*)/.exec(previous);
  if (!match?.[1]) return undefined;
  return match[1].split('\n').map(unquote).join('');
}

function isFuzzy(entry: ParsedPoEntry): boolean {
  return (entry.comments?.flag ?? '').split(/[\n,]/).some((flag) => flag.trim() === 'fuzzy');
}

/**
 * The English a fuzzy translation answers to: any English it may have been made from that is
 * not the English now, so that importing it never makes it up to date. The sync state's record
 * comes first (it is what the status report diffs against), then `#| msgid`, then the msgid
 * (the English at export, if it changed since). When every one of them is the English now,
 * e.g. a translator flagged a finished entry or an editor pre-filled a suggestion,
 * "" stands for "made from no English we know": stale until confirmed or edited.
 */
function fuzzyFrom(current: string, recorded: string | undefined, previous: string | undefined, msgid: string): string {
  return [recorded, previous, msgid].find((english) => english !== undefined && english !== current) ?? '';
}

/**
 * Turn a translator's PO file into edits per namespace for applyTranslations. A problem with the
 * file itself (syntax, wrong language, entries it cannot place) refuses it; entries that would
 * change nothing on disk are left out, so importing an untouched export writes nothing.
 */
export function importPo(input: PoImportInput): PoImport {
  const { language, file, text } = input;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  /** Entries a translator changed in the PO file whose translation also changed in locales/ since the export. */
  const conflicts: Problem[] = [];
  const stranded: string[] = [];
  const record = new Map<string, EntryBase>();
  const at = (line: number | undefined): { line?: number; column?: number } => (line === undefined ? {} : { line, column: 1 });
  const broken = (code: string, message: string, line: number | undefined, key?: string): void => {
    problems.push({ severity: 'error', code, message, file, language, ...at(line), ...(key === undefined ? {} : { key }) });
  };
  const positions = entryPositions(text);
  const lineOf = new Map(positions.map((p) => [entryKey(p.msgctxt, p.msgid), p.line]));
  const contexts = new Map<string, number[]>();
  for (const p of positions) if (p.msgctxt !== '') contexts.set(p.msgctxt, [...(contexts.get(p.msgctxt) ?? []), p.line]);
  const repeated = [...contexts].filter(([, lines]) => lines.length > 1);

  let parsed;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (error) {
    const reported = (error as { lineNumber?: unknown }).lineNumber;
    const message = (error as Error).message.replace(/^Error parsing PO data: /, '');
    // Errors about one entry (a second msgstr, a duplicate) name its context instead of a line.
    const named = contexts.get(/ in "([^"]*)" context/.exec(message)?.[1] ?? '')?.at(-1);
    const line = typeof reported === 'number' ? syntaxErrorLine(text, message, reported) : named;
    broken('po-syntax', `not a valid PO file: ${message.replace(/ at line \d+/, '')}`, line);
    return { ok: false, problems };
  }
  // The parser files entries by context and msgid, so the same context twice with two msgids would pass unseen.
  for (const [msgctxt, lines] of repeated) broken('po-duplicate', `msgctxt "${msgctxt}" appears ${lines.length} times (lines ${lines.join(', ')}); each entry must appear once`, lines[1]);

  const headerLine = (name: string): number | undefined => {
    const offset = text.search(new RegExp(`^\\s*"${name}:`, 'mi'));
    return offset < 0 ? undefined : lineColumn(text, offset).line;
  };
  const declared = parsed.headers?.['Language'];
  if (!declared) broken('po-language', `the header has no Language; expected "${language}"`, 1);
  else if (matchLanguageTag(declared) !== language) broken('po-language', `this file is for "${declared}", not "${language}"`, headerLine('Language'));
  const charset = /charset\s*=\s*([\w-]+)/i.exec(parsed.headers?.['Content-Type'] ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') broken('po-charset', `the file must be UTF-8, not ${charset}`, headerLine('Content-Type'));

  const edits = new Map<string, LocatedEdit[]>();
  for (const [msgctxt, byMsgid] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(byMsgid)) {
      if (msgctxt === '' && entry.msgid === '') continue; // the header
      const line = lineOf.get(entryKey(msgctxt, entry.msgid));
      const colon = msgctxt.indexOf(':');
      if (colon <= 0) {
        broken('po-context', msgctxt === '' ? `an entry without msgctxt ("${entry.msgid.slice(0, 40)}"): every entry needs its namespace:key` : `msgctxt "${msgctxt}" is not namespace:key`, line);
        continue;
      }
      const namespace = msgctxt.slice(0, colon);
      const key = msgctxt.slice(colon + 1);
      if (entry.msgid_plural !== undefined) {
        broken('po-plural', 'plural entries (msgid_plural) are not used by this project', line, key);
        continue;
      }
      const translation = entry.msgstr?.[0] ?? '';
      if (translation === '') continue; // untranslated: nothing to import
      const files = input.namespaces.get(namespace);
      const current = files?.english.get(key);
      const where = { severity: 'warning' as const, file, language, namespace, key, ...at(line) };
      const fuzzy = isFuzzy(entry);
      const exported = readExportBase(entry);
      const base = input.lastImport?.get(msgctxt) ?? exported;
      const mine = { translation: fingerprint(translation), fuzzy };
      const untouched = base !== undefined && mine.translation === base.translation && fuzzy === base.fuzzy;
      if (!files || current === undefined) {
        // Not recorded: until it is exported over with --force, the next export must see it as work to keep.
        if (!untouched) stranded.push(msgctxt);
        const removed = files?.state.obsolete.has(key) === true;
        const lost = untouched ? '' : ' This translation was changed in this file and exists nowhere else: copy it if you need it.';
        warnings.push({ ...where, code: 'po-unknown-key', message: (removed ? 'not imported: the English paragraph was removed since the export (the translation made before is kept in the obsolete store).' : `not imported: "${msgctxt}" is not an entry of the English.`) + lost });
        continue;
      }
      if (exported?.translation !== mine.translation || exported.fuzzy !== fuzzy) record.set(msgctxt, mine);
      if (untouched) continue; // since the export or the last import
      const onDisk = files.target.get(key) ?? '';
      // A translation on disk that this entry would replace without having seen it. The same text is no
      // conflict; an entry without an export-base (another tool's file, an older export) cannot show it saw it.
      const unseen = onDisk !== '' && onDisk !== translation && (base ? fingerprint(onDisk) !== base.translation : true);
      if (unseen && !input.overwrite) {
        const target = localeFile(language, namespace);
        conflicts.push({
          ...where,
          severity: 'error',
          code: 'po-conflict',
          message: base
            ? `the translation in ${target} changed since this file was exported, and so did this entry: export again and redo the entry, or import with --force to replace the newer text in ${target}`
            : `this entry has no export-base comment, so it cannot show that it was made from the translation in ${target}, which differs: export again and redo the entry, or import with --force to replace the text in ${target}`,
        });
        continue;
      }
      const from = fuzzy ? fuzzyFrom(current, files.state.entries.get(key)?.from, previousMsgid(entry), entry.msgid) : entry.msgid;
      if (files.target.get(key) === translation && files.state.entries.get(key)?.from === from) continue;
      if (!fuzzy && entry.msgid !== current) {
        warnings.push({ ...where, code: 'po-english-changed', message: 'the English changed since this file was exported: the translation is saved as stale; export again to see the new English' });
      }
      const list = edits.get(namespace) ?? [];
      list.push({ key, translation, from, fuzzy, ...(line === undefined ? {} : { line }) });
      edits.set(namespace, list);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, edits, warnings, conflicts, stranded, record };
}

/**
 * The import record: a small file beside a PO file (`po/da.po` -> `po/da.imported.json`) that
 * remembers what the last import brought in, because the PO file's export-base comments only say
 * what the export held. Without it, a file once imported would look changed on both sides as soon
 * as anyone else edited the JSON, and a translator's revert to the exported text would look untouched.
 */
export const importRecordPath = (poPath: string): string => poPath.replace(/\.po$/, '') + '.imported.json';

export function formatImportRecord(record: ReadonlyMap<string, EntryBase>): string {
  const entries = [...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([context, base]) => [context, `${base.translation}${base.fuzzy ? ' fuzzy' : ''}`]);
  return `${JSON.stringify({ note: 'Written by npm run po:import; removed by npm run po:export. Do not edit.', entries: Object.fromEntries(entries) }, null, 2)}\n`;
}

/** The record's entries, or undefined when the file is not one (it is then ignored: the export-base comments still apply). */
export function parseImportRecord(text: string): ReadonlyMap<string, EntryBase> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const entries = typeof parsed === 'object' && parsed !== null ? (parsed as { entries?: unknown }).entries : undefined;
  if (typeof entries !== 'object' || entries === null) return undefined;
  const record = new Map<string, EntryBase>();
  for (const [context, value] of Object.entries(entries)) {
    const match = typeof value === 'string' ? /^([0-9a-f]+)( fuzzy)?$/.exec(value) : null;
    if (!match?.[1]) return undefined;
    record.set(context, { translation: match[1], fuzzy: match[2] !== undefined });
  }
  return record;
}
