import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/common/hash.ts';
import { alignParagraph } from '../../src/core/align/paragraph.ts';
import { saveAlignment } from '../../src/node/save-alignment.ts';
import { docWith, translatedRepo, type GitProject } from '../support/git-project.ts';

const ENGLISH = 'They agreed to deepen the cooperation. They will meet in Oslo.';
const DANISH = 'De blev enige om at uddybe samarbejdet og mødes i Oslo. Det glæder dem.';

/** The Danish state entry of "two", as the files hold it. */
async function entry(p: GitProject): Promise<Record<string, unknown>> {
  const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, Record<string, unknown>> };
  return state.entries['two'] ?? {};
}

describe('a translator’s correction of the sentence alignment', () => {
  it('is saved in the sync state, survives extract, is flagged when the English changes and dropped when the translation does', async () => {
    const p = await translatedRepo();
    await p.edit('src/documents/doc.md', docWith({ two: ENGLISH }));
    await p.extract();
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', DANISH);
    p.tick();
    await p.extract();
    p.commitAll('two sentences');
    // The translator joined the two English sentences into the first and added one of their own.
    const links = [[0, 1], []];
    const saved = await saveAlignment(p.dir, {
      language: 'da',
      namespace: 'doc',
      key: 'two',
      links,
      english: fingerprint(ENGLISH),
      translation: fingerprint(DANISH),
    });
    expect(saved.ok).toBe(true);
    expect((await entry(p))['align']).toMatchObject({ links, counts: [2, 2] });

    expect((await p.extract()).code).toBe(0);
    const kept = (await entry(p))['align'] as Parameters<typeof alignParagraph>[0]['correction'];
    expect(kept).toMatchObject({ links });
    expect(
      alignParagraph({ english: ENGLISH, translation: DANISH, language: 'da', glossary: [], ...(kept ? { correction: kept } : {}) }),
    ).toMatchObject({
      source: 'translator',
      links,
    });

    // The English changes: the correction stays in the file, shown but no longer applied.
    const changed = 'They agreed to deepen the cooperation. They will meet again in Oslo.';
    await p.edit('src/documents/doc.md', docWith({ two: changed }));
    await p.extract();
    const flagged = (await entry(p))['align'] as NonNullable<typeof kept>;
    expect(flagged).toMatchObject({ links });
    expect(alignParagraph({ english: changed, translation: DANISH, language: 'da', glossary: [], correction: flagged })).toMatchObject({
      source: 'aligner',
      outdated: flagged,
    });

    // The translation changes: the correction described another text, and goes.
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', 'De blev enige om at uddybe samarbejdet. De mødes igen i Oslo.');
    p.tick();
    await p.extract();
    expect((await entry(p))['align']).toBeUndefined();
  });

  it('is refused, nothing written, when the texts are not the ones the page showed', async () => {
    const p = await translatedRepo();
    const before = await p.read('locales/.sync/da/doc.json');
    const refused = await saveAlignment(p.dir, {
      language: 'da',
      namespace: 'doc',
      key: 'two',
      links: [[0]],
      english: 'stale',
      translation: 'stale',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await p.read('locales/.sync/da/doc.json')).toBe(before);
  });
});
