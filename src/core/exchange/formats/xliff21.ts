import type { Element } from '@xmldom/xmldom';
import { matchLanguageTag, SOURCE_LANGUAGE } from '../../../languages.ts';
import { unitId, unitNotes, type ExportUnit } from '../exchange.ts';
import type { Problem } from '../../common/problems.ts';
import type { ExchangeFormat } from './format.ts';
import { toPieces, type Piece } from './inline.ts';
import { xliffFormat, type UnitReader } from './xliff-units.ts';
import { childElements, positionOf, segmentText, type XmlElement } from './xml.ts';

/**
 * XLIFF 2.1 core: one <file> per namespace, one <unit> per key with one <segment>. Codes are kept in the
 * unit's <originalData>: placeholders and self-closing tags are <ph dataRef>, tag pairs <pc dataRefStart
 * dataRefEnd>, so a tool shows them as tags and the import puts the original code back.
 * States: no target and `initial` when untranslated; `initial` with a note when stale; `translated`.
 */

const NS = 'urn:oasis:names:tc:xliff:document:2.0';
const DONE = new Set(['translated', 'reviewed', 'final']);

interface Data {
  readonly entries: [string, string][];
}

function inline(pieces: readonly Piece[], data: Data, prefix: string): (XmlElement | string)[] {
  const ref = (code: string): string => {
    const found = data.entries.find(([, value]) => value === code);
    if (found) return found[0];
    const id = `${prefix}${data.entries.length + 1}`;
    data.entries.push([id, code]);
    return id;
  };
  return pieces.map((p) => {
    if (p.kind === 'text') return p.text;
    if (p.kind === 'pair')
      return {
        name: 'pc',
        attributes: [
          ['id', p.id],
          ['dataRefStart', ref(p.open)],
          ['dataRefEnd', ref(p.close)],
        ],
        children: inline(p.children, data, prefix),
      };
    return {
      name: 'ph',
      attributes: [
        ['id', p.id],
        ['dataRef', ref(p.code)],
      ],
    };
  });
}

function unitElement(unit: ExportUnit): XmlElement {
  const data: Data = { entries: [] };
  const englishPieces = toPieces(unit.english);
  const source: XmlElement = { name: 'source', inline: true, children: inline(englishPieces, data, 'd') };
  const target: XmlElement | undefined =
    unit.translation === ''
      ? undefined
      : { name: 'target', inline: true, children: inline(toPieces(unit.translation, englishPieces), data, 'd') };
  const notes = unitNotes(unit).map((note, index): XmlElement => ({
    name: 'note',
    attributes: [
      ['id', `n${index + 1}`],
      ['category', index === 0 ? 'location' : note.startsWith('Needs review') ? 'review' : 'instruction'],
    ],
    children: [note],
  }));
  const children: XmlElement[] = [{ name: 'notes', children: notes }];
  if (data.entries.length > 0)
    children.push({
      name: 'originalData',
      children: data.entries.map(([id, code]) => ({ name: 'data', attributes: [['id', id]], inline: true, children: [code] })),
    });
  const state = unit.state === 'translated' ? 'translated' : 'initial';
  children.push({ name: 'segment', attributes: [['state', state]], children: target ? [source, target] : [source] });
  return {
    name: 'unit',
    attributes: [
      ['id', unitId(unit.namespace, unit.key)],
      ['name', unitId(unit.namespace, unit.key)],
    ],
    children,
  };
}

function file(namespace: string, units: readonly ExportUnit[]): XmlElement {
  return {
    name: 'file',
    attributes: [
      ['id', namespace],
      ['original', namespace],
      ['xml:space', 'preserve'],
    ],
    children: units.map(unitElement),
  };
}

interface Reading {
  readonly data: ReadonlyMap<string, string>;
  readonly problems: Problem[];
  readonly at: Omit<Problem, 'severity' | 'code' | 'message'>;
}

/** A segment's text: each <ph>/<pc> is replaced by the original code its dataRef names in the unit's originalData. */
function readSegment(element: Element, reading: Reading): string {
  return segmentText(element, NS, (node, inner) => {
    const kind = node.localName ?? '';
    const code = (attribute: string): string | undefined => reading.data.get(node.getAttribute(attribute) ?? '');
    const single = kind === 'ph' ? code('dataRef') : undefined;
    if (single !== undefined) return single;
    const [start, end] = kind === 'pc' ? [code('dataRefStart'), code('dataRefEnd')] : [];
    if (start !== undefined && end !== undefined) return `${start}${inner()}${end}`;
    reading.problems.push({
      ...reading.at,
      ...positionOf(node),
      severity: 'error',
      code: 'inline-code',
      message: `<${kind}> here does not refer to one of the unit's original codes: copy the source's tags into the target, do not type them`,
    });
    return '';
  });
}

/** The root says the languages; each unit has one segment, its codes in its originalData. */
function read(root: Element, reader: UnitReader): void {
  const { file, language, problems, fail } = reader;
  const source = root.getAttribute('srcLang') ?? '';
  const target = root.getAttribute('trgLang') ?? '';
  if (matchLanguageTag(source) !== SOURCE_LANGUAGE) fail(root, 'xliff-language', `srcLang is "${source}", not "${SOURCE_LANGUAGE}"`);
  if (matchLanguageTag(target) !== language)
    fail(
      root,
      'xliff-language',
      target === '' ? `the file has no trgLang; expected "${language}"` : `this file is for "${target}", not "${language}"`,
    );
  for (const fileElement of childElements(root, NS, 'file')) {
    for (const { unit, idText, id } of reader.units(fileElement)) {
      const segments = childElements(unit, NS, 'segment');
      const [segment] = segments;
      const sourceElement = segment ? childElements(segment, NS, 'source')[0] : undefined;
      if (!segment || !sourceElement || segments.length > 1) {
        fail(
          unit,
          'xliff-segment',
          `unit "${idText}" must have exactly one <segment> with a <source> (do not split or join segments)`,
          id.key,
        );
        continue;
      }
      const data = new Map<string, string>();
      for (const original of childElements(unit, NS, 'originalData'))
        for (const d of childElements(original, NS, 'data')) data.set(d.getAttribute('id') ?? '', d.textContent ?? '');
      const reading = { data, problems, at: { file, language, namespace: id.namespace, key: id.key } };
      const targetElement = childElements(segment, NS, 'target')[0];
      reader.entries.push({
        ...id,
        source: readSegment(sourceElement, reading),
        translation: targetElement ? readSegment(targetElement, reading) : '',
        reviewed: DONE.has(segment.getAttribute('state') ?? ''),
        ...positionOf(unit),
      });
    }
  }
}

export const XLIFF21: ExchangeFormat = xliffFormat({
  label: 'XLIFF 2.1',
  namespace: NS,
  unit: 'unit',
  reads: (version) => /^2\.[01]$/.test(version),
  wanted: `XLIFF 2.x file (expected <xliff version="2.1" xmlns="${NS}">)`,
  file,
  root: (files, exported) => ({
    name: 'xliff',
    attributes: [
      ['version', '2.1'],
      ['srcLang', SOURCE_LANGUAGE],
      ['trgLang', exported.language],
    ],
    children: [...files],
  }),
  read,
});
