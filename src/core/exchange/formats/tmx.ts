import { SOURCE_LANGUAGE } from '../../../languages.ts';
import { unitId, unitNotes, type ExportUnit, type LanguageExport } from '../exchange.ts';
import type { BuiltFile, ExchangeFormat } from './format.ts';
import { toPieces, type Piece } from './inline.ts';
import { localeOf, memoryEntries, STALE_PROP } from './tmx-read.ts';
import { writeXml, type XmlElement } from './xml.ts';

/**
 * A TMX 1.4b translation memory per language (tmx/da.tmx): English (en-GB) and that language only, as a
 * CAT tool's memory is one language pair. A multilingual memory is a trap: OmegaT 3.6 fills a segment
 * from whichever variant a unit has when it lacks the project's language (seen with Icelandic in a
 * Danish project). One <tu> per entry (tuid `namespace:key`):
 * - a current translation with the English of now;
 * - a stale one with the English it was made from, a true pair that a tool offers as a fuzzy match
 *   against the new English, never as an exact one; marked by a <prop type="x-state">;
 * - a stale one with no known older English is left out: paired with the English of now it would be
 *   applied as if current (OmegaT applies exact matches from tm/auto), and no other English is true.
 * Codes are <ph> and <bpt>/<ept> holding the original code, so a tool that reads TMX level 2 matches the
 * text and protects them; the OmegaT variant writes them as text (see CODES).
 */

const TOOL = 'nordefco-reader';
const TOOL_VERSION = '0.1.0';
const STALE_VALUE = 'needs-review: the translation of an older English of this entry';

/**
 * How codes are written. OmegaT 3.6 reads a TMX from another tool at "level 1" by default: the content
 * of <ph>/<bpt>/<ept> is dropped, so a segment with codes never matches. The OmegaT exports therefore
 * write `{{date}}` and `<original>` as plain text, in the memory as in the XLIFF and PO files.
 */
export type Codes = 'inline' | 'text';

function inline(pieces: readonly Piece[]): (XmlElement | string)[] {
  return pieces.flatMap((p): (XmlElement | string)[] => {
    if (p.kind === 'text') return [p.text];
    if (p.kind === 'code') return [{ name: 'ph', attributes: [['x', p.id]], children: [p.code] }];
    return [
      {
        name: 'bpt',
        attributes: [
          ['i', p.id],
          ['x', p.id],
        ],
        children: [p.open],
      },
      ...inline(p.children),
      { name: 'ept', attributes: [['i', p.id]], children: [p.close] },
    ];
  });
}

function variant(language: string, text: string, english: readonly Piece[] | undefined, codes: Codes): XmlElement {
  const children = codes === 'text' ? [text] : inline(toPieces(text, english));
  return { name: 'tuv', attributes: [['xml:lang', localeOf(language)]], children: [{ name: 'seg', inline: true, children }] };
}

/** The <tu> of one entry, or undefined when the memory has no true pair for it. */
function unitOf(unit: ExportUnit, language: string, codes: Codes): XmlElement | undefined {
  const current = unit.state === 'translated';
  const source = current ? unit.english : unit.state === 'stale' ? unit.madeFrom : undefined;
  if (!source) return undefined;
  const props: XmlElement[] = current ? [] : [{ name: 'prop', attributes: [['type', STALE_PROP]], children: [STALE_VALUE] }];
  const english = toPieces(source);
  return {
    name: 'tu',
    attributes: [['tuid', unitId(unit.namespace, unit.key)]],
    children: [
      ...props,
      { name: 'note', children: [unitNotes(unit)[0] ?? unitId(unit.namespace, unit.key)] },
      variant(SOURCE_LANGUAGE, source, undefined, codes),
      variant(language, unit.translation, english, codes),
    ],
  };
}

function build(exported: LanguageExport, codes: Codes): BuiltFile {
  const units = exported.units.flatMap((unit) => unitOf(unit, exported.language, codes) ?? []);
  const header: XmlElement = {
    name: 'header',
    attributes: [
      ['creationtool', TOOL],
      ['creationtoolversion', TOOL_VERSION],
      ['segtype', 'paragraph'],
      ['o-tmf', 'i18next JSON'],
      ['adminlang', localeOf(SOURCE_LANGUAGE)],
      ['srclang', localeOf(SOURCE_LANGUAGE)],
      ['datatype', 'plaintext'],
    ],
  };
  const text = writeXml(
    null,
    { name: 'tmx', attributes: [['version', '1.4']], children: [header, { name: 'body', children: units }] },
    { name: 'tmx', systemId: '"tmx14.dtd"' },
  );
  const current = exported.units.filter((u) => u.state === 'translated').length;
  const previous = exported.units.filter((u) => u.state === 'stale' && u.madeFrom).length;
  const unknown = exported.units.filter((u) => u.state === 'stale' && !u.madeFrom).length;
  const left = unknown > 0 ? `; ${unknown} stale left out (no record of the English they were made from)` : '';
  return {
    name: fileName(exported.language),
    language: exported.language,
    text,
    counts: { translated: current, stale: previous, untranslated: 0, obsolete: 0 },
    summary: `${current} current, ${previous} stale (paired with the older English they were made from)${left}`,
  };
}

const fileName = (language: string): string => `${language}.tmx`;

function memoryFormat(label: string, codes: Codes): ExchangeFormat {
  return {
    label,
    defaultDir: 'tmx',
    fileName,
    build: (languages) => languages.map((exported) => build(exported, codes)),
    parse: memoryEntries,
  };
}

/** The memory for tools that read TMX codes (Trados Studio, memoQ, Phrase, Wordfast). */
export const TMX: ExchangeFormat = memoryFormat('TMX', 'inline');
/** The memory for OmegaT, codes as text: to match `xliff:export --for omegat` and PO files. */
export const TMX_FOR_OMEGAT: ExchangeFormat = memoryFormat('TMX (for OmegaT)', 'text');
