import { describe, expect, it } from 'vitest';
import { documentCatalog, parseDocument } from '../../src/core/document/document.ts';
import { assignIds, randomId } from '../../src/core/document/document-ids.ts';

const doc = (body: string, nextId = 1): string => `---\nnamespace: demo\ndate: 2024-11-21\nnext-id: ${nextId}\n---\n\n${body}`;

function parsed(text: string) {
  const result = parseDocument('demo.md', text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

function problems(text: string) {
  const result = parseDocument('demo.md', text);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

/** Ids from a list, so a test knows which it gets. */
const ids = (...list: string[]): (() => string) => {
  let i = 0;
  return () => list[i++] ?? `p-spare${i}`;
};

describe('parseDocument', () => {
  it('reads ids, kinds and text, normalising white space (non-breaking spaces included)', () => {
    const document = parsed(
      doc('<!-- id: title -->\n# A  title\n\n<!-- id: first -->\nOne\u00a0 line\nwrapped.\n\n<!-- a plain comment -->\n\n## Sub ##'),
    );
    expect(document.namespace).toBe('demo');
    expect(document.meta.get('date')).toBe('2024-11-21');
    expect(document.blocks.map((b) => [b.id, b.kind, b.text])).toEqual([
      ['title', 'title', 'A title'],
      ['first', 'paragraph', 'One line wrapped.'],
      [undefined, 'heading', 'Sub'],
    ]);
  });

  it('keeps the text of the real declaration as the catalog has it (markup and {{date}} as written)', () => {
    const document = parsed(doc('<!-- id: t -->\n# Meeting {{date}}\n\n<!-- id: p -->\nNATO’s *own* words.'));
    expect(documentCatalog(document)).toEqual(
      new Map([
        ['t', 'Meeting {{date}}'],
        ['p', 'NATO’s *own* words.'],
      ]),
    );
  });

  it('names both paragraphs of a duplicate id by their first words, at the second marker', () => {
    const found = problems(doc('<!-- id: a -->\nOne two three four five six seven.\n\n<!-- id: a -->\nAnother paragraph here.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'duplicate-id', file: 'demo.md', line: 10, column: 1 });
    expect(found[0]?.message).toContain('line 8 "One two three four five six…" and line 11 "Another paragraph here."');
  });

  it('rejects ids that are not lower-case slugs, and markers followed by no paragraph', () => {
    expect(problems(doc('<!-- id: Bad_Id -->\nOne\n\n<!-- id: lonely -->')).map((p) => [p.code, p.line])).toEqual([
      ['invalid-id', 7],
      ['orphan-id', 10],
    ]);
  });

  it.each([
    ['<!-- ID: x -->', 'lower case'],
    ['<!-- id: x (JFC) -->', 'the id alone'],
    ['<!-- id : x -->', 'no space before the colon'],
    ['<!-- id= x -->', 'a colon'],
  ])('refuses the marker look-alike %s at its line and column, saying how to write it', (marker, why) => {
    const found = problems(doc(`Intro.\n\n   ${marker}\nThe paragraph.`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'marker-look-alike', line: 9, column: 4 });
    expect(found[0]?.message).toContain(why);
    expect(found[0]?.message).toContain('<!-- id: x -->');
  });

  it('refuses an unterminated comment, which would swallow the rest of the document', () => {
    const found = problems(doc('<!-- id: a -->\nOne.\n\n<!-- id: b --\nTwo.\n\nThree.\n'));
    expect(found.map((p) => [p.code, p.line, p.column])).toEqual([['unterminated-comment', 10, 1]]);
    expect(found[0]?.message).toMatch(/never closed with "-->"/);
    const runOn = problems(doc('<!-- id: b --\nTwo.\n\n<!-- id: c -->\nThree.\n'));
    expect(runOn.map((p) => p.code)).toEqual(['unterminated-comment']);
  });

  it('refuses an id marker inside a paragraph, and text after a comment on its line', () => {
    expect(problems(doc('Some text <!-- id: a --> more.')).map((p) => [p.code, p.line, p.column])).toEqual([['inline-id', 7, 11]]);
    expect(problems(doc('<!-- id: a --> Text on the same line.\n')).map((p) => p.code)).toContain('html');
  });

  it('refuses a comment or a tag inside a paragraph, which would be published as written', () => {
    expect(
      problems(doc('<!-- id: a -->\n# Title <!-- draft -->\n\n<!-- id: b -->\nSome <b>bold</b> text.')).map((p) => [
        p.code,
        p.line,
        p.column,
      ]),
    ).toEqual([
      ['inline-html', 8, 9],
      ['html', 11, 6],
      ['html', 11, 13],
    ]);
  });

  it('refuses blocks the reader cannot show (lists, quotes, code), at their line', () => {
    expect(problems(doc('<!-- id: a -->\nOne.\n\n- a list\n- of two\n')).map((p) => [p.code, p.line])).toEqual([['unsupported', 10]]);
  });

  it('refuses front matter that is never closed instead of publishing it as a paragraph', () => {
    expect(problems('---\nnamespace: demo\ndate: 2024-11-21\n\n<!-- id: a -->\nOne.\n').map((p) => [p.code, p.line, p.column])).toEqual([
      ['front-matter', 1, 1],
    ]);
  });

  it('refuses an impossible date at the date, and a missing one where {{date}} is used', () => {
    const invalid = problems('---\nnamespace: demo\ndate: 2024-13-45\n---\n\n<!-- id: a -->\n# On {{date}}\n');
    expect(invalid.map((p) => [p.code, p.line, p.column])).toEqual([['date', 3, 7]]);
    expect(invalid[0]?.message).toContain('"2024-13-45" is not a calendar date');
    expect(problems('---\nnamespace: demo\ndate: 2023-02-29\n---\n\nText.\n').map((p) => p.code)).toEqual(['date']);
    expect(problems('---\nnamespace: demo\n---\n\n<!-- id: a -->\n# On {{date}}\n').map((p) => [p.code, p.line])).toEqual([['date', 2]]);
    expect(parseDocument('demo.md', '---\nnamespace: demo\n---\n\nNo date used.\n').ok).toBe(true);
  });

  it('reports front matter that is not valid YAML, at its line', () => {
    expect(problems('---\nnamespace: demo\nnamespace: again\n---\n\nText.\n').map((p) => [p.code, p.line])).toEqual([['front-matter', 3]]);
  });

  it('requires a namespace in the front matter', () => {
    expect(problems('Just text').map((p) => p.code)).toEqual(['namespace']);
    expect(problems('---\ndate: 2024-11-21\n---\n\nText.').map((p) => p.code)).toEqual(['namespace']);
  });

  it('reads a document with a byte-order mark and CRLF line endings, positions as an editor shows them', () => {
    const text = `\ufeff${doc('<!-- id: a -->\nOne.\n\n<!-- ID: b -->\nTwo.\n')}`.replace(/\n/g, '\r\n');
    expect(problems(text).map((p) => [p.code, p.line, p.column])).toEqual([['marker-look-alike', 10, 1]]);
    expect(parsed(text.replace('ID: b', 'id: b')).blocks.map((b) => b.id)).toEqual(['a', 'b']);
  });
});

describe('assignIds', () => {
  it('gives pasted paragraphs fresh random ids, leaving existing ids and the old counter alone', () => {
    const text = doc('<!-- id: a -->\nOne\n\nPasted two\n\n# Pasted heading', 4);
    const result = assignIds(text, parsed(text));
    if (!result.ok) throw new Error('refused');
    const [a, two, three] = result.value.document.blocks.map((b) => b.id ?? '');
    expect(a).toBe('a');
    expect(two).toMatch(/^p-[a-km-z2-9]{8}$/);
    expect(three).toMatch(/^p-[a-km-z2-9]{8}$/);
    expect(two).not.toBe(three);
    expect(result.value.text).toBe(
      text.replace('Pasted two', `<!-- id: ${two} -->\nPasted two`).replace('# Pasted', `<!-- id: ${three} -->\n# Pasted`),
    );
    expect(result.value.text).toContain('next-id: 4');
    expect(parsed(result.value.text).blocks.map((b) => b.id)).toEqual([a, two, three]);
  });

  it('draws again when an id is taken', () => {
    const text = doc('<!-- id: p-taken -->\nOne\n\nNew');
    const result = assignIds(text, parsed(text), ids('p-taken', 'p-fresh'));
    expect(result.ok && result.value.document.blocks.map((b) => b.id)).toEqual(['p-taken', 'p-fresh']);
  });

  it('keeps CRLF line endings and a byte-order mark byte for byte', () => {
    const lf = doc('<!-- id: a -->\nOne\n\nNew one\n');
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
    const result = assignIds(crlf, parsed(crlf), ids('p-new'));
    expect(result.ok && result.value.text).toBe(`\ufeff${lf.replace('New one', '<!-- id: p-new -->\nNew one').replace(/\n/g, '\r\n')}`);
  });

  it('leaves a document whose blocks all have ids byte for byte unchanged', () => {
    const text = doc('<!-- id: a -->\nOne\n');
    const result = assignIds(text, parsed(text));
    expect(result.ok && result.value.text).toBe(text);
  });

  it('draws ids that a thousand draws do not repeat, all valid slugs', () => {
    const drawn = new Set(Array.from({ length: 1000 }, randomId));
    expect(drawn.size).toBe(1000);
    for (const id of drawn) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
