import type { Problem } from './problems.ts';

/**
 * The English source documents: Markdown with front matter and an HTML-comment id
 * marker (`<!-- id: opening -->`) above each block, invisible when the Markdown is viewed.
 */
export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block {
  /** Undefined for a block pasted without an id; `assignIds` gives it one. */
  readonly id: string | undefined;
  readonly kind: BlockKind;
  readonly text: string;
  /** 1-based line of the block's first line. */
  readonly line: number;
}

export interface SourceDocument {
  readonly file: string;
  readonly namespace: string;
  readonly meta: ReadonlyMap<string, string>;
  readonly blocks: readonly Block[];
}

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const MARKER = /^<!--\s*id:\s*(\S*)\s*-->$/;
const NEXT_ID = 'next-id';

export type ParseResult =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Collapse every run of white space (non-breaking spaces included) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007\u200b]+/gu, ' ').trim();
}

function parseFrontMatter(lines: readonly string[]): { meta: Map<string, string>; bodyStart: number } {
  const meta = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { meta, bodyStart: 0 };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { meta, bodyStart: i + 1 };
    const colon = line.indexOf(':');
    if (colon > 0) meta.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return { meta, bodyStart: 0 };
}

export function parseDocument(file: string, text: string): ParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { meta, bodyStart } = parseFrontMatter(lines);
  const problems: Problem[] = [];
  const fail = (line: number, code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, file, line, column: 1 });
  };
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let pendingId: { id: string; line: number } | undefined;
  let i = bodyStart;
  while (i < lines.length) {
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      const start = i;
      let comment = trimmed;
      while (!comment.includes('-->') && i + 1 < lines.length) comment += `\n${(lines[++i] ?? '').trim()}`;
      i++;
      const marker = MARKER.exec(comment);
      if (!marker) continue;
      const id = marker[1] ?? '';
      if (!ID_PATTERN.test(id)) fail(start + 1, 'invalid-id', `invalid paragraph id "${id}": use lower-case letters, digits and hyphens, starting with a letter`);
      if (pendingId) fail(start + 1, 'orphan-id', `id "${pendingId.id}" on line ${pendingId.line} is not followed by a paragraph`);
      pendingId = { id, line: start + 1 };
      continue;
    }
    const start = i;
    const body: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() && !(lines[i] ?? '').trim().startsWith('<!--')) body.push(lines[i++] ?? '');
    let joined = normaliseSpace(body.join(' '));
    let kind: BlockKind = 'paragraph';
    const heading = /^(#{1,6})\s+(.*)$/.exec(joined);
    if (heading) {
      kind = heading[1] === '#' ? 'title' : 'heading';
      joined = heading[2] ?? '';
    }
    const id = pendingId?.id;
    if (id !== undefined) {
      const earlier = seen.get(id);
      if (earlier !== undefined) fail(pendingId?.line ?? start + 1, 'duplicate-id', `id "${id}" is already used on line ${earlier}`);
      seen.set(id, pendingId?.line ?? start + 1);
    }
    blocks.push({ id, kind, text: joined, line: start + 1 });
    pendingId = undefined;
  }
  if (pendingId) fail(pendingId.line, 'orphan-id', `id "${pendingId.id}" is not followed by a paragraph`);
  const namespace = meta.get('namespace') ?? '';
  if (!ID_PATTERN.test(namespace)) {
    problems.push({ severity: 'error', code: 'namespace', message: 'the front matter must name the document\'s namespace (namespace: lower-case-name)', file, line: 1, column: 1 });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, document: { file, namespace, meta, blocks } };
}

/**
 * Give every block without an id a fresh one (p1, p2, ...) from the document's `next-id` counter,
 * which only ever grows, so an id is never handed out twice. Returns the rewritten Markdown.
 */
export function assignIds(text: string, document: SourceDocument): { text: string; document: SourceDocument } {
  if (document.blocks.every((b) => b.id !== undefined)) return { text, document };
  const taken = new Set(document.blocks.flatMap((b) => (b.id ? [b.id] : [])));
  let next = Math.max(1, Number.parseInt(document.meta.get(NEXT_ID) ?? '1', 10) || 1);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const inserts = new Map<number, string>();
  const blocks = document.blocks.map((block) => {
    if (block.id !== undefined) return block;
    while (taken.has(`p${next}`)) next++;
    const id = `p${next++}`;
    taken.add(id);
    inserts.set(block.line - 1, id);
    return { ...block, id };
  });
  const out: string[] = [];
  let inFrontMatter = lines[0]?.trim() === '---';
  let counterWritten = false;
  lines.forEach((line, index) => {
    if (inFrontMatter && index > 0 && line.trim() === '---') {
      if (!counterWritten) out.push(`${NEXT_ID}: ${next}`);
      inFrontMatter = false;
    } else if (inFrontMatter && line.startsWith(`${NEXT_ID}:`)) {
      out.push(`${NEXT_ID}: ${next}`);
      counterWritten = true;
      return;
    }
    const id = inserts.get(index);
    if (id !== undefined) out.push(`<!-- id: ${id} -->`);
    out.push(line);
  });
  const meta = new Map(document.meta).set(NEXT_ID, String(next));
  return { text: out.join('\n'), document: { ...document, meta, blocks } };
}

/** The English catalog of a document: id -> text, in document order. */
export function documentCatalog(document: SourceDocument): Map<string, string> {
  return new Map(document.blocks.map((b) => [b.id ?? '', b.text]));
}
