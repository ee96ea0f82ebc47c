import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { listCharacters, xmlUnwritable } from '../../common/characters.ts';
import { lineColumn, type Problem } from '../../common/problems.ts';
import { success, type Result } from '../../common/result.ts';

/**
 * XML for the XLIFF and TMX adapters, through @xmldom/xmldom: parsed with positions and every
 * complaint of the parser treated as fatal (a truncated or broken file is refused, never half read),
 * and written from a tree, never by concatenating strings.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export function parseXml(text: string, file: string): Result<Document> {
  const problems: Problem[] = [];
  // A byte order mark is no content; line ends are normalised as the XML specification asks of a parser.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const report = (message: string, line?: number, column?: number): void => {
    // The parser places a bad entity at its element's start: point at the '&' itself.
    const entity = /entity/i.test(message) && line !== undefined ? badAmpersand(body, line, column ?? 1) : undefined;
    if (entity) ({ line, column } = entity);
    problems.push({
      severity: 'error',
      code: 'xml-syntax',
      message: `not well-formed XML: ${message}`,
      file,
      ...(line === undefined ? {} : { line, column: column ?? 1 }),
    });
  };
  let document: Document | undefined;
  try {
    document = new DOMParser({
      locator: true,
      onError: (_level, message, context: unknown) => {
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        report(message.replace(/\s*\n?@#\[line:\d+,col:\d+\]$/, ''), locator?.lineNumber, locator?.columnNumber);
      },
    }).parseFromString(body, 'text/xml');
  } catch (error) {
    if (problems.length === 0) report((error as Error).message);
  }
  if (problems.length > 0 || !document?.documentElement) {
    if (problems.length === 0) report('the file has no root element', 1, 1);
    return { ok: false, problems: problems.slice(0, 1) };
  }
  return success(document);
}

/** The first '&' from a line and column on that begins no well-formed reference, with its line and column. */
function badAmpersand(text: string, line: number, column: number): { line: number; column: number } | undefined {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return undefined;
    offset = end + 1;
  }
  const reference = /&(?:#\d+|#x[\da-fA-F]+|[A-Za-z_:][\w.:-]*);/y;
  for (let at = text.indexOf('&', offset + column - 1); at !== -1; at = text.indexOf('&', at + 1)) {
    reference.lastIndex = at;
    if (!reference.test(text)) return lineColumn(text, at);
  }
  return undefined;
}

/** Where an element starts, for messages. */
export const positionOf = (node: Node): { line?: number; column?: number } =>
  node.lineNumber === undefined ? {} : { line: node.lineNumber, column: node.columnNumber ?? 1 };

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The child elements in a namespace (null: none), optionally of one name, whatever prefix the file gives the namespace. */
export function childElements(parent: Element, namespace: string | null, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && (child.namespaceURI ?? null) === namespace && (localName === undefined || child.localName === localName))
      found.push(child);
  }
  return found;
}

/**
 * A segment's text (XLIFF <source>/<target>, TMX <seg>): its text and CDATA as they are, a tool's <mrk>
 * markers (terms, comments) by their text, and each other element of the namespace by what `code` gives for it.
 */
export function segmentText(element: Element, namespace: string | null, code: (element: Element, inner: () => string) => string): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
    else if (isElement(node) && (node.namespaceURI ?? null) === namespace) {
      const child = node;
      const inner = (): string => segmentText(child, namespace, code);
      text += child.localName === 'mrk' ? inner() : code(child, inner);
    }
  }
  return text;
}

/** A tree to write: an element with attributes (in this order) and children; `inline` keeps its content as is. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: readonly (readonly [string, string])[];
  readonly children?: readonly (XmlElement | string)[];
  /** Mixed content (a segment's text and codes): no indentation is added inside. */
  readonly inline?: boolean;
}

/**
 * Refuse what XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF): the
 * serializer would write it as it is, or as a character reference that no parser accepts, and the
 * file would be refused by every CAT tool. The export shell names the entry first; this is the guard.
 */
function assertXmlText(text: string, where: string): void {
  const found = xmlUnwritable(text);
  if (found.length > 0) throw new Error(`${where} holds ${listCharacters(found)}, which XML 1.0 cannot carry; nothing was written`);
}

/** Where an element is written: its namespace, its depth (the indentation), and whether it is inside mixed content. */
interface Place {
  readonly namespace: string | null;
  readonly depth: number;
  readonly inline: boolean;
}

function fill(document: Document, element: Element, tree: XmlElement, { namespace, depth, inline }: Place): void {
  for (const [name, value] of tree.attributes ?? []) {
    assertXmlText(value, `the attribute ${name} of <${tree.name}>`);
    if (name.startsWith('xml:')) element.setAttributeNS(XML_NS, name, value);
    else element.setAttribute(name, value);
  }
  const children = tree.children ?? [];
  const mixed = inline || tree.inline === true;
  const indent = !mixed && children.some((c) => typeof c !== 'string');
  for (const child of children) {
    if (indent) element.appendChild(document.createTextNode(`\n${'  '.repeat(depth + 1)}`));
    if (typeof child === 'string') {
      assertXmlText(child, `the text of <${tree.name}>`);
      element.appendChild(document.createTextNode(child));
      continue;
    }
    const created = document.createElementNS(namespace, child.name);
    element.appendChild(created);
    fill(document, created, child, { namespace, depth: depth + 1, inline: mixed });
  }
  if (indent) element.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
}

/** The document as text: UTF-8 declaration, two-space indentation outside mixed content, a final line end. */
export function writeXml(
  namespace: string | null,
  root: XmlElement,
  doctype?: { readonly name: string; readonly systemId: string },
): string {
  const implementation = new DOMImplementation();
  const document = implementation.createDocument(
    namespace,
    root.name,
    doctype ? implementation.createDocumentType(doctype.name, '', doctype.systemId) : null,
  );
  const top = document.documentElement;
  if (!top) throw new Error('no document element');
  fill(document, top, root, { namespace, depth: 0, inline: false });
  const text = new XMLSerializer().serializeToString(document);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text.replace(/^(<!DOCTYPE[^>]*>)/, '$1\n')}\n`;
}
