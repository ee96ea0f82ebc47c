import type { Element } from '@xmldom/xmldom';
import { LANGUAGES, matchLanguageTag, SOURCE_LANGUAGE } from '../../../languages.ts';
import { splitUnitId, type ExchangeEntry } from '../exchange.ts';
import type { Problem } from '../../common/problems.ts';
import type { ParseContext } from './format.ts';
import { failure, success, type Result } from '../../common/result.ts';
import { childElements, parseXml, positionOf, segmentText, XML_NS } from './xml.ts';

/**
 * Reading a TMX memory, ours or another tool's (OmegaT's project_save.tmx, a Trados or memoQ export,
 * another project's): per <tu> the English and the variant of one language. A unit is tied to an
 * entry by its tuid or OmegaT's `id` property when that is `namespace:key`; otherwise only its English
 * can match. Refused with their position: a file that is not TMX, a source language that is not
 * English, and a variant in a language the project does not have (a memory of another language pair).
 */

export const STALE_PROP = 'x-state';

/** The locale CAT tools expect on a memory's variants (da-DK, nb-NO, en-GB). */
export const localeOf = (code: string): string => LANGUAGES.find((l) => l.code === code)?.locale ?? code;

export interface MemoryUnit {
  /** The entry the unit names (tuid or OmegaT's id property), when it names one. */
  readonly id?: { readonly namespace: string; readonly key: string };
  /** The English of the unit. */
  readonly source: string;
  readonly translation: string;
  /** Marked by our export as the translation of an older English of its entry. */
  readonly stale: boolean;
  readonly line?: number;
  readonly column?: number;
}

/** A segment's text: <ph>, <bpt>, <ept>, <it> and <ut> hold the original code; <hi> only highlights its text. */
const readSegment = (element: Element): string =>
  segmentText(element, null, (node, inner) => (node.localName === 'hi' ? inner() : (node.textContent ?? '')));

const tagOf = (element: Element): string => element.getAttributeNS(XML_NS, 'lang') ?? element.getAttribute('lang') ?? '';

const propOf = (tu: Element, type: string): string | undefined =>
  childElements(tu, null, 'prop').find((p) => p.getAttribute('type') === type)?.textContent ?? undefined;

export function readMemory(text: string, { file, language }: ParseContext): Result<readonly MemoryUnit[]> {
  const xml = parseXml(text, file);
  if (!xml.ok) return xml;
  const root = xml.value.documentElement;
  const problems: Problem[] = [];
  const fail = (element: Element, code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, file, language, ...positionOf(element) });
  };
  if (!root || root.localName !== 'tmx') {
    if (root) fail(root, 'tmx', `not a TMX file: the root is <${root.localName ?? ''}>, not <tmx>`);
    return { ok: false, problems };
  }
  const [header] = childElements(root, null, 'header');
  const srclang = header?.getAttribute('srclang') ?? '';
  if (header && srclang !== '*all*' && matchLanguageTag(srclang) !== SOURCE_LANGUAGE)
    fail(header, 'tmx-language', `the memory's source language is "${srclang}", not English (en)`);
  const units: MemoryUnit[] = [];
  let holdsLanguage = false;
  const others = new Set<string>();
  for (const body of childElements(root, null, 'body')) {
    for (const tu of childElements(body, null, 'tu')) {
      let source: string | undefined;
      let translation: string | undefined;
      for (const tuv of childElements(tu, null, 'tuv')) {
        const tag = tagOf(tuv);
        const code = matchLanguageTag(tag);
        if (code === undefined) {
          fail(tuv, 'tmx-language', `"${tag}" is not a language of this project (${LANGUAGES.map((l) => l.code).join(', ')})`);
          continue;
        }
        const [seg] = childElements(tuv, null, 'seg');
        if (!seg) continue;
        if (code === SOURCE_LANGUAGE) source ??= readSegment(seg);
        else if (code === language) translation ??= readSegment(seg);
        else others.add(tag);
      }
      if (translation !== undefined) holdsLanguage = true;
      if (source === undefined || translation === undefined) continue;
      const id = splitUnitId(tu.getAttribute('tuid') ?? '') ?? splitUnitId(propOf(tu, 'id') ?? '');
      const stale =
        childElements(tu, null, 'prop').some((p) => p.getAttribute('type') === STALE_PROP) ||
        childElements(tu, null, 'tuv').some((v) => childElements(v, null, 'prop').some((p) => p.getAttribute('type') === STALE_PROP));
      units.push({ ...(id ? { id } : {}), source, translation, stale, ...positionOf(tu) });
    }
  }
  if (problems.length === 0 && !holdsLanguage && others.size > 0)
    fail(
      root,
      'tmx-language',
      `the memory holds no ${localeOf(language)} variant, only ${[...others].join(', ')}: it is the memory of another language`,
    );
  return problems.length > 0 ? failure(problems) : success(units);
}

/** The units that name their entry, as exchange entries (for the export's check of work not yet imported, and tests). */
export function memoryEntries(text: string, context: ParseContext): Result<readonly ExchangeEntry[]> {
  const read = readMemory(text, context);
  if (!read.ok) return read;
  const entries: ExchangeEntry[] = read.value.flatMap((u) =>
    u.id
      ? [
          {
            ...u.id,
            source: u.source,
            translation: u.translation,
            reviewed: !u.stale,
            ...(u.line === undefined ? {} : { line: u.line, column: u.column ?? 1 }),
          },
        ]
      : [],
  );
  return success(entries);
}
