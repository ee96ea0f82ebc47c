import { describe, expect, it } from 'vitest';
import { colleagueMerged, DA_FILE, reviseEnglishOnMain } from '../support/evidence-scenario.ts';
import { BLOCKS, DA, translatedRepo, TWO_NEW, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';
import { documentText } from '../support/project.ts';

/**
 * The obsolete store launders nothing (hostile-git H7-01, session 6): a paragraph removed from the
 * English and put back brings its translation back with the standing it had, never better. The store
 * records an English only for a text the sync state vouched for, so neither a translation nothing
 * vouched for (a colleague's commit made elsewhere) nor one rewritten since the last sync (an older
 * text checked out of history) comes back current. Real git, real hooks.
 */

const DOC = 'src/documents/doc.md';

/** Paragraph `two` removed from the English, extracted and committed; then put back by a checkout of the file. */
async function removeAndPutBack(p: GitProject): Promise<string | undefined> {
  await p.edit(DOC, documentText(BLOCKS.filter(([id]) => id !== 'two')));
  expect((await p.extract()).code).toBe(0);
  expect((await p.statuses('da'))['doc:two']).toBe('obsolete');
  p.commitAll('Remove two');
  p.tick();
  p.git('checkout', 'HEAD~1', '--', DOC);
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  return (await p.statuses('da'))['doc:two'];
}

describe('a paragraph removed and put back', () => {
  it('keeps a translation nothing vouched for stale (a colleague commit made elsewhere, merged)', async () => {
    const p = await colleagueMerged();
    p.commitAll('Merge the colleague');
    p.tick();
    expect(await removeAndPutBack(p)).toBe('stale');
    expect(await p.json(DA_FILE)).toMatchObject({ two: TWO_OLD_EDIT });
  });

  it('keeps an older text checked out over a current one stale', async () => {
    const p = await translatedRepo();
    await reviseEnglishOnMain(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    expect((await p.extract()).code).toBe(0);
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
    p.commitAll('Danish two for the revised English');
    p.tick();
    // The Danish as it was before the revision, against the English of now: the state still names TWO_NEW.
    await p.setValue(DA_FILE, 'two', DA.two);
    expect(await removeAndPutBack(p)).toBe('stale');
    expect(await p.json(DA_FILE)).toMatchObject({ two: DA.two });
  });
});
