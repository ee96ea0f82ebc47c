import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cloneBehind,
  DA_FILE,
  englishWaiting,
  expectTwoCurrent,
  expectTwoStale,
  pull,
  reviseEnglishOnMain,
  touch,
} from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_NEW, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * Restored text is not new text. An edit made against the old English, put aside and brought back
 * after a pull of new English, stays stale however it comes back; an edit made after the pull counts,
 * whatever git did around it and whatever its file's time says. Real git, real hooks, real files.
 */
const DAY = 24 * 3600;

/** Danish `two` edited against the old English and committed on a branch `release`; back on main. */
async function onRelease(p: GitProject): Promise<void> {
  p.git('checkout', '-q', '-b', 'release');
  await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  p.commitAll('Danish: two, on the release branch');
  p.git('checkout', '-q', 'main');
}

describe('restored text counts as what it was: made against the old English', () => {
  it.each([
    ['git stash, pull, git stash pop', ['stash', 'pop', '-q']],
    ['git stash, pull, git stash apply (the stash kept), then the file touched into the future', ['stash', 'apply', '-q']],
  ])('%s', async (_name, restore) => {
    const p = await englishWaiting();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    p.git('stash', '-q');
    pull(p);
    p.git(...restore);
    await touch(p, DA_FILE, DAY);
    await expectTwoStale(p);
  });

  it.each([
    ['git checkout BRANCH -- FILE (a backport), after an extract', ['checkout', 'release', '--', DA_FILE], true],
    ['git restore --source', ['restore', '--source', 'release', DA_FILE], false],
  ])('a file taken from another branch with %s', async (_name, take, extractFirst) => {
    const p = await englishWaiting();
    await onRelease(p);
    pull(p);
    if (extractFirst) await p.extract();
    p.git(...take);
    await expectTwoStale(p);
  });

  it('an edit saved before the pull and re-saved after it (an editor\'s "save all", a formatter, a clock ahead)', async () => {
    const p = await englishWaiting();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    pull(p);
    // Rewritten whole with four spaces, as a formatter would, and dated a day ahead.
    const data = JSON.parse(await p.read(DA_FILE)) as unknown;
    await writeFile(join(p.dir, DA_FILE), `${JSON.stringify(data, null, 4)}\n`);
    await touch(p, DA_FILE, DAY);
    await touch(p, 'locales/en/doc.json', -DAY);
    await expectTwoStale(p);
  });

  it('a patch of the edit (git diff, git checkout -- FILE, pull, git apply) made after a command saw the edit', async () => {
    const p = await englishWaiting();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    // What translating.md advises before setting an edit aside by hand: no git hook sees it before the checkout discards it.
    await p.statuses('da');
    await p.edit('two.patch', p.git('diff', '--', DA_FILE));
    p.git('checkout', '--', DA_FILE);
    pull(p);
    p.git('apply', 'two.patch');
    await expectTwoStale(p);
  });

  it('git stash, fetch and git reset --hard to the new English, git stash pop', async () => {
    const clone = await cloneBehind();
    await clone.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    clone.git('stash', '-q');
    clone.git('fetch', '-q', 'origin');
    clone.git('reset', '-q', '--hard', 'origin/main');
    clone.git('stash', 'pop', '-q');
    await expectTwoStale(clone);
  });
});

describe('an edit made after the English arrived counts, whatever git did around it', () => {
  it('pull, edit, stash, switch branches and back, pop, with the file dated years back', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await touch(p, DA_FILE, -10 * 365 * DAY);
    p.git('stash', '-q');
    p.git('checkout', '-q', 'maint');
    p.git('checkout', '-q', 'main');
    p.git('stash', 'pop', '-q');
    await expectTwoCurrent(p);
  });

  it('fetch and git reset --hard to the new English, then the edit (the reset is a record point too)', async () => {
    const clone = await cloneBehind();
    clone.git('fetch', '-q', 'origin');
    clone.git('reset', '-q', '--hard', 'origin/main');
    await clone.setValue(DA_FILE, 'two', TWO_NEW);
    await expectTwoCurrent(clone);
  });

  it('the same edit committed with a date in the past, before extract ran (a backdated commit)', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    p.git('add', '-A');
    p.git('commit', '-q', '--date', '2001-01-01T00:00:00Z', '-m', 'Danish: two (backdated)');
    await expectTwoCurrent(p);
  });

  it('without the hooks, a command run between the pull and the edit is the record; without one, stale and told why', async () => {
    const origin = await translatedRepo();
    const withStatus = await gitProject({ cloneOf: origin, hooks: false });
    const without = await gitProject({ cloneOf: origin, hooks: false });
    await reviseEnglishOnMain(origin);
    for (const clone of [withStatus, without]) {
      await clone.statuses('da');
      clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    }
    await withStatus.statuses('da');
    await withStatus.setValue(DA_FILE, 'two', TWO_NEW);
    await expectTwoCurrent(withStatus);
    await without.setValue(DA_FILE, 'two', TWO_NEW);
    const run = await without.extract();
    expect(run.err).toContain("has not set up the project's git hooks (run npm install)");
    expect((await without.statuses('da'))['doc:two']).toBe('stale');
  });
});
