import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { DA, docWith, gitProject, reviseEnglishOn, translatedRepo, type GitProject } from '../support/git-project.ts';
import { runCommand } from '../support/project.ts';

async function statusesIn(dir: string): Promise<Record<string, string>> {
  const report = JSON.parse((await runCommand(status, dir, ['--json', '--lang', 'da'])).out) as Record<string, Record<string, string>>;
  return report['da'] ?? {};
}

/**
 * Evidence before "current", with real git: each case is a way real teams have made a stale
 * translation count as current (a pull, a merge, a rebase, a search and replace, a re-normalisation,
 * a conflict resolved by taking one side, a lost state file). None may.
 */

/**
 * Danish `two` committed on a branch `translation` without extract, against the old English, while main
 * took the revised English; left on main.
 */
async function translationBehindMain(): Promise<GitProject> {
  const p = await translatedRepo();
  p.git('checkout', '-q', '-b', 'translation');
  p.tick();
  await p.setValue('locales/da/doc.json', 'two', 'De aftalte at uddybe forsvarssamarbejdet.');
  p.commitAll('Danish: two');
  p.tick();
  p.git('checkout', '-q', 'main');
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  p.git('merge', '-q', '--ff-only', 'maint');
  return p;
}

/** The same translation commit, then rebased onto the revised English. */
async function rebasedTranslation(): Promise<GitProject> {
  const p = await translationBehindMain();
  p.git('checkout', '-q', 'translation');
  p.tick();
  p.git('rebase', '-q', 'main');
  return p;
}

