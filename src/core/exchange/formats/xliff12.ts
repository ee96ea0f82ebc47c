import type { Element } from '@xmldom/xmldom';
import { matchLanguageTag, SOURCE_LANGUAGE } from '../../../languages.ts';
import { unitId, unitNotes, type ExportUnit, type LanguageExport } from '../exchange.ts';
import type { Problem } from '../../common/problems.ts';
import type { ExchangeFormat } from './format.ts';
import { toPieces, type Piece } from './inline.ts';
import { xliffFormat, type UnitReader } from './xliff-units.ts';
import { childElements, positionOf, segmentText, type XmlElement } from './xml.ts';

/**
 * XLIFF 1.2, which every CAT tool reads (Trados Studio, memoQ, Phrase, OmegaT, Wordfast, Weblate,
 * Crowdin). One <file> per namespace, one <trans-unit> per key, id `namespace:key`. Placeholders are
 * <ph> (the code inside, as tools expect), tag pairs <g ctype="x-NAME">, self-closing tags <x>.
 * Valid against the OASIS strict schema.
 */

const NS = 'urn:oasis:names:tc:xliff:document:1.2';
const TOOL = 'nordefco-reader';

/** Target states that say the translation is done; every other state leaves it for review. */
const DONE = new Set(['translated', 'final', 'signed-off']);

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

function unitElement(unit: ExportUnit): XmlElement {
  const english = toPieces(unit.english);
  const children: XmlElement[] = [segment('source', unit.english, undefined)];
  if (unit.translation !== '')
    children.push(
      segment('target', unit.translation, english, [['state', unit.state === 'stale' ? 'needs-review-translation' : 'translated']]),
    );
  for (const note of unitNotes(unit)) children.push({ name: 'note', attributes: [['from', TOOL]], children: [note] });
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
  const approved: [string, string][] = unit.state === 'translated' ? [['approved', 'yes']] : [];
  return {
    name: 'trans-unit',
    attributes: [
      ['id', unitId(unit.namespace, unit.key)],
      ['resname', unitId(unit.namespace, unit.key)],
      ...approved,
      ['xml:space', 'preserve'],
    ],
    children,
  };
}

function file(namespace: string, units: readonly ExportUnit[], exported: LanguageExport): XmlElement {
  return {
    name: 'file',
    attributes: [
      ['original', namespace],
      ['source-language', SOURCE_LANGUAGE],
      ['target-language', exported.language],
      ['datatype', 'plaintext'],
      ['product-name', TOOL],
    ],
    children: [
      {
        name: 'header',
        children: [
          {
            name: 'note',
            attributes: [['from', TOOL]],
            children: [
              `Translation of ${TOOL} into ${exported.endonym}. Each unit's id is namespace:key: leave ids, sources and inline tags as they are. Set a target to translated when it is right for the source.`,
            ],
          },
        ],
      },
      { name: 'body', children: units.map(unitElement) },
    ],
  };
}

/** A code as the source has it, by id: what a target's code of that id stands for. */
type SourceCode =
  { readonly kind: 'code'; readonly code: string } | { readonly kind: 'pair'; readonly open: string; readonly close: string };

interface Reading {
  /** The source's codes: filled while reading a source, looked up while reading a target. */
  readonly codes: Map<string, SourceCode>;
  readonly isSource: boolean;
  readonly problems: Problem[];
  readonly at: Omit<Problem, 'severity' | 'code' | 'message'>;
}

/**
 * A segment's text with its codes written back. In a source, <ph> holds its code and <g>/<x> name their
 * tag in ctype (this project's tags have names only); in a target, each code stands for the source's code
 * of the same id, so a tool that renumbers or re-types codes changes nothing.
 */
