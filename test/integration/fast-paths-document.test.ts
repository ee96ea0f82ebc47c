import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentFully } from '../../src/core/document/document.ts';
import { quickTree } from '../../src/core/document/quick-tree.ts';
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

/**
 * The quick Markdown tree (quick-tree.ts) as fast-paths.test.ts tests the other quick paths: on documents drawn
 * to sit near every boundary, the same blocks, problems and positions as micromark alone. Bounded.
 */
const RUNS = { numRuns: 1000 };

const WORDS = [
  'Nordic',
  'ø',
  '’',
  'a*b*',
  '_x_',
  '`c`',
  '[l](u)',
  '![i](s)',
  '\\',
  '&amp;',
  '{{date}}',
  '2024.',
  '😀',
  '\u00a0',
  '#',
  '-',
  '<b>',
  '-->',
  '!',
];
const plainLine = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const LINES = [
  '<!-- id: one -->',
  '<!-- id: two -->',
  '<!-- id: one --> and more',
  '<!-- a note -->',
  '<!---->',
  '<!-->',
  '<!--->',
  '<!-- open',
  '-->',
  '<!-- id: one',
  '<div>',
  '# Title',
  '## A heading',
  '###### Six',
  '####### Seven',
  '#No space',
  '# Closed #',
  '# Escaped \\#',
  '#  Two spaces',
  '# With <b>',
  '#',
  '# ',
  '',
  '   ',
  '---',
  '===',
  '***',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '2) item',
  '2024 was',
  '> quote',
  '    code',
  '```',
  '~~~',
  '\tTab',
  'Carriage\r',
  'Trailing  ',
  ' Lead',
  '[ref]: /url',
  '| a | b |',
];
const line = fc.oneof({ weight: 3, arbitrary: plainLine }, { weight: 4, arbitrary: fc.constantFrom(...LINES) });
const FRONT = [
  '---\nnamespace: doc\ndate: 2024-11-21\n---',
  '---\nnamespace: doc\n---',
  '---\n---',
  '---\nnamespace: doc\n--- ',
  '---\nnamespace: doc',
  'namespace: doc',
  '---\nnamespace: doc\n----\n---',
];
const documentSource = fc
  .tuple(fc.constantFrom(...FRONT), fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '', '\n\n'))
  .map(([front, body, end]) => `${front}\n${body.join('\n')}${end}`);

describe('parseDocument', () => {
  it('reads every document as it does with micromark alone', () => {
    const paths = { quick: 0, micromark: 0 };
    fc.assert(
      fc.property(documentSource, (source) => {
        paths[quickTree(source) ? 'quick' : 'micromark']++;
        expect(parseDocument('src/documents/doc.md', source)).toEqual(parseDocumentFully('src/documents/doc.md', source));
      }),
      RUNS,
    );
    expect(paths.quick).toBeGreaterThan(RUNS.numRuns / 20);
    expect(paths.micromark).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it("gives micromark's positions and values for what it reads of a plain document", () => {
    const plain = fc
      .array(fc.oneof(plainLine, fc.constantFrom('<!-- id: one -->', '<!--\nnote\n-->', '# Title', '## Sub', '')), { maxLength: 12 })
      .map((body) => `---\nnamespace: doc\n---\n${body.join('\n')}\n`);
    fc.assert(
      fc.property(plain, (source) => {
        const quick = quickTree(source);
        if (!quick) return;
        const full = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
        expect(quick.children.map(essentials)).toEqual(full.children.map(essentials));
      }),
      RUNS,
    );
  });
});

/** What parseDocument reads of a node: its kind, start, end, value, depth, where its content starts and ends, any inline HTML. */
function essentials(node: RootContent): unknown {
  const children = 'children' in node ? node.children : [];
  return {
    type: node.type,
    start: node.position?.start,
    end: node.position?.end.offset,
    value: 'value' in node ? node.value : undefined,
    depth: node.type === 'heading' ? node.depth : undefined,
    from: node.type === 'heading' ? children[0]?.position?.start.offset : undefined,
    to: node.type === 'heading' ? children[children.length - 1]?.position?.end.offset : undefined,
    html: JSON.stringify(children).includes('"type":"html"'),
  };
}
