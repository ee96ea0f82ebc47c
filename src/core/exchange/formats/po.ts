import { po, type ParsedPo, type ParsedPoEntry, type PoEntry, type PoSection } from 'gettext-parser';
import { matchLanguageTag } from '../../../languages.ts';
import { assertWritable, countUnits, splitUnitId, unitId, unitNotes, type ExchangeEntry, type LanguageExport } from '../exchange.ts';
import { lineColumn, type Problem } from '../../common/problems.ts';
import type { BuiltFile, ExchangeFormat, ParseContext } from './format.ts';
import { failure, success, type Result } from '../../common/result.ts';
import { entryPositions, previousMsgid, quote, syntaxErrorLine } from './po-lines.ts';

/**
 * gettext PO, for Poedit, OmegaT, Weblate and msgmerge. An entry is identified by its msgctxt,
 * `namespace:key`, never by its msgid, so an English text that occurs twice stays two entries.
 * A stale translation is fuzzy with the English it was made from as `#| msgid`; removed
 * paragraphs' translations are `#~` entries, for reference.
 */

const PROJECT = 'nordefco-reader';

/**
 * A constant, not the time of the export: exporting twice must write the same bytes. msgfmt -c only
 * rejects the template's placeholder date; PO editors set their own date when a translator saves.
 */
const REVISION_DATE = '1970-01-01 00:00+0000';

/** No entry here has plural forms; the header is still required by msgfmt -c and some editors. */
const PLURAL_FORMS: Readonly<Record<string, string>> = {
  // Icelandic uses the singular for 21, 31, ... (CLDR, and what Poedit and Weblate expect).
  is: 'nplurals=2; plural=(n%10!=1 || n%100==11);',
};
const DEFAULT_PLURAL_FORMS = 'nplurals=2; plural=(n != 1);';

/** gettext's own separator between context and msgid, which no text of ours contains. */
const CONTEXT_SEPARATOR = '\u0004';
const entryKey = (msgctxt: string, msgid: string, obsolete: boolean): string =>
  `${obsolete ? '~' : ''}${msgctxt}${CONTEXT_SEPARATOR}${msgid}`;

const HEADER_COMMENT = (endonym: string): string =>
  [
    `Translation of ${PROJECT} into ${endonym}.`,
    'Written by `npm run po:export`; read back by `npm run po:import`.',
    'msgctxt is namespace:key and identifies each entry: leave it and the msgid as they are.',
    'A fuzzy entry was translated from an older English, shown after #| msgid;',
    'remove the fuzzy flag when the translation is right for the English now.',
  ].join('\n');

function buildOne(exported: LanguageExport): BuiltFile {
  assertWritable(exported);
  const live: [string, Record<string, PoEntry>][] = [];
  for (const unit of exported.units) {
    const msgctxt = unitId(unit.namespace, unit.key);
    const stale = unit.state === 'stale';
    const comments = {
      extracted: unitNotes(unit)
        .filter((note) => !note.startsWith('Needs review'))
        .join('\n'),
      ...(stale ? { flag: 'fuzzy' } : {}),
      // "" is what an import records for a fuzzy draft with no older English: nothing to show.
      ...(stale && unit.madeFrom ? { previous: `msgid ${quote(unit.madeFrom)}` } : {}),
    };
    // Object.fromEntries, not assignment: an English text may well be "constructor".
    live.push([msgctxt, Object.fromEntries([[unit.english, { msgctxt, msgid: unit.english, msgstr: [unit.translation], comments }]])]);
  }
  const gone = exported.obsolete.map((u): [string, Record<string, PoEntry>] => {
    const msgctxt = unitId(u.namespace, u.key);
    return [msgctxt, Object.fromEntries([[u.madeFrom ?? '', { msgctxt, msgid: u.madeFrom ?? '', msgstr: [u.translation] }]])];
  });
  const header: PoEntry = { msgid: '', msgstr: [''], comments: { translator: HEADER_COMMENT(exported.endonym) } };
  const translations: PoSection = Object.fromEntries([['', { '': header }], ...live]);
  const table = {
    headers: {
      'Project-Id-Version': PROJECT,
      'PO-Revision-Date': REVISION_DATE,
      'Last-Translator': '',
      'Language-Team': exported.endonym,
      Language: exported.language,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'Plural-Forms': PLURAL_FORMS[exported.language] ?? DEFAULT_PLURAL_FORMS,
    },
    translations,
    ...(gone.length > 0 ? { obsolete: Object.fromEntries(gone) } : {}),
  };
  return {
    name: PO.fileName(exported.language),
    language: exported.language,
    text: po.compile(table, { foldLength: 79 }).toString('utf8'),
    counts: countUnits(exported),
  };
}

const isFuzzy = (entry: ParsedPoEntry): boolean => (entry.comments?.flag ?? '').split(/[\n,]/).some((flag) => flag.trim() === 'fuzzy');

/** Records a problem of the file at a line (when known). */
type Broken = (code: string, message: string, line: number | undefined) => void;

