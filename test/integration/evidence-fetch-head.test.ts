import { describe, expect, it } from 'vitest';
import { DA_FILE, expectTwoStale, reviseEnglishOnMain } from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_OLD_EDIT } from '../support/git-project.ts';

/**
 * A colleague's text fetched by a pull request's ref (FETCH_HEAD only: GitHub's `git fetch origin
 * pull/1/head` writes no ref) and taken with `git cherry-pick -n`, which moves no HEAD and runs no
 * hook (hostile-git H7-04): judged by the commit that holds it, beside the English before, not as
 * typed here. Real git, real hooks.
 */
describe('a text taken from a commit only FETCH_HEAD names', () => {
  it('git fetch origin refs/pull/1/head, git cherry-pick -n FETCH_HEAD, extract: stale', async () => {
    const origin = await translatedRepo();
    const p = await gitProject({ cloneOf: origin });
    origin.git('checkout', '-q', '-b', 'colleague');
    await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    origin.commitAll('colleague: Danish two, no extract');
    origin.git('checkout', '-q', 'main');
    origin.git('update-ref', 'refs/pull/1/head', 'colleague');
    origin.git('branch', '-q', '-D', 'colleague');
    await reviseEnglishOnMain(origin);
    p.git('pull', '-q', '--ff-only');
    await expectTwoStale(p);
    p.commitAll('extract');
    p.git('fetch', '-q', 'origin', 'refs/pull/1/head');
    p.git('cherry-pick', '-n', 'FETCH_HEAD');
    expect(await p.json(DA_FILE)).toMatchObject({ two: TWO_OLD_EDIT });
    await expectTwoStale(p);
  });
});
