import type { Heading, Html, Node as MdNode, Paragraph, Parent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { ID_PATTERN, readFrontMatter } from './front-matter.ts';
import { quickTree } from './quick-tree.ts';
import { classifyComments, firstWords } from './id-markers.ts';
import { withoutBom } from '../locale/json-text.ts';
import { describeCharacter, forbiddenCharacters } from '../common/characters.ts';
import { lineLocator, type Problem } from '../common/problems.ts';
import { success, type Result } from '../common/result.ts';

interface Point {
  readonly line: number;
  readonly column: number;
}

/**
 * The English source documents: Markdown (CommonMark, parsed by micromark) with YAML front matter
 * and an HTML-comment id marker (`<!-- id: opening -->`) above each block, invisible when the
 * Markdown is viewed. Anything the reader could not show faithfully is an error, never a guess.
 */
export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block {
  /** Undefined for a block pasted without an id; `assignIds` gives it one. */
  readonly id: string | undefined;
  readonly kind: BlockKind;
  readonly text: string;
  /** 1-based line of the block's first line. */
  readonly line: number;
  /** Offset of the start of that line in the text without its byte-order mark: where a marker goes. */
  readonly lineOffset: number;
}

export interface SourceDocument {
  readonly file: string;
  readonly namespace: string;
  readonly meta: ReadonlyMap<string, string>;
  readonly blocks: readonly Block[];
}

/** Collapse every run of white space (non-breaking spaces included) to one space. */
function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u200b]+/gu, ' ').trim();
}

const OPTIONS = { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] };
const FENCE = /^---[ \t]*(?:\r?\n|$)/;

const UNSUPPORTED: Record<string, string> = {
  list: 'a list',
  blockquote: 'a block quote',
  code: 'a code block',
  thematicBreak: 'a horizontal rule (---)',
  table: 'a table',
  definition: 'a link definition',
};

function inlineHtml(node: MdNode): Html[] {
  if (node.type === 'html') return [node as Html];
  return 'children' in node ? (node as Parent).children.flatMap(inlineHtml) : [];
}

export function parseDocument(file: string, raw: string): Result<SourceDocument> {
  return parse(file, raw, { quick: true });
}

/** parseDocument with micromark's tree always: what the quick tree (quick-tree.ts) must agree with. */
export function parseDocumentFully(file: string, raw: string): Result<SourceDocument> {
  return parse(file, raw, { quick: false });
}

type Fail = (point: Point, code: string, message: string) => void;

function parse(file: string, raw: string, options: { readonly quick: boolean }): Result<SourceDocument> {
  const text = withoutBom(raw);
  const problems: Problem[] = [];
  const fail: Fail = (point, code, message) => {
    problems.push({ severity: 'error', code, message, file, line: point.line, column: point.column });
  };
  checkCharacters(text, fail);
  const tree = (options.quick ? quickTree(text) : undefined) ?? fromMarkdown(text, OPTIONS);
  const front = readFront({ file, text, children: tree.children, fail, problems });
  if (!front) return { ok: false, problems };
  const { blocks, markers } = readBlocks(text, front.children, fail);
  checkDuplicateIds(blocks, markers, fail);
  const namespace = front.meta.get('namespace') ?? '';
  if (problems.length > 0) return { ok: false, problems };
  if (!ID_PATTERN.test(namespace))
    return {
      ok: false,
      problems: [
        { severity: 'error', code: 'namespace', message: "the front matter must name the document's namespace", file, line: 1, column: 1 },
      ],
    };
  return success({ file, namespace, meta: front.meta, blocks });
}

/** The English is published as it is: what no translation may hold, the original may not either. */
function checkCharacters(text: string, fail: Fail): void {
  const locate = lineLocator(text);
  for (const found of forbiddenCharacters(text))
    fail(
      locate(found.index),
      'forbidden-character',
      `the text holds ${describeCharacter(found.codePoint)}, which must never be published (a bidi control reorders the words on the page; a control character or lone surrogate is no text): remove it`,
    );
}

/** The front matter's fields and the nodes after it; undefined when an unclosed front matter makes the rest unreadable. */
function readFront(input: {
  readonly file: string;
  readonly text: string;
  readonly children: RootContent[];
  readonly fail: Fail;
  readonly problems: Problem[];
}): { meta: ReadonlyMap<string, string>; children: RootContent[] } | undefined {
  const { file, text, fail } = input;
  const [first, ...rest] = input.children;
  if (first?.type === 'yaml' && first.position) {
    const front = readFrontMatter({
      file,
      yaml: first.value,
      firstLine: first.position.start.line + 1,
      usesDate: text.includes('{{date}}'),
    });
    input.problems.push(...front.problems);
    return { meta: front.meta, children: rest };
  }
  if (FENCE.test(text)) {
    fail(
      { line: 1, column: 1 },
      'front-matter',
      'the front matter opened on this line is never closed: add a line "---" after its last "key: value" line',
    );
    return undefined;
  }
  fail(
    { line: 1, column: 1 },
    'namespace',
    'the document needs front matter naming its namespace ("---", "namespace: lower-case-name", "---")',
  );
  return { meta: new Map(), children: input.children };
}

