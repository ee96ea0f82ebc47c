import type { Element } from '@xmldom/xmldom';
import { LANGUAGES, matchLanguageTag, SOURCE_LANGUAGE } from '../../../languages.ts';
import { splitUnitId, unitId, unitNotes, type ExchangeEntry, type ExportUnit, type LanguageExport } from '../exchange.ts';
import type { Problem } from '../../common/problems.ts';
import type { BuildOptions, BuiltFile, ExchangeFormat, ParseContext, ParseResult } from './format.ts';
import { toPieces, type Piece } from './inline.ts';
import { childElements, parseXml, positionOf, segmentText, writeXml, XML_NS, type XmlElement } from './xml.ts';

/**
 * A TMX 1.4b translation memory of every language: one <tu> per entry (tuid `namespace:key`) with the
 * English and each language whose translation is current. Codes are <ph> and <bpt>/<ept> holding the
 * original code, so a CAT tool matches the text and protects the codes. Stale translations only with
 * `includeStale`, each marked by a <prop type="x-state">.
 */

const TOOL = 'nordefco-reader';
const TOOL_VERSION = '0.1.0';
const STALE_PROP = 'x-state';
const STALE_VALUE = 'needs-review: translated from an older English';

/** The locale CAT tools expect on a memory's variants (da-DK, nb-NO, en-GB). */
const localeOf = (code: string): string => LANGUAGES.find((l) => l.code === code)?.locale ?? code;

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

const variant = (language: string, text: string, english: readonly Piece[] | undefined, props: readonly XmlElement[] = []): XmlElement => ({
  name: 'tuv',
  attributes: [['xml:lang', localeOf(language)]],
  children: [...props, { name: 'seg', inline: true, children: inline(toPieces(text, english)) }],
});

function build(languages: readonly LanguageExport[], options: BuildOptions = {}): BuiltFile[] {
  const first = languages[0];
  const byId = new Map<string, { language: string; unit: ExportUnit }[]>();
  for (const exported of languages)
    for (const unit of exported.units)
      byId.set(unitId(unit.namespace, unit.key), [
        ...(byId.get(unitId(unit.namespace, unit.key)) ?? []),
        { language: exported.language, unit },
      ]);
  let translated = 0;
  let stale = 0;
  const units: XmlElement[] = [];
  for (const unit of first?.units ?? []) {
    const id = unitId(unit.namespace, unit.key);
    const english = toPieces(unit.english);
    const variants: XmlElement[] = [];
    for (const { language, unit: translation } of byId.get(id) ?? []) {
      if (translation.state === 'translated') {
        translated++;
        variants.push(variant(language, translation.translation, english));
      } else if (translation.state === 'stale' && options.includeStale) {
        stale++;
        variants.push(
          variant(language, translation.translation, english, [
            { name: 'prop', attributes: [['type', STALE_PROP]], children: [STALE_VALUE] },
          ]),
        );
      }
    }
    // A unit with no translation is of no use to a memory.
    if (variants.length === 0) continue;
    const location = unitNotes(unit)[0] ?? id;
    units.push({
      name: 'tu',
      attributes: [['tuid', id]],
      children: [{ name: 'note', children: [location] }, variant(SOURCE_LANGUAGE, unit.english, undefined), ...variants],
    });
  }
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
  return [{ name: TMX.fileName(''), text, counts: { translated, stale, untranslated: 0, obsolete: 0 } }];
}

/** A segment's text: <ph>, <bpt> and <ept> hold the original code; <hi> only highlights its text. */
const readSegment = (element: Element): string =>
  segmentText(element, null, (node, inner) => (node.localName === 'hi' ? inner() : (node.textContent ?? '')));

/** One language's entries from the memory (the English variant as source): for tests and tools that read it back. */
function parse(text: string, { file, language }: ParseContext): ParseResult {
  const xml = parseXml(text, file);
  if (!xml.ok) return xml;
  const root = xml.document.documentElement;
  const problems: Problem[] = [];
  if (!root || root.localName !== 'tmx')
    return { ok: false, problems: [{ severity: 'error', code: 'tmx', message: 'not a TMX file (no <tmx> root)', file }] };
  const entries: ExchangeEntry[] = [];
  for (const body of childElements(root, null, 'body')) {
    for (const tu of childElements(body, null, 'tu')) {
      const id = splitUnitId(tu.getAttribute('tuid') ?? '');
      if (!id) {
        problems.push({
          severity: 'error',
          code: 'tmx-id',
          message: `tuid "${tu.getAttribute('tuid') ?? ''}" is not namespace:key`,
          file,
          ...positionOf(tu),
        });
        continue;
      }
      const variants = childElements(tu, null, 'tuv');
      const seg = (tuv: Element | undefined): Element | undefined => (tuv ? childElements(tuv, null, 'seg')[0] : undefined);
      const lang = (tuv: Element): string | undefined =>
        matchLanguageTag(tuv.getAttributeNS(XML_NS, 'lang') ?? tuv.getAttribute('lang') ?? '');
      const source = seg(variants.find((v) => lang(v) === SOURCE_LANGUAGE));
      const target = variants.find((v) => lang(v) === language);
      const targetSeg = seg(target);
      if (!source || !targetSeg || !target) continue;
      const stale = childElements(target, null, 'prop').some((p) => p.getAttribute('type') === STALE_PROP);
      entries.push({ ...id, source: readSegment(source), translation: readSegment(targetSeg), reviewed: !stale, ...positionOf(tu) });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

export const TMX: ExchangeFormat = {
  label: 'TMX',
  defaultDir: 'tmx',
  fileName: () => `${TOOL}.tmx`,
  build,
  parse,
};