function readSegment(element: Element, reading: Reading): string {
  return segmentText(element, NS, (node, inner) => {
    const kind = node.localName ?? '';
    const id = node.getAttribute('id') ?? '';
    const where = { ...reading.at, ...positionOf(node) };
    if (!['ph', 'g', 'x'].includes(kind)) {
      reading.problems.push({
        ...where,
        severity: 'error',
        code: 'inline-code',
        message: `<${kind}> is not supported inside a segment here; keep the source's tags (<ph>, <g>, <x>)`,
      });
      return '';
    }
    const name = (node.getAttribute('ctype') ?? '').replace(/^x-/, '');
    if (reading.isSource) {
      const code: SourceCode =
        kind === 'g'
          ? { kind: 'pair', open: `<${name}>`, close: `</${name}>` }
          : { kind: 'code', code: kind === 'ph' ? (node.textContent ?? '') : `<${name}/>` };
      reading.codes.set(id, code);
      return code.kind === 'pair' ? `${code.open}${inner()}${code.close}` : code.code;
    }
    const known = reading.codes.get(id);
    if (!known || (known.kind === 'pair') !== (kind === 'g')) {
      reading.problems.push({
        ...where,
        severity: 'error',
        code: 'inline-code',
        message: `<${kind} id="${id}"> is not one of the source's codes: copy the source's tags into the target, do not type them`,
      });
      return '';
    }
    return known.kind === 'pair' ? `${known.open}${inner()}${known.close}` : known.code;
  });
}

/** Each <file> says its languages; its units are in its <body>. */
function read(root: Element, reader: UnitReader): void {
  const { file, language, problems, fail } = reader;
  for (const fileElement of childElements(root, NS, 'file')) {
    const source = fileElement.getAttribute('source-language') ?? '';
    const target = fileElement.getAttribute('target-language') ?? '';
    if (matchLanguageTag(source) !== SOURCE_LANGUAGE)
      fail(fileElement, 'xliff-language', `source-language is "${source}", not "${SOURCE_LANGUAGE}"`);
    if (matchLanguageTag(target) !== language)
      fail(
        fileElement,
        'xliff-language',
        target === '' ? `the <file> has no target-language; expected "${language}"` : `this file is for "${target}", not "${language}"`,
      );
    for (const body of childElements(fileElement, NS, 'body')) {
      for (const { unit, idText, id } of reader.units(body)) {
        const at = { file, language, namespace: id.namespace, key: id.key };
        const [sourceElement] = childElements(unit, NS, 'source');
        if (!sourceElement) {
          fail(unit, 'xliff-source', `trans-unit "${idText}" has no <source>`, id.key);
          continue;
        }
        const codes = new Map<string, SourceCode>();
        const sourceText = readSegment(sourceElement, { codes, isSource: true, problems, at });
        const [targetElement] = childElements(unit, NS, 'target');
        const translation = targetElement ? readSegment(targetElement, { codes, isSource: false, problems, at }) : '';
        const state = targetElement?.getAttribute('state') ?? '';
        // The state decides; approved="yes" only where a tool wrote no state.
        const reviewed = DONE.has(state) || (state === '' && unit.getAttribute('approved') === 'yes');
        const previous = childElements(unit, NS, 'alt-trans').find((alt) => alt.getAttribute('alttranstype') === 'previous-version');
        const [previousSource] = previous ? childElements(previous, NS, 'source') : [];
        const previousText = previousSource ? readSegment(previousSource, { codes: new Map(), isSource: true, problems, at }) : undefined;
        reader.entries.push({
          ...id,
          source: sourceText,
          translation,
          reviewed,
          ...(previousText === undefined ? {} : { previousSource: previousText }),
          ...positionOf(unit),
        });
      }
    }
  }
}

export const XLIFF12: ExchangeFormat = xliffFormat({
  label: 'XLIFF 1.2',
  namespace: NS,
  unit: 'trans-unit',
  reads: (version) => version === '1.2',
  wanted: `XLIFF 1.2 file (expected <xliff version="1.2" xmlns="${NS}">)`,
  file,
  root: (files) => ({ name: 'xliff', attributes: [['version', '1.2']], children: [...files] }),
  read,
});
