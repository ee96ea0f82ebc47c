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
 * History rewritten so that it does not look rewritten: a squash merge, a rebase with reset dates, a
 * backdated commit. None of it decides anything now: no date is compared. An edit committed against
 * the old English stays stale however it reaches main; a branch whose sync state vouches for its
 * translations keeps them current however it is merged.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';

const repo = translatedRepo;

/** On a branch `translation` from main: an edit of `two` against the English of now, committed without extract; back on main. */
async function translationWithoutExtract(p: GitProject, text: string): Promise<void> {
  p.git('checkout', '-q', '-b', 'translation');
  await p.setValue('locales/da/doc.json', 'two', text);
  p.commitAll('Danish: two (no extract)');
  p.git('checkout', '-q', 'main');
}

/** main takes the revised English of `two` (from a branch maint). */
async function reviseEnglishOnMain(p: GitProject): Promise<void> {
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  p.git('merge', '-q', '--ff-only', 'maint');
}

async function statusOfTwo(p: GitProject): Promise<string | undefined> {
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  return (await p.statuses('da'))['doc:two'];
}

describe('an edit committed against the old English stays stale however it reaches main', () => {
  it('a squash merge (git merge --squash), whose commit has equal author and commit dates', async () => {
    const p = await repo();
    await translationWithoutExtract(p, TWO_OLD_EDIT);
    await reviseEnglishOnMain(p);
    p.git('merge', '-q', '--squash', 'translation');
    p.git('commit', '-q', '-m', 'Danish: two (squashed)');
    expect(await statusOfTwo(p)).toBe('stale');
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
  });

  it('GitHub\'s "Squash and merge", pulled by another clone after the branch was deleted', async () => {
    const origin = await repo();
    const clone = await gitProject({ cloneOf: origin });
    await translationWithoutExtract(origin, TWO_OLD_EDIT);
    await reviseEnglishOnMain(origin);
    origin.git('merge', '-q', '--squash', 'translation');
    origin.git('commit', '-q', '-m', 'Danish: two (#12)');
    origin.git('branch', '-q', '-D', 'translation', 'maint');
    clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    expect(await statusOfTwo(clone)).toBe('stale');
  });

  it('git rebase --ignore-date onto the new English, here', async () => {
    const p = await repo();
    await translationWithoutExtract(p, TWO_OLD_EDIT);
    await reviseEnglishOnMain(p);
    p.git('checkout', '-q', 'translation');
    p.git('rebase', '-q', '--ignore-date', 'main');
    expect(await statusOfTwo(p)).toBe('stale');
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
  });

  it('git rebase --ignore-date done elsewhere and fast-forwarded into main, then pulled', async () => {
    const origin = await repo();
    const clone = await gitProject({ cloneOf: origin });
    await translationWithoutExtract(origin, TWO_OLD_EDIT);
    await reviseEnglishOnMain(origin);
    origin.git('checkout', '-q', 'translation');
    origin.git('rebase', '-q', '--ignore-date', 'main');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--ff-only', 'translation');
    origin.git('reflog', 'expire', '--expire=now', '--all');
    origin.git('gc', '-q', '--prune=now');
    clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    expect(await statusOfTwo(clone)).toBe('stale');
  });

  it('git cherry-pick of the commit onto the new English', async () => {
    const p = await repo();
    await translationWithoutExtract(p, TWO_OLD_EDIT);
    await reviseEnglishOnMain(p);
    p.git('cherry-pick', 'translation');
    expect(await statusOfTwo(p)).toBe('stale');
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
  });
});

describe('a branch whose sync state vouches for its translations keeps them current however it is merged', () => {
  /** The English revised on main; a branch `translation` translates it and runs extract; main moves on. */
  async function vouchedBranch(p: GitProject): Promise<void> {
    await reviseEnglishOnMain(p);
    p.git('checkout', '-q', '-b', 'translation');
    await p.setValue('locales/da/doc.json', 'two', TWO_NEW);
    await p.extract();
    p.commitAll('Danish: two');
    p.git('checkout', '-q', 'main');
    await p.edit('NOTES.txt', 'Meanwhile on main.\n');
    p.commitAll('Notes');
  }

  it('a squash merge, here', async () => {
    const p = await repo();
    await vouchedBranch(p);
    p.git('merge', '-q', '--squash', 'translation');
    p.git('commit', '-q', '-m', 'Danish: two (squashed)');
    expect(await statusOfTwo(p)).toBe('translated');
    expect(await stateOf(p, 'two')).toEqual(expect.objectContaining({ from: TWO_V2 }));
  });

  it('a rebase merge with reset dates done elsewhere, pulled', async () => {
    const origin = await repo();
    const clone = await gitProject({ cloneOf: origin });
    await vouchedBranch(origin);
    origin.git('checkout', '-q', 'translation');
    origin.git('rebase', '-q', '--ignore-date', 'main');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--ff-only', 'translation');
    clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    expect(await statusOfTwo(clone)).toBe('translated');
  });

  it("git am of the branch's patch, with the author's date, in another clone", async () => {
    const origin = await repo();
    const clone = await gitProject({ cloneOf: origin });
    await vouchedBranch(origin);
    clone.git('pull', '-q', '--no-rebase', 'origin', 'main');
    const patch = origin.git('format-patch', '-1', '--stdout', 'translation');
    await clone.edit('two.patch', patch);
    clone.git('am', '-q', 'two.patch');
    expect(await statusOfTwo(clone)).toBe('translated');
  });
});

describe('a revert is judged by the sync state of the text it brings back', () => {
  it('reverting a translation commit brings back a translation of an English that has changed since: stale', async () => {
    const p = await repo();
    await reviseEnglishOnMain(p);
    await p.setValue('locales/da/doc.json', 'two', TWO_NEW);
    p.commitAll('Danish: two, without extract');
    await p.extract();
    expect((await p.statuses('da'))['doc:two']).toBe('translated');
    p.commitAll('Sync state');
    p.git('revert', '--no-edit', 'HEAD~1');
    expect(await statusOfTwo(p)).toBe('stale');
    expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
  });
});
