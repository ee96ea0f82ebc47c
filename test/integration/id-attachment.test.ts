import { describe, expect, it } from 'vitest';
import { BLOCKS, DA, docWith, translatedRepo, type GitProject } from '../support/git-project.ts';
import { documentText } from '../support/project.ts';

/**
 * Ids that cannot misattach, in a real git repository: a paragraph typed directly under an existing
 * marker, and the id of a removed paragraph used again for another one. Neither may move a
 * translation (or a permalink) to a paragraph it was not made for.
 */
const DOC = 'src/documents/doc.md';
const english = (id: string): string => BLOCKS.find(([key]) => key === id)?.[1] ?? '';
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

async function danish(p: GitProject): Promise<Record<string, string>> {
  return JSON.parse(await p.read('locales/da/doc.json')) as Record<string, string>;
}

describe('a paragraph typed directly under an existing marker', () => {
  const typed = 'A new paragraph on the Nordic air defence, typed in the wrong place.';

  it.each([
    ['unchanged', english('two')],
    ['lightly edited', english('two').replace('deepen', 'further deepen')],
  ])('stops the extraction, naming both paragraphs and the fix, when the old one is %s', async (_how, old) => {
    const p = await translatedRepo();
    const doc = (await p.read(DOC)).replace(`<!-- id: two -->\n${english('two')}`, `<!-- id: two -->\n${typed}\n\n${old}`);
    await p.edit(DOC, doc);
    const before = await p.snapshot();
    const result = await p.extract();
    expect(result.code, result.err).toBe(2);
    expect(result.err).toContain(
      `${DOC}:${lineOf(doc, typed)}:1  two  the paragraph on line ${lineOf(doc, typed)} ("A new paragraph on the Nordic…") is under the marker of id "two", but the English "two" had at the last extract is now the paragraph on line ${lineOf(doc, old)}`,
    );
    expect(result.err).toContain(`Move the line <!-- id: two --> down to just above line ${lineOf(doc, old)}`);
    expect(await p.snapshot()).toEqual(before);

    // The fix the message gives: the marker back above its own paragraph; the new one gets an id of its own.
    await p.edit(DOC, doc.replace(`<!-- id: two -->\n${typed}\n\n${old}`, `${typed}\n\n<!-- id: two -->\n${old}`));
    const fixed = await p.extract();
    expect(fixed.code, fixed.err).toBe(0);
    expect((await danish(p))['two']).toBe(DA.two);
    const statuses = await p.statuses('da');
    expect(statuses['doc:two']).toBe(old === english('two') ? 'translated' : 'stale');
    const fresh = Object.keys(statuses).filter((k) => !['doc:one', 'doc:two', 'doc:three'].includes(k));
    expect(fresh.map((k) => statuses[k])).toEqual(['untranslated']);
  });

  it('goes ahead with --accept-moves when the paragraph really was rewritten and its old text kept', async () => {
    const p = await translatedRepo();
    await p.edit(
      DOC,
      (await p.read(DOC)).replace(`<!-- id: two -->\n${english('two')}`, `<!-- id: two -->\n${typed}\n\n${english('two')}`),
    );
    const result = await p.extract('--accept-moves');
    expect(result.code, result.err).toBe(0);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
  });
});

describe('the id of a removed paragraph used again', () => {
  /** Danish complete, then paragraph three removed and extracted: its translation in the obsolete store, committed. */
  async function removedThree(): Promise<GitProject> {
    const p = await translatedRepo();
    await p.edit(DOC, documentText(BLOCKS.filter(([id]) => id !== 'three')));
    expect((await p.extract()).code).toBe(0);
    p.commitAll('Paragraph three removed');
    p.tick();
    return p;
  }

  it('for another paragraph: stops, naming the removed one and both ways out, and writes nothing', async () => {
    const p = await removedThree();
    const other = 'The Ministers discussed logistics and host nation support in the region.';
    const doc = documentText([...BLOCKS.filter(([id]) => id !== 'three'), ['three', other]]);
    await p.edit(DOC, doc);
    const before = await p.snapshot();
    const result = await p.extract();
    expect(result.code, result.err).toBe(2);
    expect(result.err).toContain(
      `${DOC}:${lineOf(doc, other)}:1  three  id "three" belonged to a paragraph removed earlier ("They welcomed the work on total…"), whose translations (da) are kept in the obsolete store`,
    );
    expect(result.err).toContain('npm run extract -- --restore doc:three');
    expect(await p.snapshot()).toEqual(before);

    // A new paragraph: without its marker it gets an id of its own, and the removed translation stays where it was.
    await p.edit(DOC, documentText([...BLOCKS.filter(([id]) => id !== 'three'), [undefined, other]]));
    expect((await p.extract()).code).toBe(0);
    const statuses = await p.statuses('da');
    expect(statuses['doc:three']).toBe('obsolete');
    expect(Object.values(statuses).filter((s) => s === 'untranslated')).toHaveLength(1);
  });

  it('with --restore: the paragraph came back rewritten, its translation returns marked stale', async () => {
    const p = await removedThree();
    await p.edit(DOC, docWith({ three: 'They welcomed the work on total defence and civil preparedness.' }));
    const result = await p.extract('--restore', 'doc:three');
    expect(result.code, result.err).toBe(0);
    expect((await danish(p))['three']).toBe(DA.three);
    expect((await p.statuses('da'))['doc:three']).toBe('stale');
  });

  it('with its own English (an undone deletion): the translation comes back by itself, current', async () => {
    const p = await removedThree();
    await p.edit(DOC, docWith({}));
    const result = await p.extract();
    expect(result.code, result.err).toBe(0);
    expect((await danish(p))['three']).toBe(DA.three);
    expect((await p.statuses('da'))['doc:three']).toBe('translated');
  });

  it('refuses a --restore that names no paragraph', async () => {
    const p = await removedThree();
    const result = await p.extract('--restore', 'doc:thre');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--restore doc:thre names no paragraph of the English');
  });
});
