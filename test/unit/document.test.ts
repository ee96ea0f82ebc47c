import { describe, expect, it } from 'vitest';
import { assignIds, documentCatalog, parseDocument } from '../../src/sync/document.ts';

const doc = (body: string, nextId = 1): string => `---\nnamespace: demo\ndate: 2024-11-21\nnext-id: ${nextId}\n---\n\n${body}`;

function parsed(text: string) {
  const result = parseDocument('demo.md', text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.document;
}

describe('parseDocument', () => {
  it('reads ids, kinds and text, normalising white space (non-breaking spaces included)', () => {
    const document = parsed(doc('<!-- id: title -->\n# A  title\n\n<!-- id: first -->\nOne\u00a0 line\nwrapped.\n\n<!-- a plain comment -->\n\n## Sub'));
    expect(document.namespace).toBe('demo');
    expect(document.meta.get('date')).toBe('2024-11-21');
    expect(document.blocks.map((b) => [b.id, b.kind, b.text])).toEqual([
      ['title', 'title', 'A title'],
      ['first', 'paragraph', 'One line wrapped.'],
      [undefined, 'heading', 'Sub'],
    ]);
  });

  it('reports a duplicate id with the line it is on', () => {
    const result = parseDocument('demo.md', doc('<!-- id: a -->\nOne\n\n<!-- id: a -->\nTwo'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'duplicate-id', file: 'demo.md', line: 10 });
    expect(result.problems[0]?.message).toContain('line 7');
  });

  it('rejects ids that are not lower-case slugs, and markers followed by no paragraph', () => {
    const bad = parseDocument('demo.md', doc('<!-- id: Bad_Id -->\nOne\n\n<!-- id: lonely -->'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.code)).toEqual(['invalid-id', 'orphan-id']);
  });

  it('requires a namespace in the front matter', () => {
    const result = parseDocument('x.md', 'Just text');
    expect(result.ok).toBe(false);
  });
});

describe('assignIds', () => {
  it('gives pasted paragraphs fresh ids from the counter and advances it', () => {
    const text = doc('<!-- id: a -->\nOne\n\nPasted two\n\nPasted three', 4);
    const { text: out, document } = assignIds(text, parsed(text));
    expect(document.blocks.map((b) => b.id)).toEqual(['a', 'p4', 'p5']);
    expect(out).toContain('next-id: 6');
    expect(out).toContain('<!-- id: p4 -->\nPasted two');
    expect(parsed(out).blocks.map((b) => b.id)).toEqual(['a', 'p4', 'p5']);
  });

  it('never hands out an id again after its paragraph is deleted', () => {
    const first = doc('<!-- id: a -->\nOne\n\nNew');
    const once = assignIds(first, parsed(first)).text;
    expect(documentCatalog(parsed(once)).has('p1')).toBe(true);
    const deleted = once.replace('<!-- id: p1 -->\nNew', '');
    const again = deleted + '\n\nAnother new';
    const twice = assignIds(again, parsed(again));
    expect(twice.document.blocks.map((b) => b.id)).toEqual(['a', 'p2']);
  });

  it('leaves a document whose blocks all have ids byte for byte unchanged', () => {
    const text = doc('<!-- id: a -->\nOne\n');
    expect(assignIds(text, parsed(text)).text).toBe(text);
  });
});
