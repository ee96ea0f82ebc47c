import { describe, expect, it } from 'vitest';
import { cloneBehind, DA_FILE, expectTwoStale } from '../support/evidence-scenario.ts';
import { TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * Stash commits that refs/stash never holds: the autostash of `git pull --autostash` (rebase keeps it
 * in rebase-merge/autostash, merge in MERGE_AUTOSTASH) and a stash dropped before the pull and applied
 * by its id after it. An edit made against the old English and put aside in one of them before the
 * English changed stays stale when it comes back, as with `git stash` / pull / `git stash pop`.
 * Real git, real hooks.
 */
describe('an edit put aside by git itself, in a stash refs/stash does not hold, stays stale', () => {
  it.each<[string, (p: GitProject) => void, ((p: GitProject) => void)?]>([
    ['git pull --rebase --autostash', (p) => p.git('pull', '-q', '--rebase', '--autostash', 'origin', 'main')],
    [
      'git pull --no-rebase --autostash over a commit made here (a merge)',
      (p) => p.git('pull', '-q', '--no-rebase', '--autostash', '--no-edit', 'origin', 'main'),
      (p) => p.git('commit', '-q', '--allow-empty', '-m', 'local'),
    ],
    [
      'a plain git pull with pull.rebase and rebase.autoStash set',
      (p) => p.git('pull', '-q', 'origin', 'main'),
      (p) => {
        p.git('config', 'pull.rebase', 'true');
        p.git('config', 'rebase.autoStash', 'true');
      },
    ],
    [
      'a stash dropped before the pull and applied by its id after it',
      (p) => {
        p.git('stash', '-q');
        const id = p.git('rev-parse', 'stash@{0}').trim();
        p.git('stash', 'drop', '-q');
        p.git('pull', '-q', '--no-rebase', 'origin', 'main');
        p.git('stash', 'apply', '-q', id);
      },
    ],
  ])('%s', async (_name, pullOver, before) => {
    const p = await cloneBehind();
    before?.(p);
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    pullOver(p);
    expect(await p.read(DA_FILE)).toContain(TWO_OLD_EDIT);
    await expectTwoStale(p);
  });
});
