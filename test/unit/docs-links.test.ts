import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/root.ts';

/** The README and docs/ promise one click from the README to each audience's page and each translator's tool. */
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : []))];
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a Markdown file's headings, outside code blocks. */
function anchors(text: string): Set<string> {
  const outside = text.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outside.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

/** Links to Markdown files of the repository, with their anchors: [text](path.md#anchor) or (#anchor). */
function links(file: string): { target: string; anchor: string }[] {
  const text = read(file).replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(((?:[^)#\s]*\.md)?)(?:#([^)\s]+))?\)/g)].flatMap((m) => {
    const path = m[1] ?? '';
    const anchor = m[2] ?? '';
    if (path === '' && anchor === '') return [];
    return [{ target: path === '' ? file : normalize(join(dirname(file), path)), anchor }];
  });
}

describe('the documentation', () => {
  it.each(FILES)('%s: every link to a page of the documentation, and every anchor, leads somewhere', (file) => {
    const broken = links(file).filter(({ target, anchor }) => {
      if (!FILES.includes(target)) return true;
      return anchor !== '' && !anchors(read(target)).has(anchor);
    });
    expect(broken).toEqual([]);
  });

  it('README: short, and one click from each translator’s tool', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    for (const tool of ['json-files', 'browser-editor', 'po-editors', 'cat-tools', 'translation-memory'])
      expect(readme).toContain(`(docs/translating.md#${tool})`);
    for (const page of ['reading-and-deploying', 'translating', 'maintaining', 'architecture', 'commands'])
      expect(readme).toContain(`(docs/${page}.md`);
  });
});
