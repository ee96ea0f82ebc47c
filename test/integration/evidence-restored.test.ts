import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  gitProject,
  reviseEnglishOn,
  stateOf,
  translatedRepo,
  TWO_NEW,
  TWO_OLD_EDIT,
  TWO_V2,
  type GitProject,
} from '../support/git-project.ts';

/**
 * Restored text is not new text. An edit made against the old English, put aside and brought back
 * after a pull of new English, stays stale however it comes back; an edit made after the pull counts,
 * whatever git did around it and whatever its file's time says. Real git, real hooks, real files.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';
const DAY = 24 * 3600;

/** Move a file's modification time by `seconds` (a clock ahead, a touch, an archive's old date). */
const touch = async (p: GitProject, path: string, seconds: number): Promise<void> => {
  const at = Date.now() / 1000 + seconds;
  await utimes(join(p.dir, path), at, at);
};

/** Danish current on main, the revised English of `two` waiting on maint; on main. */
async function englishWaiting(): Promise<GitProject> {
  const p = await translatedRepo();
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  return p;
}

const pull = (p: GitProject): void => void p.git('merge', '-q', '--ff-only', 'maint');

/**
 * The file dated after every move git made (the harness dates its commits a day ahead): a re-save, an
 * editor, a clock ahead. Time must decide nothing, so the edit stays stale all the same.
 */
async function expectStaleFromOld(p: GitProject): Promise<void> {
  await touch(p, 'locales/da/doc.json', 2 * DAY);
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
}

async function expectCurrent(p: GitProject): Promise<void> {
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
  expect(await stateOf(p, 'two')).toEqual(expect.objectContaining({ from: TWO_V2 }));
}

describe('restored text counts as what it was: made against the old English', () => {
  it('git stash, pull, git stash pop', async () => {
    const p = await englishWaiting();
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('stash', '-q');
    pull(p);
    p.git('stash', 'pop', '-q');
    await expectStaleFromOld(p);
  });

  it('git stash, pull, git stash apply (the stash kept), then the file touched into the future', async () => {
    const p = await englishWaiting();
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('stash', '-q');
    pull(p);
    p.git('stash', 'apply', '-q');
    await touch(p, 'locales/da/doc.json', DAY);
    await expectStaleFromOld(p);
  });

  it('a file taken from another branch with git checkout BRANCH -- FILE (a backport)', async () => {
    const p = await englishWaiting();
    p.git('checkout', '-q', '-b', 'release');
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.commitAll('Danish: two, on the release branch');
    p.git('checkout', '-q', 'main');
    pull(p);
    await p.extract();
    p.git('checkout', 'release', '--', 'locales/da/doc.json');
    await expectStaleFromOld(p);
  });

  it('a file taken from another branch with git restore --source', async () => {
    const p = await englishWaiting();
    p.git('checkout', '-q', '-b', 'release');
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.commitAll('Danish: two, on the release branch');
    p.git('checkout', '-q', 'main');
    pull(p);
    p.git('restore', '--source', 'release', 'locales/da/doc.json');
    await expectStaleFromOld(p);
  });

  it('an edit saved before the pull and re-saved after it (an editor\'s "save all", a formatter, a clock ahead)', async () => {
    const p = await englishWaiting();
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    pull(p);
    // Rewritten whole with four spaces, as a formatter would, and dated a day ahead.
    const data = JSON.parse(await p.read('locales/da/doc.json')) as unknown;
    await writeFile(join(p.dir, 'locales/da/doc.json'), `${JSON.stringify(data, null, 4)}\n`);
    await touch(p, 'locales/da/doc.json', DAY);
    await touch(p, 'locales/en/doc.json', -DAY);
    await expectStaleFromOld(p);
  });

  it('git stash, fetch and git reset --hard to the new English, git stash pop', async () => {
    const origin = await translatedRepo();
    const clone = await gitProject({ cloneOf: origin });
    await reviseEnglishOn(origin, 'maint');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--ff-only', 'maint');
    await clone.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    clone.git('stash', '-q');
    clone.git('fetch', '-q', 'origin');
    clone.git('reset', '-q', '--hard', 'origin/main');
    clone.git('stash', 'pop', '-q');
    await expectStaleFromOld(clone);
  });
});

describe('an edit made after the English arrived counts, whatever git did around it', () => {
  it('pull, edit, stash, switch branches and back, pop, with the file dated years back', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue('locales/da/doc.json', 'two', TWO_NEW);
    await touch(p, 'locales/da/doc.json', -10 * 365 * DAY);
    p.git('stash', '-q');
    p.git('checkout', '-q', 'maint');
    p.git('checkout', '-q', 'main');
    p.git('stash', 'pop', '-q');
    await expectCurrent(p);
  });

  it('fetch and git reset --hard to the new English, then the edit (the reset is a record point too)', async () => {
    const origin = await translatedRepo();
    const clone = await gitProject({ cloneOf: origin });
    await reviseEnglishOn(origin, 'maint');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--ff-only', 'maint');
    clone.git('fetch', '-q', 'origin');
    clone.git('reset', '-q', '--hard', 'origin/main');
    await clone.setValue('locales/da/doc.json', 'two', TWO_NEW);
    await expectCurrent(clone);
  });

  it('the same edit committed with a date in the past, before extract ran (a backdated commit)', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue('locales/da/doc.json', 'two', TWO_NEW);
    p.git('add', '-A');
    p.git('commit', '-q', '--date', '2001-01-01T00:00:00Z', '-m', 'Danish: two (backdated)');
    await expectCurrent(p);
  });

  it('without the hooks, a command run between the pull and the edit is the record; without one, stale and told why', async () => {
    const origin = await translatedRepo();
    const withStatus = await gitProject({ cloneOf: origin, hooks: false });
    const without = await gitProject({ cloneOf: origin, hooks: false });
    await reviseEnglishOn(origin, 'maint');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--ff-only', 'maint');
    for (const clone of [withStatus, without]) {
      await clone.statuses('da');
      clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    }
    await withStatus.statuses('da');
    await withStatus.setValue('locales/da/doc.json', 'two', TWO_NEW);
    await expectCurrent(withStatus);
    await without.setValue('locales/da/doc.json', 'two', TWO_NEW);
    const run = await without.extract();
    expect(run.err).toContain("has not set up the project's git hooks (run npm install)");
    expect((await without.statuses('da'))['doc:two']).toBe('stale');
  });
});
