import { LANGUAGES, SOURCE_LANGUAGE } from '../../languages.ts';
import { listCharacters, xmlUnwritable } from '../common/characters.ts';
import { localeFile, stateFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { protectedCodes, termsFor, type Glossary } from '../sync/checks.ts';
import type { ExtractionPlan } from '../sync/extraction.ts';

/**
 * The model every exchange format (PO, XLIFF, TMX) is built from and read back into: what an export
 * holds for one language, and what a translator's file says about each entry. The formats only
 * render and parse it; what an import applies is decided once, in import-policy.ts.
 */

/** A unit's id in every format: `namespace:key`, the paragraph id for the declaration. */
export const unitId = (namespace: string, key: string): string => `${namespace}:${key}`;

/** `namespace:key` back into its parts; undefined when it is not one. */
export function splitUnitId(id: string): { namespace: string; key: string } | undefined {
  const colon = id.indexOf(':');
  return colon <= 0 || colon === id.length - 1 ? undefined : { namespace: id.slice(0, colon), key: id.slice(colon + 1) };
}

export type ExportState = 'translated' | 'stale' | 'untranslated';

export interface ExportUnit {
  readonly namespace: string;
  readonly key: string;
  /** The English now (locales/en). */
  readonly english: string;
  /** "" when untranslated. */
  readonly translation: string;
  readonly state: ExportState;
  /**
   * For a stale unit: the older English the translation was made from; "" when none is known (no record,
   * or a record that vouches for nothing, even if it names the English of now).
   */
  readonly madeFrom?: string;
  /** 1-based place of the entry in its namespace (document order for a document), and how many there are. */
  readonly position: number;
  readonly total: number;
  /** Agreed terms the translation must use: the English form and this language's forms. */
  readonly terms: readonly { readonly en: string; readonly forms: readonly string[] }[];
  /** Placeholders and tags that must come back as they are. */
  readonly codes: readonly string[];
}

/** A translation of an entry the English no longer has, kept in the obsolete store. */
export interface ObsoleteUnit {
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
  readonly madeFrom?: string;
}

export interface LanguageExport {
  readonly language: string;
  readonly endonym: string;
  /** Namespaces in code-unit order, keys in English order. */
  readonly units: readonly ExportUnit[];
  readonly obsolete: readonly ObsoleteUnit[];
}

export interface ExportCounts {
  readonly translated: number;
  readonly stale: number;
  readonly untranslated: number;
  readonly obsolete: number;
}

export function countUnits(exported: LanguageExport): ExportCounts {
  const count = (state: ExportState): number => exported.units.filter((u) => u.state === state).length;
  return {
    translated: count('translated'),
    stale: count('stale'),
    untranslated: count('untranslated'),
    obsolete: exported.obsolete.length,
  };
}

// Code-unit order, not localeCompare: a file must not depend on the machine's locale.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What an export holds for each language asked for, from the extraction plan (the English and translations on disk). */
export function languageExports(plan: ExtractionPlan, glossary: Glossary, languages: readonly string[]): LanguageExport[] {
  return plan.languages
    .filter((report) => languages.includes(report.language))
    .map((report) => {
      const units: ExportUnit[] = [];
      const obsolete: ObsoleteUnit[] = [];
      for (const ns of [...report.namespaces].sort((a, b) => byCodeUnits(a.namespace, b.namespace))) {
        const catalog = plan.english.get(ns.namespace) ?? new Map<string, string>();
        // An empty English has nothing to translate (and would be a PO header).
        const keys = [...catalog].filter(([, english]) => english !== '').map(([key]) => key);
        for (const entry of ns.entries) {
          if (entry.status === 'obsolete') {
            if (!entry.pruned && entry.translation)
              obsolete.push({
                namespace: ns.namespace,
                key: entry.key,
                translation: entry.translation,
                ...(entry.from === undefined ? {} : { madeFrom: entry.from }),
              });
            continue;
          }
          const english = catalog.get(entry.key);
          if (english === undefined || english === '') continue;
          const stale = entry.status === 'stale';
          units.push({
            namespace: ns.namespace,
            key: entry.key,
            english,
            translation: entry.status === 'untranslated' ? '' : (entry.translation ?? ''),
            state: entry.status === 'untranslated' ? 'untranslated' : stale ? 'stale' : 'translated',
            // An unverified record may name the English of now: that is no older English to show or pair with.
            ...(stale ? { madeFrom: entry.from !== undefined && entry.from !== english ? entry.from : '' } : {}),
            position: keys.indexOf(entry.key) + 1,
            total: keys.length,
            // The dictionary forms: the forms the check matches may be stems, which read as typos in a note.
            terms: termsFor(glossary, report.language, english).map((t) => {
              const headword = t.headword?.get(report.language);
              return { en: t.headword?.get('en') ?? t.en[0] ?? '', forms: headword ? [headword] : (t.forms.get(report.language) ?? []) };
            }),
            codes: protectedCodes(english),
          });
        }
      }
      return {
        language: report.language,
        endonym: LANGUAGES.find((l) => l.code === report.language)?.endonym ?? report.language,
        units,
        obsolete,
      };
    });
}

/** The notes a unit carries in every format: where it stands in the document, and what it must keep and use. */
export function unitNotes(unit: ExportUnit): string[] {
  const notes = [`${unit.namespace} ${unit.position} of ${unit.total} (id ${unitId(unit.namespace, unit.key)})`];
  if (unit.codes.length > 0) notes.push(`Keep as they are: ${unit.codes.join(' ')}`);
  if (unit.terms.length > 0) notes.push(`Agreed terms: ${unit.terms.map((t) => `${t.en} = ${t.forms.join(' / ')}`).join('; ')}`);
  if (unit.state === 'stale')
    notes.push(
      unit.madeFrom
        ? `Needs review: translated from an older English: ${unit.madeFrom}`
        : 'Needs review: not confirmed against the English now',
    );
  return notes;
}

/** Every text of an export, with the entry and the file it comes from: what a writer must be able to carry. */
function exportTexts(exported: LanguageExport): { namespace: string; key: string; file: string; text: string }[] {
  const { language } = exported;
  return [
    ...exported.units.flatMap((u) => [
      { ...u, file: localeFile(SOURCE_LANGUAGE, u.namespace), text: u.english },
      { ...u, file: localeFile(language, u.namespace), text: u.translation },
      { ...u, file: stateFile(language, u.namespace), text: u.madeFrom ?? '' },
      { ...u, file: 'locales/glossary.json', text: u.terms.flatMap((t) => [t.en, ...t.forms]).join(' ') },
    ]),
    ...exported.obsolete.flatMap((u) => [
      { ...u, file: stateFile(language, u.namespace), text: u.translation },
      { ...u, file: stateFile(language, u.namespace), text: u.madeFrom ?? '' },
    ]),
  ];
}

/**
 * Texts of an export that XML 1.0 cannot carry (NUL, other C0 controls, lone surrogates, U+FFFE):
 * every exchange writer refuses them, PO too (gettext's tools read them no better), naming the entry
 * and the file to fix. The loaders already keep such text from counting as a translation, so this
 * only finds what reached a file by hand: an obsolete translation, a glossary form, a state record.
 */
export function unwritableTexts(exports: readonly LanguageExport[]): Problem[] {
  const problems: Problem[] = [];
  for (const exported of exports)
    for (const { namespace, key, file, text } of exportTexts(exported)) {
      const found = xmlUnwritable(text);
      if (found.length === 0) continue;
      problems.push({
        severity: 'error',
        code: 'unwritable-character',
        message: `holds ${listCharacters(found)}, which XML 1.0 cannot carry, so no exchange file can hold it: remove it from ${file}`,
        file,
        language: exported.language,
        namespace,
        key,
      });
    }
  return problems;
}

/** A writer's guard: throws when an export holds what XML 1.0 cannot carry (the shell refuses it first, naming the entry). */
export function assertWritable(exported: LanguageExport): void {
  const problem = unwritableTexts([exported])[0];
  if (problem) throw new Error(`${problem.namespace ?? ''}:${problem.key ?? ''} ${problem.message}; nothing was written`);
}

/** One entry as a translator's file has it. */
export interface ExchangeEntry {
  readonly namespace: string;
  readonly key: string;
  /** The English in the file (msgid, <source>). */
  readonly source: string;
  /** "" when the file has no translation. */
  readonly translation: string;
  /** True when the file marks the translation done (not fuzzy, state translated/final). */
  readonly reviewed: boolean;
  /** An older English the file says the translation was made from (#| msgid, <alt-trans>). */
  readonly previousSource?: string;
  /** A removed entry the file keeps for reference (#~): never imported. */
  readonly obsolete?: boolean;
  readonly line?: number;
  readonly column?: number;
}
