import type { Element } from '@xmldom/xmldom';
import { matchLanguageTag, SOURCE_LANGUAGE } from '../../../languages.ts';
import type { Problem } from '../../common/problems.ts';
import type { UnitReader } from './xliff-units.ts';
import { childElements, positionOf, segmentText } from './xml.ts';

/**
 * Reading XLIFF 1.2: a target's state says whether it is done, and its codes stand for the source's. A
 * <file> our OmegaT export wrote (tool-id OMEGAT_TOOL_ID) is read as OmegaT leaves it: OmegaT translates
 * the <target> (which held the English) and cannot set a state, so a target that differs from the
 * source is the translator's translation of that source, and one equal to it is no translation.
 */

export const NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const OMEGAT_TOOL_ID = 'nordefco-reader-omegat';

/** Target states that say the translation is done; every other state leaves it for review. */
const DONE = new Set(['translated', 'final', 'signed-off']);

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

/** One trans-unit as an entry; `targetIsSource`: a <file> of our OmegaT export. */
function readUnit(
  unit: Element,
  id: { namespace: string; key: string },
  idText: string,
  reader: UnitReader,
  targetIsSource: boolean,
): void {
  const { file, language, problems, fail } = reader;
  const at = { file, language, namespace: id.namespace, key: id.key };
  const [sourceElement] = childElements(unit, NS, 'source');
  if (!sourceElement) {
    fail(unit, 'xliff-source', `trans-unit "${idText}" has no <source>`, id.key);
    return;
  }
  const codes = new Map<string, SourceCode>();
  const source = readSegment(sourceElement, { codes, isSource: true, problems, at });
  const [targetElement] = childElements(unit, NS, 'target');
  const target = targetElement ? readSegment(targetElement, { codes, isSource: false, problems, at }) : '';
  const state = targetElement?.getAttribute('state') ?? '';
  // The state decides; approved="yes" only where a tool wrote no state. OmegaT sets no state: a target it changed is done.
  const translation = targetIsSource && target === source ? '' : target;
  const reviewed = targetIsSource ? translation !== '' : DONE.has(state) || (state === '' && unit.getAttribute('approved') === 'yes');
  const previous = childElements(unit, NS, 'alt-trans').find((alt) => alt.getAttribute('alttranstype') === 'previous-version');
  const [previousSource] = previous ? childElements(previous, NS, 'source') : [];
  const previousText = previousSource ? readSegment(previousSource, { codes: new Map(), isSource: true, problems, at }) : undefined;
  reader.entries.push({
    ...id,
    source,
    translation,
    reviewed,
    ...(previousText === undefined ? {} : { previousSource: previousText }),
    ...positionOf(unit),
  });
}

/** Each <file> says its languages; its units are in its <body>. */
export function read(root: Element, reader: UnitReader): void {
  const { language, fail } = reader;
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
    const targetIsSource = fileElement.getAttribute('tool-id') === OMEGAT_TOOL_ID;
    for (const body of childElements(fileElement, NS, 'body'))
      for (const { unit, idText, id } of reader.units(body)) readUnit(unit, id, idText, reader, targetIsSource);
  }
}