function parse(text: string, { file, language }: ParseContext): Result<readonly ExchangeEntry[]> {
  const problems: Problem[] = [];
  const broken: Broken = (code, message, line) => {
    problems.push({ severity: 'error', code, message, file, language, ...(line === undefined ? {} : { line, column: 1 }) });
  };
  const positions = entryPositions(text);
  const lineOf = new Map(positions.map((p) => [entryKey(p.msgctxt, p.msgid, p.obsolete), p.line]));
  const contexts = new Map<string, number[]>();
  for (const p of positions) if (p.msgctxt !== '' && !p.obsolete) contexts.set(p.msgctxt, [...(contexts.get(p.msgctxt) ?? []), p.line]);
  const parsed = parseTable(text, contexts, broken);
  if (parsed === undefined) return failure(problems);
  // The parser files entries by context and msgid, so the same context twice with two msgids would pass unseen.
  for (const [msgctxt, lines] of contexts)
    if (lines.length > 1)
      broken(
        'po-duplicate',
        `msgctxt "${msgctxt}" appears ${lines.length} times (lines ${lines.join(', ')}); each entry must appear once`,
        lines[1],
      );
  checkHeaders(text, parsed, language, broken);
  const entries = [
    ...sectionEntries(parsed.translations, { obsolete: false, lineOf, broken }),
    ...sectionEntries(parsed.obsolete ?? {}, { obsolete: true, lineOf, broken }),
  ];
  return problems.length > 0 ? failure(problems) : success(entries);
}

/** gettext-parser's reading of the file; undefined (the syntax error said, at its line or its entry's) when it is no PO file. */
function parseTable(text: string, contexts: ReadonlyMap<string, readonly number[]>, broken: Broken): ParsedPo | undefined {
  try {
    return po.parse(text, { validation: true });
  } catch (error) {
    const reported = (error as { lineNumber?: unknown }).lineNumber;
    const message = (error as Error).message.replace(/^Error parsing PO data: /, '');
    // Errors about one entry (a second msgstr, a duplicate) name its context instead of a line.
    const named = contexts.get(/ in "([^"]*)" context/.exec(message)?.[1] ?? '')?.at(-1);
    broken(
      'po-syntax',
      `not a valid PO file: ${message.replace(/ at line \d+/, '')}`,
      typeof reported === 'number' ? syntaxErrorLine(text, message, reported) : named,
    );
    return undefined;
  }
}

/** The header names this language and UTF-8 (or no charset). */
function checkHeaders(text: string, parsed: ParsedPo, language: string, broken: Broken): void {
  const headerLine = (name: string): number | undefined => {
    const offset = text.search(new RegExp(`^\\s*"${name}:`, 'mi'));
    return offset < 0 ? undefined : lineColumn(text, offset).line;
  };
  const declared = parsed.headers?.['Language'];
  if (!declared) broken('po-language', `the header has no Language; expected "${language}"`, 1);
  else if (matchLanguageTag(declared) !== language)
    broken('po-language', `this file is for "${declared}", not "${language}"`, headerLine('Language'));
  const charset = /charset\s*=\s*([\w-]+)/i.exec(parsed.headers?.['Content-Type'] ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8')
    broken('po-charset', `the file must be UTF-8, not ${charset}`, headerLine('Content-Type'));
}

interface SectionContext {
  /** The `#~` entries (removed paragraphs' translations), read for reference only. */
  readonly obsolete: boolean;
  readonly lineOf: ReadonlyMap<string, number>;
  readonly broken: Broken;
}

/** The entries of one section, the header left out; an entry without namespace:key, or with plurals, is a problem. */
function sectionEntries(section: ParsedPo['translations'], { obsolete, lineOf, broken }: SectionContext): ExchangeEntry[] {
  const entries: ExchangeEntry[] = [];
  for (const [msgctxt, byMsgid] of Object.entries(section)) {
    for (const entry of Object.values(byMsgid)) {
      if (msgctxt === '' && entry.msgid === '') continue; // the header
      const line = lineOf.get(entryKey(msgctxt, entry.msgid, obsolete));
      const id = splitUnitId(msgctxt);
      if (!id) {
        if (!obsolete)
          broken(
            'po-context',
            msgctxt === ''
              ? `an entry without msgctxt ("${entry.msgid.slice(0, 40)}"): every entry needs its namespace:key`
              : `msgctxt "${msgctxt}" is not namespace:key`,
            line,
          );
        continue;
      }
      if (entry.msgid_plural !== undefined) {
        broken('po-plural', `plural entries (msgid_plural) are not used by this project (${msgctxt})`, line);
        continue;
      }
      const previous = previousMsgid(entry.comments?.previous);
      entries.push({
        ...id,
        source: entry.msgid,
        translation: entry.msgstr?.[0] ?? '',
        reviewed: !isFuzzy(entry),
        ...(previous === undefined ? {} : { previousSource: previous }),
        ...(obsolete ? { obsolete: true } : {}),
        ...(line === undefined ? {} : { line, column: 1 }),
      });
    }
  }
  return entries;
}

export const PO: ExchangeFormat = {
  label: 'PO',
  defaultDir: 'po',
  fileName: (language) => `${language}.po`,
  build: (languages) => languages.map(buildOne),
  parse,
};
