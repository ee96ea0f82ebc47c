import { describe, expect, it } from 'vitest';
import { DA_FILE, expectTwoCurrent, expectTwoStale, reviseEnglishOnMain } from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_NEW, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * History rewritten so that it does not look rewritten: a squash merge, a rebase with reset dates, a
 * backdated commit. None of it decides anything now: no date is compared. An edit committed against
 * the old English stays stale however it reaches main; a branch whose sync state vouches for its
 * translations keeps them current however it is merged.
 */

/** On a branch `translation` from main: an edit of `two` against the English of now, committed without extract; back on main. */
async function translationWithoutExtract(p: GitProject): Promise<void> {
  p.git('checkout', '-q', '-b', 'translation');
  await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  p.commitAll('Danish: two (no extract)');
  p.git('checkout', '-q', 'main');
}

/** The English revised on main; a branch `translation` translates it and runs extract; main moves on. */
async function vouchedBranch(p: GitProject): Promise<void> {
  await reviseEnglishOnMain(p);
  p.git('checkout', '-q', '-b', 'translation');
  await p.setValue(DA_FILE, 'two', TWO_NEW);
  await p.extract();
  p.commitAll('Danish: two');
  p.git('checkout', '-q', 'main');
  await p.edit('NOTES.txt', 'Meanwhile on main.\n');
  p.commitAll('Notes');
}

/** Merge the branch `translation` into main, somehow; in `p` (here) or in the origin a clone then pulls. */
type Merge = (p: GitProject) => void;

const squash: Merge = (p) => {
  p.git('merge', '-q', '--squash', 'translation');
  p.git('commit', '-q', '-m', 'Danish: two (squashed)');
};

/** GitHub's "Squash and merge": the branches deleted after it. */
const squashAndDelete: Merge = (p) => {
  squash(p);
  p.git('branch', '-q', '-D', 'translation', 'maint');
};

const rebaseIgnoringDates: Merge = (p) => {
  p.git('checkout', '-q', 'translation');
  p.git('rebase', '-q', '--ignore-date', 'main');
};

/** A rebase with reset dates, fast-forwarded into main, the originals expired from every reflog. */
const rebaseMergeForgotten: Merge = (p) => {
  rebaseIgnoringDates(p);
  p.git('checkout', '-q', 'main');
  p.git('merge', '-q', '--ff-only', 'translation');
  p.git('reflog', 'expire', '--expire=now', '--all');
  p.git('gc', '-q', '--prune=now');
};

const cherryPick: Merge = (p) => void p.git('cherry-pick', 'translation');

const rebaseMerge: Merge = (p) => {
  rebaseIgnoringDates(p);
  p.git('checkout', '-q', 'main');
  p.git('merge', '-q', '--ff-only', 'translation');
};

/** Prepare `p` (here) or an origin that a clone made before then pulls; returns where to judge. */
async function mergedIn(where: 'here' | 'clone', prepare: (p: GitProject) => Promise<void>, merge: Merge): Promise<GitProject> {
  const origin = await translatedRepo();
  const clone = where === 'clone' ? await gitProject({ cloneOf: origin }) : undefined;
  await prepare(origin);
  merge(origin);
  if (!clone) return origin;
  clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
  return clone;
}

const oldEditBehindMain = async (p: GitProject): Promise<void> => {
  await translationWithoutExtract(p);
  await reviseEnglishOnMain(p);
};

describe('an edit committed against the old English stays stale however it reaches main', () => {
  it.each<[string, 'here' | 'clone', Merge]>([
    ['a squash merge (git merge --squash), whose commit has equal author and commit dates', 'here', squash],
    ['GitHub\'s "Squash and merge", pulled by another clone after the branch was deleted', 'clone', squashAndDelete],
    ['git rebase --ignore-date onto the new English, here', 'here', rebaseIgnoringDates],
    ['git rebase --ignore-date done elsewhere and fast-forwarded into main, then pulled', 'clone', rebaseMergeForgotten],
    ['git cherry-pick of the commit onto the new English', 'here', cherryPick],
  ])('%s', async (_name, where, merge) => {
    await expectTwoStale(await mergedIn(where, oldEditBehindMain, merge));
  });
});

describe('a branch whose sync state vouches for its translations keeps them current however it is merged', () => {
  it.each<[string, 'here' | 'clone', Merge]>([
    ['a squash merge, here', 'here', squash],
    ['a rebase merge with reset dates done elsewhere, pulled', 'clone', rebaseMerge],
  ])('%s', async (_name, where, merge) => {
    await expectTwoCurrent(await mergedIn(where, vouchedBranch, merge));
  });

  it("git am of the branch's patch, with the author's date, in another clone", async () => {
    const origin = await translatedRepo();
    const clone = await gitProject({ cloneOf: origin });
    await vouchedBranch(origin);
    clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    const patch = origin.git('format-patch', '-1', '--stdout', 'translation');
    await clone.edit('two.patch', patch);
    clone.git('am', '-q', 'two.patch');
    await expectTwoCurrent(clone);
  });
});

describe('a revert is judged by the sync state of the text it brings back', () => {
  it('reverting a translation commit brings back a translation of an English that has changed since: stale', async () => {
    const p = await translatedRepo();
    await reviseEnglishOnMain(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    p.commitAll('Danish: two, without extract');
    await p.extract();
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
    p.commitAll('Sync state');
    p.git('revert', '--no-edit', 'HEAD~1');
    await expectTwoStale(p);
  });
});
