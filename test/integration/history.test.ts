import { execFileSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageHistory } from '../../src/site/history.ts';
import { DA, type GitProject } from '../support/git-project.ts';
import { historyRepo, historySource } from '../support/history-repo.ts';
import { tempDir } from '../support/project.ts';

let repo: GitProject;
let days: readonly string[] = [];
const source = historySource;

beforeAll(async () => {
  ({ repo, days } = await historyRepo());
  // The repository is the file's: removed once its tests are done.
  return repo.remove;
}, 60_000);

describe('languageHistory, every dated version of a language from git', () => {
  it('lists the versions a reader could see, with their dates and what changed in each and why', () => {
    const history = languageHistory(source(repo.dir), 'da');
    expect(history).toMatchObject({ known: 'complete', uncommitted: false });
    expect(history.versions.map((v) => v.date)).toEqual(days.slice(0, 5));
    expect(history.versions.map((v) => v.number)).toEqual([1, 2, 3, 4, 5]);
    expect(history.versions.map((v) => v.changes)).toEqual([
      [],
      [{ id: 'two', kinds: ['english', 'awaiting'] }],
      [{ id: 'two', kinds: ['revised-for-english'] }],
      [{ id: 'three', kinds: ['removed'] }],
      [{ id: 'one', kinds: ['revised'] }],
    ]);
    // Each version holds its own text and what a reader was shown: "two" awaited revision in version 2.
    expect(history.versions[1]?.text.status.get('two')).toBe('stale');
    expect(history.versions[0]?.text.translation.get('three')).toBe(DA.three);
    expect(history.versions[3]?.text.blocks.map((b) => b.id)).toEqual(['one', 'two']);
    expect(history.versions[4]?.id).toMatch(new RegExp(`^${days[4]}-[0-9a-f]{10}$`));
  });

  it('gives the English its own record: only its changes count', () => {
    const history = languageHistory(source(repo.dir), 'en');
    expect(history.versions.map((v) => [v.date, v.changes])).toEqual([
      [days[0], []],
      [days[1], [{ id: 'two', kinds: ['english'] }]],
      [days[3], [{ id: 'three', kinds: ['removed'] }]],
    ]);
  });

  it('says a shallow clone’s history is partial, with no version at or before its boundary, and unknown at depth 1', async () => {
    const dir = await tempDir('history-');
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${repo.dir}`, join(dir, 'three')], { stdio: 'ignore' });
    const partial = languageHistory(source(join(dir, 'three')), 'da');
    expect(partial.known).toBe('partial');
    // Depth 3 holds "unrelated", "da one" and the boundary "remove three": only "da one" is a dated change.
    expect(partial.versions.map((v) => [v.date, v.changes])).toEqual([[days[4], [{ id: 'one', kinds: ['revised'] }]]]);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, join(dir, 'one')], { stdio: 'ignore' });
    expect(languageHistory(source(join(dir, 'one')), 'da')).toMatchObject({ known: 'unknown', versions: [] });
  });

  it('knows nothing without a repository, and says when the files hold changes not yet committed', async () => {
    const dir = await tempDir('history-');
    await cp(join(repo.dir, 'src'), join(dir, 'src'), { recursive: true });
    await cp(join(repo.dir, 'locales'), join(dir, 'locales'), { recursive: true });
    expect(languageHistory(source(dir), 'da')).toEqual({ language: 'da', known: 'unknown', uncommitted: false, versions: [] });
    await repo.setValue('locales/da/doc.json', 'two', 'Endnu ikke registreret.');
    try {
      expect(languageHistory(source(repo.dir), 'da')).toMatchObject({ known: 'complete', uncommitted: true });
    } finally {
      repo.git('checkout', '-q', '--', 'locales/da/doc.json');
      // Rewriting a committed file unchanged waits for the helper to stamp what the checkout wrote.
      await repo.edit('README.md', 'notes');
    }
  });
});