/** The headings and paragraphs, each with the id marker above it (and where that marker stands). */
function readBlocks(text: string, children: readonly RootContent[], fail: Fail): { blocks: Block[]; markers: Map<Block, Point> } {
  const blocks: Block[] = [];
  const markers = new Map<Block, Point>();
  let pending: { id: string; at: Point } | undefined;
  for (const node of children) {
    const start = node.position?.start;
    if (!start) continue;
    if (node.type === 'html') {
      const found = classifyComments(node.value);
      const indent = /^[ \t]*/.exec(text.slice(start.offset ?? 0))?.[0].length ?? 0;
      for (const p of found.problems) fail({ line: start.line, column: start.column + indent }, p.code, p.message);
      for (const id of found.ids) {
        if (pending) fail(start, 'orphan-id', `id "${pending.id}" on line ${pending.at.line} is not followed by a paragraph`);
        pending = { id, at: start };
      }
      continue;
    }
    if (node.type !== 'heading' && node.type !== 'paragraph') {
      fail(
        start,
        'unsupported',
        `${UNSUPPORTED[node.type] ?? `a ${node.type}`} is not supported here: the reader shows headings and paragraphs only`,
      );
      continue;
    }
    checkInlineHtml(node, fail);
    const block = blockOf(text, node, pending?.id, fail);
    if (pending) markers.set(block, pending.at);
    blocks.push(block);
    pending = undefined;
  }
  if (pending) fail(pending.at, 'orphan-id', `id "${pending.id}" is not followed by a paragraph`);
  return { blocks, markers };
}

function checkInlineHtml(node: Heading | Paragraph, fail: Fail): void {
  const start = node.position?.start ?? { line: 1, column: 1 };
  for (const html of inlineHtml(node)) {
    const inside = classifyComments(html.value);
    const where = html.position?.start ?? start;
    if (inside.ids.length > 0) fail(where, 'inline-id', 'an id marker must stand on its own line, above its paragraph');
    else if (inside.problems.length > 0) for (const p of inside.problems) fail(where, p.code, p.message);
    // The reader shows the English as text: a comment or tag inside a paragraph would be published as written.
    else
      fail(
        where,
        'inline-html',
        'a comment or HTML tag inside a paragraph would be shown as text: put a comment on a line of its own, and write plain Markdown',
      );
  }
}

function blockOf(text: string, node: Heading | Paragraph, id: string | undefined, fail: Fail): Block {
  const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
  const end = node.position?.end;
  const head = node.children[0]?.position?.start;
  const tail = node.children[node.children.length - 1]?.position?.end;
  // A heading's text is what lies between its markers (`#`, closing `#`s, a setext underline).
  const from = node.type === 'heading' ? (head?.offset ?? start.offset ?? 0) : (start.offset ?? 0);
  const to = node.type === 'heading' ? (tail?.offset ?? end?.offset ?? 0) : (end?.offset ?? 0);
  const source = text.slice(from, to);
  if (source.replace(/<!--[\s\S]*?-->/g, '').includes('<!--'))
    fail(start, 'unterminated-comment', 'a comment ("<!--") in this paragraph is never closed with "-->"');
  const kind: BlockKind = node.type === 'heading' ? (node.depth === 1 ? 'title' : 'heading') : 'paragraph';
  return { id, kind, text: normaliseSpace(source), line: start.line, lineOffset: (start.offset ?? 0) - (start.column - 1) };
}

function checkDuplicateIds(blocks: readonly Block[], markers: ReadonlyMap<Block, Point>, fail: Fail): void {
  const byId = new Map<string, Block>();
  for (const block of blocks) {
    if (block.id === undefined) continue;
    const earlier = byId.get(block.id);
    if (earlier) {
      fail(
        markers.get(block) ?? { line: block.line, column: 1 },
        'duplicate-id',
        `id "${block.id}" is used twice: line ${earlier.line} "${firstWords(earlier.text)}" and line ${block.line} "${firstWords(block.text)}". No translation is attached to either until one keeps it: remove the marker above the paragraph that is new here (npm run extract gives it a fresh id)`,
      );
    } else byId.set(block.id, block);
  }
}

/** The English catalog of a document: id -> text, in document order. */
export function documentCatalog(document: SourceDocument): Map<string, string> {
  return new Map(document.blocks.map((b) => [b.id ?? '', b.text]));
}
