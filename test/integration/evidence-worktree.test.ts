import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { DA_FILE, englishWaiting, pull } from '../support/evidence-scenario.ts';
import { TWO_NEW } from '../support/git-project.ts';
import { runCommand, tempDir } from '../support/project.ts';

/**
 * A worktree made after the pull: git runs the main worktree's hook there (core.hooksPath is relative),
 * and the record must be the new worktree's, so an edit made there after it counts. Real git, real hooks.
 */
describe('git worktree add after the pull', () => {
  it('an edit made in the new worktree counts (no false stale)', async () => {
    const p = await englishWaiting();
    pull(p);
    const wt = join(await tempDir(), 'wt');
    p.git('worktree', 'add', '-q', wt, '-b', 'wtb');
    const file = join(wt, DA_FILE);
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    await writeFile(file, `${JSON.stringify({ ...data, two: TWO_NEW }, null, 2)}\n`);
    const run = await runCommand(extract, wt, []);
    expect(run.code, run.err).toBe(0);
    const all = JSON.parse((await runCommand(status, wt, ['--json', '--lang', 'da'])).out) as Record<string, Record<string, string>>;
    expect(all['da']).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated', 'doc:three': 'translated' });
  });
});
