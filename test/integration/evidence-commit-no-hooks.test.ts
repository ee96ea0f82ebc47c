import { describe, expect, it } from 'vitest';
import { DA_FILE, expectTwoCurrent, expectTwoStale, reviseEnglishOnMain } from '../support/evidence-scenario.ts';
import { DA, gitProject, translatedRepo, TWO_NEW, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * Without the hooks, a commit made here is found in HEAD's reflog (`commit: …`) by the next command's
 * record (hostile-git N11): an edit made after `npm run status` saw the new English, and committed
 * before any command ran on it, is current. What a commit takes from elsewhere is judged as before.
 * Real git, no hooks (`git config --unset core.hooksPath`, as a clone without npm install).
 */

/** A clone without the hooks; origin has since revised the English of `two` on main and has `da-old` (`two` edited against the English before). */
async function cloneWithoutHooks(): Promise<GitProject> {
  const origin = await translatedRepo();
  origin.git('checkout', '-q', '-b', 'da-old');
  await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  origin.git('commit', '-q', '-am', 'colleague: Danish two, no extract');
  origin.git('checkout', '-q', 'main');
  const p = await gitProject({ cloneOf: origin, hooks: false });
  expect(p.tryGit('config', '--get', 'core.hooksPath')).not.toBe(0);
  await reviseEnglishOnMain(origin);
  return p;
}

async function pullThenStatus(p: GitProject): Promise<void> {
  p.git('pull', '-q', '--ff-only');
  p.tick();
  await p.statuses('da');
}

describe('without the hooks, an edit committed before any command ran on it (N11)', () => {
  it('made after npm run status saw the new English, committed, then extract: current', async () => {
    const p = await cloneWithoutHooks();
    await pullThenStatus(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    p.commitAll('Danish two');
    await expectTwoCurrent(p);
  });

  it('in three commits, one of them amended, then extract: current', async () => {
    const p = await cloneWithoutHooks();
    await pullThenStatus(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    p.commitAll('Danish two');
    p.tick();
    await p.setValue(DA_FILE, 'three', `${DA.three} `);
    p.git('commit', '-q', '--amend', '-am', 'Danish two and three');
    p.tick();
    await p.setValue(DA_FILE, 'one', `${DA.one}\n`);
    p.commitAll('Danish one');
    await expectTwoCurrent(p);
  });

  it('edited before the pull (npm run status saw the English before), committed after it: stale', async () => {
    const p = await cloneWithoutHooks();
    await p.statuses('da');
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    p.git('pull', '-q', '--ff-only');
    p.commitAll('Danish two');
    await expectTwoStale(p);
  });

  it.each([
    ['git checkout BRANCH -- FILE', ['checkout', 'origin/da-old', '--', DA_FILE]],
    ['git merge --squash', ['merge', '-q', '--squash', 'origin/da-old']],
  ])('a colleague’s text taken with %s after npm run status, then committed: stale', async (_name, args) => {
    const p = await cloneWithoutHooks();
    await pullThenStatus(p);
    p.git(...args);
    expect(await p.json(DA_FILE)).toMatchObject({ two: TWO_OLD_EDIT });
    p.commitAll('take the colleague’s Danish two');
    await expectTwoStale(p);
  });

  it('a colleague’s commit pulled, undone with reset --soft and committed again here: stale', async () => {
    const origin = await translatedRepo();
    const p = await gitProject({ cloneOf: origin, hooks: false });
    await reviseEnglishOnMain(origin);
    await pullThenStatus(p);
    await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    origin.git('commit', '-q', '-am', 'colleague: Danish two, no extract');
    p.git('pull', '-q', '--ff-only');
    p.git('reset', '-q', '--soft', 'HEAD~1');
    p.commitAll('Danish two, committed again');
    expect(await p.json(DA_FILE)).toMatchObject({ two: TWO_OLD_EDIT });
    await expectTwoStale(p);
  });

  it('a colleague’s commit cherry-picked after npm run status: stale', async () => {
    const p = await cloneWithoutHooks();
    await pullThenStatus(p);
    p.git('cherry-pick', 'origin/da-old');
    expect(await p.json(DA_FILE)).toMatchObject({ two: TWO_OLD_EDIT });
    await expectTwoStale(p);
  });
});
