import { describe, expect, it } from 'vitest';
import { BLOCKS, gitProject, reviseEnglishOn, stateOf, translatedRepo, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * Stash commits that refs/stash never holds: the autostash of `git pull --autostash` (rebase keeps it
 * in rebase-merge/autostash, merge in MERGE_AUTOSTASH) and a stash dropped before the pull and applied
 * by its id after it. An edit made against the old English and put aside in one of them before the
 * English changed stays stale when it comes back, as with `git stash` / pull / `git stash pop`.
 * Real git, real hooks.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';

/** A translator's clone of a project whose origin has since revised the English of `two`. */
async function cloneBehind(): Promise<GitProject> {
  const origin = await translatedRepo();
  const clone = await gitProject({ cloneOf: origin });
  await reviseEnglishOn(origin, 'maint');
  origin.git('checkout', '-q', 'main');
  origin.git('merge', '-q', '--ff-only', 'maint');
  return clone;
}

async function expectStaleFromOld(p: GitProject): Promise<void> {
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  expect(await p.read('locales/da/doc.json')).toContain(TWO_OLD_EDIT);
  expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  expect((await stateOf(p, 'two'))?.from).toBe(TWO_V1);
}

describe('an edit put aside by git itself, in a stash refs/stash does not hold, stays stale', () => {
  it('git pull --rebase --autostash', async () => {
    const p = await cloneBehind();
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('pull', '-q', '--rebase', '--autostash', 'origin', 'main');
    await expectStaleFromOld(p);
  });

  it('git pull --no-rebase --autostash over a commit made here (a merge)', async () => {
    const p = await cloneBehind();
    p.git('commit', '-q', '--allow-empty', '-m', 'local');
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('pull', '-q', '--no-rebase', '--autostash', '--no-edit', 'origin', 'main');
    await expectStaleFromOld(p);
  });

  it('a plain git pull with pull.rebase and rebase.autoStash set', async () => {
    const p = await cloneBehind();
    p.git('config', 'pull.rebase', 'true');
    p.git('config', 'rebase.autoStash', 'true');
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('pull', '-q', 'origin', 'main');
    await expectStaleFromOld(p);
  });

  it('a stash dropped before the pull and applied by its id after it', async () => {
    const p = await cloneBehind();
    await p.setValue('locales/da/doc.json', 'two', TWO_OLD_EDIT);
    p.git('stash', '-q');
    const id = p.git('rev-parse', 'stash@{0}').trim();
    p.git('stash', 'drop', '-q');
    p.git('pull', '-q', '--no-rebase', 'origin', 'main');
    p.git('stash', 'apply', '-q', id);
    await expectStaleFromOld(p);
  });
});
