import type { Heading, Html, Paragraph, Root, RootContent, Yaml } from 'mdast';

/**
 * The syntax tree of a plain document without micromark, which takes most of an extraction's time on
 * a large project: front matter, then only id comments on lines of their own, `#` headings and
 * paragraphs of plain lines, which is what the documents are. Anything else, anything that could mean
 * more than it seems to (a line that could open a list, a quote, code, a setext heading or a link
 * definition; a `<` anywhere; indentation, tabs, carriage returns, trailing spaces, a heading's closing
 * `#`), and the document is left to micromark. Where it answers, it answers with micromark's nodes and
 * positions for what parseDocument reads of them (test/integration/fast-paths.test.ts draws documents around
 * every one of these boundaries and compares).
 */

interface Line {
  readonly text: string;
  /** Offset of the line's first character; 1-based line number. */
  readonly offset: number;
  readonly line: number;
}

const point = (l: Line, column: number): { line: number; column: number; offset: number } => ({
  line: l.line,
  column,
  offset: l.offset + column - 1,
});
const span = (from: Line, fromColumn: number, to: Line, toColumn: number) => ({ start: point(from, fromColumn), end: point(to, toColumn) });

/** A line that can only continue or start a paragraph: nothing at its start that opens another block, no `<` in it. */
const PLAIN = /^(?![#>\-+*_=`~<[| ]|\d{1,9}[.)])[^<]*[^< ]$/;
const HEADING = /^(#{1,6}) +([^<]*[^<# ])$/;
const BLANK = /^ *$/;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  for (const [index, line] of text.split('\n').entries()) {
    out.push({ text: line, offset, line: index + 1 });
    offset += line.length + 1;
  }
  return out;
}

/** The front matter (`---` lines around YAML) and the line after it, or undefined when it is not plainly there. */
function frontMatter(all: readonly Line[]): { node: Yaml; next: number } | undefined {
  if (all[0]?.text !== '---') return undefined;
  for (let i = 1; i < all.length; i++) {
    const text = all[i]?.text ?? '';
    if (!text.startsWith('---')) continue;
    if (text !== '---') return undefined;
    const value = all
      .slice(1, i)
      .map((l) => l.text)
      .join('\n');
    return { node: { type: 'yaml', value, position: span(all[0] as Line, 1, all[i] as Line, 4) }, next: i + 1 };
  }
  return undefined;
}

/** A comment block (`<!--` at a line's start, to the line holding `-->`) from line `i`, or undefined. */
function comment(all: readonly Line[], i: number): { node: Html; next: number } | undefined {
  const first = all[i];
  if (!first || !/^<!--(?!-?>)/.test(first.text)) return undefined;
  for (let j = i; j < all.length; j++) {
    const l = all[j] as Line;
    if (!l.text.includes('-->', j === i ? 4 : 0)) continue;
    const value = all
      .slice(i, j + 1)
      .map((x) => x.text)
      .join('\n');
    return { node: { type: 'html', value, position: span(first, 1, l, l.text.length + 1) }, next: j + 1 };
  }
  return undefined;
}

function heading(l: Line): Heading | undefined {
  const m = HEADING.exec(l.text);
  if (!m) return undefined;
  const hashes = m[1] ?? '';
  const content = m[2] ?? '';
  const from = l.text.length - content.length + 1;
  const text = { type: 'text' as const, value: content, position: span(l, from, l, l.text.length + 1) };
  return { type: 'heading', depth: hashes.length as Heading['depth'], children: [text], position: span(l, 1, l, l.text.length + 1) };
}

function paragraph(all: readonly Line[], i: number): { node: Paragraph; next: number } | undefined {
  let j = i;
  while (j < all.length && PLAIN.test(all[j]?.text ?? '')) j++;
  if (j === i) return undefined;
  const first = all[i] as Line;
  const last = all[j - 1] as Line;
  const where = span(first, 1, last, last.text.length + 1);
  const value = all
    .slice(i, j)
    .map((l) => l.text)
    .join('\n');
  return { node: { type: 'paragraph', children: [{ type: 'text', value, position: where }], position: where }, next: j };
}

/** micromark's tree of a plain document, or undefined to ask micromark. */
export function quickTree(text: string): Root | undefined {
  // Control characters (tabs, carriage returns, NUL) change what micromark reads: left to it.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) return undefined;
  const all = lines(text);
  const front = frontMatter(all);
  if (!front) return undefined;
  const children: RootContent[] = [front.node];
  for (let i = front.next; i < all.length;) {
    const l = all[i] as Line;
    if (BLANK.test(l.text)) {
      i++;
      continue;
    }
    const block = comment(all, i) ?? (heading(l) ? { node: heading(l) as Heading, next: i + 1 } : paragraph(all, i));
    if (!block) return undefined;
    children.push(block.node);
    i = block.next;
  }
  const end = all[all.length - 1] as Line;
  return { type: 'root', children, position: span(all[0] as Line, 1, end, end.text.length + 1) };
}
