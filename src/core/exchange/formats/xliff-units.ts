import type { Element } from '@xmldom/xmldom';
import { countUnits, splitUnitId, type ExchangeEntry, type ExportUnit, type LanguageExport } from '../exchange.ts';
import type { Problem } from '../../common/problems.ts';
import type { BuiltFile, ExchangeFormat, ParseContext } from './format.ts';
import { failure, success, type Result } from '../../common/result.ts';
import { childElements, parseXml, positionOf, writeXml, type XmlElement } from './xml.ts';

/**
 * What XLIFF 1.2 and 2.1 (xliff12.ts, xliff21.ts) share: a file per language, one <file> per namespace,
 * one unit per key with the id `namespace:key`, units possibly inside <group>s. Each version says only
 * how its units and segments are written and read.
 */
export interface XliffVersion {
  readonly label: string;
  readonly namespace: string;
  /** The unit element's name: 1.2 `trans-unit`, 2.x `unit`. */
  readonly unit: string;
  /** Whether the root's version attribute is one this reader reads. */
  readonly reads: (version: string) => boolean;
  /** What a file must be, for the message when it is not: "XLIFF 1.2 file (expected <xliff …>)". */
  readonly wanted: string;
  /** One <file>: its namespace's units, in export order. */
  readonly file: (namespace: string, units: readonly ExportUnit[], exported: LanguageExport) => XmlElement;
  /** The root element around the files. */
  readonly root: (files: readonly XmlElement[], exported: LanguageExport) => XmlElement;
  /** Reads the files under the root; every unit it finds through `reader.units` has a valid id, seen once. */
  readonly read: (root: Element, reader: UnitReader) => void;
}

export interface UnitReader {
  readonly file: string;
  readonly language: string;
  readonly problems: Problem[];
  readonly entries: ExchangeEntry[];
  fail(element: Element, code: string, message: string, key?: string): void;
  /** The units below `parent` (in groups too) whose id is namespace:key; the others are reported. */
  units(
    parent: Element,
  ): Iterable<{ readonly unit: Element; readonly idText: string; readonly id: { readonly namespace: string; readonly key: string } }>;
}

const fileName = (language: string): string => `${language}.xlf`;

function build(version: XliffVersion, exported: LanguageExport): BuiltFile {
  const namespaces = [...new Set(exported.units.map((u) => u.namespace))];
  const files = namespaces.map((namespace) =>
    version.file(
      namespace,
      exported.units.filter((u) => u.namespace === namespace),
      exported,
    ),
  );
  return {
    name: fileName(exported.language),
    language: exported.language,
    text: writeXml(version.namespace, version.root(files, exported)),
    counts: countUnits(exported),
  };
}

function parse(version: XliffVersion, text: string, { file, language }: ParseContext): Result<readonly ExchangeEntry[]> {
  const xml = parseXml(text, file);
  if (!xml.ok) return xml;
  const problems: Problem[] = [];
  const fail = (element: Element, code: string, message: string, key?: string): void => {
    problems.push({ severity: 'error', code, message, file, language, ...positionOf(element), ...(key === undefined ? {} : { key }) });
  };
  const root = xml.value.documentElement;
  if (
    !root ||
    root.namespaceURI !== version.namespace ||
    root.localName !== 'xliff' ||
    !version.reads(root.getAttribute('version') ?? '')
  ) {
    if (root) fail(root, 'xliff-version', `not an ${version.wanted}`);
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  const found = (parent: Element): Element[] =>
    childElements(parent, version.namespace).flatMap((child) =>
      child.localName === version.unit ? [child] : child.localName === 'group' ? found(child) : [],
    );
  const entries: ExchangeEntry[] = [];
  const reader: UnitReader = {
    file,
    language,
    problems,
    entries,
    fail,
    *units(parent) {
      for (const unit of found(parent)) {
        const idText = unit.getAttribute('id') ?? '';
        const id = splitUnitId(idText);
        if (!id) {
          fail(unit, 'xliff-id', `${version.unit} id "${idText}" is not namespace:key`);
          continue;
        }
        if (seen.has(idText)) fail(unit, 'xliff-duplicate', `${version.unit} id "${idText}" appears more than once`, id.key);
        seen.add(idText);
        yield { unit, idText, id };
      }
    },
  };
  version.read(root, reader);
  return problems.length > 0 ? failure(problems) : success(entries);
}

/** The exchange format of an XLIFF version. */
export function xliffFormat(version: XliffVersion): ExchangeFormat {
  return {
    label: version.label,
    defaultDir: 'xliff',
    fileName,
    build: (languages) => languages.map((exported) => build(version, exported)),
    parse: (text, context) => parse(version, text, context),
  };
}
