import { SOURCE_LANGUAGE } from '../../../languages.ts';
import { unitId, unitNotes, type ExportUnit, type LanguageExport } from '../exchange.ts';
import type { ExchangeFormat } from './format.ts';
import { toPieces, type Piece } from './inline.ts';
import { NS, OMEGAT_TOOL_ID, read } from './xliff12-read.ts';
import { xliffFormat } from './xliff-units.ts';
import type { XmlElement } from './xml.ts';

/**
 * XLIFF 1.2, which every CAT tool reads (Trados Studio, memoQ, Phrase, Wordfast, Weblate, Crowdin).
 * One <file> per namespace, one <trans-unit> per key, id `namespace:key`. Placeholders are <ph> (the
 * code inside, as tools expect), tag pairs <g ctype="x-NAME">, self-closing tags <x>. A variant for
 * OmegaT's own filter, which translates the target instead of the source. Both valid against the OASIS
 * strict schema.
 */

const TOOL = 'nordefco-reader';

function inline(pieces: readonly Piece[]): (XmlElement | string)[] {
  return pieces.map((p) => {
    if (p.kind === 'text') return p.text;
    if (p.kind === 'pair')
      return {
        name: 'g',
        attributes: [
          ['id', p.id],
          ['ctype', `x-${p.name}`],
        ],
        children: inline(p.children),
      };
    if (p.code.startsWith('{{')) return { name: 'ph', attributes: [['id', p.id]], children: [p.code] };
    return {
      name: 'x',
      attributes: [
        ['id', p.id],
        ['ctype', `x-${p.name}`],
      ],
    };
  });
}

function segment(
  name: 'source' | 'target',
  text: string,
  english: readonly Piece[] | undefined,
  attributes: readonly (readonly [string, string])[] = [],
): XmlElement {
  return { name, attributes, inline: true, children: inline(toPieces(text, english)) };
}

/** Standard XLIFF: the English in <source>, the translation in <target> with its state. */
function unitElement(unit: ExportUnit): XmlElement {
  const english = toPieces(unit.english);
  const children: XmlElement[] = [segment('source', unit.english, undefined)];
  if (unit.translation !== '')
    children.push(
      segment('target', unit.translation, english, [['state', unit.state === 'stale' ? 'needs-review-translation' : 'translated']]),
    );
  children.push(...notes(unitNotes(unit)));
  if (unit.state === 'stale' && unit.madeFrom) {
    // The English the translation was made from, where tools show it: beside the current source.
    const old = toPieces(unit.madeFrom);
    children.push({
      name: 'alt-trans',
      attributes: [['alttranstype', 'previous-version']],
      children: [segment('source', unit.madeFrom, undefined), segment('target', unit.translation, old)],
    });
  }
  // approved="yes" is what translate-toolkit (and so Weblate) reads as translated rather than fuzzy.
  return transUnit(unit, children, unit.state === 'translated' ? [['approved', 'yes']] : []);
}

/**
 * For OmegaT's own XLIFF filter, which translates the <target> and leaves <source> alone: every target
 * holds the English to translate, codes as text (OmegaT matches memories without their codes). A stale
 * unit's earlier translation is in its notes, which OmegaT shows as the segment's comments, and in the
 * memory (tmx:export --for omegat), paired with its older English, as a fuzzy match.
 */
function omegatUnitElement(unit: ExportUnit): XmlElement {
  const text = (name: 'source' | 'target', attributes: [string, string][] = []): XmlElement => ({
    name,
    attributes,
    inline: true,
    children: [unit.english],
  });
  const earlier = unit.state === 'stale' ? [`Earlier translation, to revise: ${unit.translation}`] : [];
  return transUnit(unit, [text('source'), text('target', [['state', 'needs-translation']]), ...notes([...unitNotes(unit), ...earlier])]);
}

const notes = (texts: readonly string[]): XmlElement[] =>
  texts.map((note) => ({ name: 'note', attributes: [['from', TOOL]], children: [note] }));

function transUnit(unit: ExportUnit, children: readonly XmlElement[], extra: readonly [string, string][] = []): XmlElement {
  const id = unitId(unit.namespace, unit.key);
  return { name: 'trans-unit', attributes: [['id', id], ['resname', id], ...extra, ['xml:space', 'preserve']], children };
}

const STANDARD_NOTE = (endonym: string): string =>
  `Translation of ${TOOL} into ${endonym}. Each unit's id is namespace:key: leave ids, sources and inline tags as they are. Set a target to translated when it is right for the source.`;
const OMEGAT_NOTE = (endonym: string): string =>
  `Translation of ${TOOL} into ${endonym}, for OmegaT's XLIFF filter: each <target> holds the English to translate, and a target that comes back different from its <source> counts as translated from that English. Current translations come from the memory (npm run tmx:export -- --for omegat) in the project's tm/auto/. Keep {{placeholders}} and <tags> as they are.`;

function fileOf(variant: 'standard' | 'omegat') {
  return (namespace: string, units: readonly ExportUnit[], exported: LanguageExport): XmlElement => {
    const omegat = variant === 'omegat';
    const note: XmlElement = {
      name: 'note',
      attributes: [['from', TOOL]],
      children: [(omegat ? OMEGAT_NOTE : STANDARD_NOTE)(exported.endonym)],
    };
    // The tool-id marks the file for the import: its targets held the English, and OmegaT sets no state.
    const tool: XmlElement[] = omegat
      ? [
          {
            name: 'tool',
            attributes: [
              ['tool-id', OMEGAT_TOOL_ID],
              ['tool-name', `${TOOL}, export for OmegaT`],
            ],
          },
        ]
      : [];
    return {
      name: 'file',
      attributes: [
        ['original', namespace],
        ['source-language', SOURCE_LANGUAGE],
        ['target-language', exported.language],
        ['datatype', 'plaintext'],
        ...(omegat ? ([['tool-id', OMEGAT_TOOL_ID]] as const) : []),
        ['product-name', TOOL],
      ],
      children: [
        { name: 'header', children: [...tool, note] },
        { name: 'body', children: units.map(omegat ? omegatUnitElement : unitElement) },
      ],
    };
  };
}

const version = {
  namespace: NS,
  unit: 'trans-unit',
  reads: (v: string) => v === '1.2',
  wanted: `XLIFF 1.2 file (expected <xliff version="1.2" xmlns="${NS}">)`,
  root: (files: readonly XmlElement[]): XmlElement => ({ name: 'xliff', attributes: [['version', '1.2']], children: [...files] }),
  read,
};

export const XLIFF12: ExchangeFormat = xliffFormat({ ...version, label: 'XLIFF 1.2', file: fileOf('standard') });

/** XLIFF 1.2 for OmegaT's built-in filter (3.6 and later without the Okapi plugin); read back by the same reader. */
export const XLIFF12_FOR_OMEGAT: ExchangeFormat = xliffFormat({ ...version, label: 'XLIFF 1.2 (for OmegaT)', file: fileOf('omegat') });
