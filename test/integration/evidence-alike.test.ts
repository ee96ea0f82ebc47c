import { describe, expect, it } from 'vitest';
import { DA_FILE, expectTwoStale, reviseEnglishOnMain } from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * White space added to a stale text that a checkout brought is judged as that text: the records keep
 * the text (and the words-fingerprint) of every value they sight, brought or typed here, so the text
 * it rewrote is the one the checkout brought, not HEAD's (hostile-git N1). Real git, real hooks.
 */

/** A translator's clone; on origin a colleague's branch `da-old` with `two` edited against the English before its revision. */
async function colleagueBranch(): Promise<GitProject> {
  const origin = await translatedRepo();
  origin.git('checkout', '-q', '-b', 'da-old');
  await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  origin.git('commit', '-q', '-am', 'colleague: Danish two, no extract');
  origin.git('checkout', '-q', 'main');
  const p = await gitProject({ cloneOf: origin });
  await reviseEnglishOnMain(origin);
  p.git('pull', '-q', '--ff-only');
  return p;
}

describe("a stale text from a colleague's branch with white space added (hostile-git N1)", () => {
  it("restored from a colleague's branch (git restore --source), then one trailing space (n06c): stale", async () => {
    const p = await colleagueBranch();
    p.git('restore', '--source=origin/da-old', DA_FILE);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await expectTwoStale(p);
  });

  it("taken from a colleague's branch (git checkout BRANCH -- FILE), then two spaces (n06c): stale", async () => {
    const p = await colleagueBranch();
    p.git('checkout', 'origin/da-old', '--', DA_FILE);
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace(' ', '   '));
    await expectTwoStale(p);
  });
});