describe('a translation counts as current only with evidence, across git', () => {
  it('the everyday flow: pull, see what is stale, edit the JSON, run extract, and the edit counts', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    p.git('checkout', '-q', 'main');
    p.tick();
    p.git('merge', '-q', '--ff-only', 'maint');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale' });
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', 'De blev enige om at styrke forsvarssamarbejdet yderligere.');
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated' });
  });

  it('an uncommitted edit made before a pull that brought new English stays stale', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    p.git('checkout', '-q', 'main');
    p.tick();
    // Edited against the English of main as it was, then the pull brings the revised English.
    await p.setValue('locales/da/doc.json', 'two', 'De blev enige om at uddybe forsvarssamarbejdet (rettet).');
    p.tick();
    p.git('merge', '-q', '--ff-only', 'maint');
    p.tick();
    const run = await p.extract();
    expect(run.code).toBe(0);
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale' });
    const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, { from?: string }> };
    expect(state.entries['two']?.from).toBe('They agreed to deepen the defence cooperation.');
  });

  it('a translation committed without extract, then main merged in to fix CI, stays stale', async () => {
    const p = await translationBehindMain();
    p.tick();
    p.git('checkout', '-q', 'translation');
    p.tick();
    p.git('merge', '-q', '--no-edit', 'main');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale' });
  });

  it('a commit rebased onto new English stays stale, through its original in the reflog, or unverified without it', async () => {
    const p = await rebasedTranslation();
    p.tick();
    await p.extract('--check').then(() => undefined);
    const status = await p.extract();
    expect(status.code).toBe(0);
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'stale' });
    const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, { from?: string; unverified?: boolean }> };
    expect(state.entries['two']).toMatchObject({ from: 'They agreed to deepen the defence cooperation.' });
    expect(state.entries['two']?.unverified).toBeUndefined();
  });

  it('a rebased commit whose original is gone gives no evidence: the entry needs review', async () => {
    const p = await rebasedTranslation();
    p.git('reflog', 'expire', '--expire=now', '--all');
    p.git('gc', '-q', '--prune=now');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'stale' });
    const state = (await p.json('locales/.sync/da/doc.json')) as { entries: Record<string, { unverified?: boolean }> };
    expect(state.entries['two']?.unverified).toBe(true);
    const report = await runCommand(status, p.dir, ['--lang', 'da']);
    expect(report.out).toContain('stale        doc:two\n      no record of the English it was made from');
  });

  it('a search and replace across the file does not make a stale translation current; a real edit does', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    p.git('checkout', '-q', 'main');
    p.git('merge', '-q', '--ff-only', 'maint');
    p.tick();
    await p.edit(
      'locales/da/doc.json',
      `${JSON.stringify({ ...DA, two: DA.two.replace('De ', 'Ministrene '), three: DA.three.replace('De ', 'Ministrene ') }, null, 2)}\n`,
    );
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
    p.commitAll('Danish: Ministrene');
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', 'Ministrene blev enige om at styrke forsvarssamarbejdet yderligere.');
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'translated', 'doc:three': 'translated' });
  });

  it('a file re-normalised to NFD has not been edited: stale stays stale, current stays current', async () => {
    const p = await translatedRepo();
    p.tick();
    await p.edit('src/documents/doc.md', docWith({ one: 'The Ministers met in Copenhagen this autumn.' }));
    await p.extract();
    p.commitAll('Revise one');
    p.tick();
    const text = await p.read('locales/da/doc.json');
    expect(text.normalize('NFD')).not.toBe(text);
    await p.edit('locales/da/doc.json', text.normalize('NFD'));
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'stale', 'doc:two': 'translated', 'doc:three': 'translated' });
  });

  it('a locale-file conflict resolved by taking the side translated from the older English stays stale, before and after the merge commit', async () => {
    const p = await translatedRepo();
    p.git('checkout', '-q', '-b', 'translation');
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', 'De aftalte at uddybe forsvarssamarbejdet.');
    p.commitAll('Danish: two, against the old English');
    p.git('checkout', '-q', 'main');
    await reviseEnglishOn(p, 'maint');
    p.git('checkout', '-q', 'main');
    p.git('merge', '-q', '--ff-only', 'maint');
    p.tick();
    await p.setValue('locales/da/doc.json', 'two', 'De blev enige om at styrke forsvarssamarbejdet yderligere.');
    await p.extract();
    p.commitAll('Danish: two, against the new English');
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'translated' });
    p.tick();
    expect(p.tryGit('merge', '--no-edit', 'translation')).not.toBe(0);
    p.git('checkout', '--theirs', 'locales/da/doc.json');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'stale' });
    // Commit the resolution as it was before that extract, and judge again from history alone.
    p.git('checkout', 'HEAD', '--', 'locales/.sync');
    p.git('add', 'locales/da/doc.json', 'locales/.sync');
    p.git('commit', '-q', '--no-edit');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:two': 'stale' });
  });

  it('a deleted state file is rebuilt from history: only what history shows current counts as current', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    await rm(join(p.dir, 'locales/.sync/da/doc.json'));
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  });

  it('a locale file deleted and restored keeps its stale entries stale', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    await rm(join(p.dir, 'locales/da/doc.json'));
    await p.extract();
    p.tick();
    p.git('checkout', 'HEAD', '--', 'locales/da/doc.json');
    p.tick();
    await p.extract();
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
  });

  it('a shallow clone keeps what its committed sync state vouches for, even with the state file deleted', async () => {
    const p = await translatedRepo();
    await reviseEnglishOn(p, 'maint');
    const clone = `${p.dir}-shallow`;
    p.git('clone', '-q', '--depth', '1', '--branch', 'maint', `file://${p.dir}`, clone);
    try {
      await rm(join(clone, 'locales/.sync/da/doc.json'));
      await runCommand(extract, clone, []);
      expect(await statusesIn(clone)).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'stale', 'doc:three': 'translated' });
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });

  it('a shallow clone of translations committed without extract: nothing older than its boundary, every one needs review', async () => {
    const p = await gitProject({ hooks: false });
    await p.extract();
    p.commitAll('English');
    await p.edit('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`);
    p.commitAll('Danish, without extract');
    const clone = `${p.dir}-shallow`;
    p.git('clone', '-q', '--depth', '1', `file://${p.dir}`, clone);
    try {
      await runCommand(extract, clone, []);
      expect(await statusesIn(clone)).toMatchObject({ 'doc:one': 'stale', 'doc:two': 'stale', 'doc:three': 'stale' });
    } finally {
      await rm(clone, { recursive: true, force: true });
    }
  });
});
