import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageHistory, type HistorySource } from '../../src/site/history.ts';
import { DA, docWith, translatedRepo, type GitProject } from '../support/git-project.ts';
import { documentText } from '../support/project.ts';

const DAY = 24 * 3600;

/**
 * A repository with a known history on the helper's clock: Danish translated on day one; the English of
 * "two" changed on day three; Danish revised for it on day five; "three" removed on day seven; Danish
 * "one" improved on day eight; and a commit on day nine that touches nothing a reader sees.
 */
let repo: GitProject;
const days: string[] = [];
const made: string[] = [];
const source = (root: string): HistorySource => ({ root, documentFile: 'src/documents/doc.md', namespace: 'doc' });

beforeAll(async () => {
  repo = await translatedRepo();
  days.push(repo.day());
  const step = async (seconds: number, change: () => Promise<void>, message: string): Promise<void> => {
    repo.tick(seconds);
    await change();
    repo.tick();
    await repo.extract();
    repo.commitAll(message);
    days.push(repo.day());
  };
  await step(
    2 * DAY,
    () => repo.edit('src/documents/doc.md', docWith({ two: 'They agreed to strengthen the defence cooperation further.' })),
    'English',
  );
  await step(
    2 * DAY,
    () => repo.setValue('locales/da/doc.json', 'two', 'De blev enige om at styrke forsvarssamarbejdet yderligere.'),
    'da two',
  );
  await step(
    2 * DAY,
    () =>
      repo.edit(
        'src/documents/doc.md',
        documentText([
          ['one', 'The Ministers met in Copenhagen in the autumn.'],
          ['two', 'They agreed to strengthen the defence cooperation further.'],
        ]),
      ),
    'remove three',
  );
  await step(DAY, () => repo.setValue('locales/da/doc.json', 'one', `${DA.one.slice(0, -1)} 2024.`), 'da one');
  await step(DAY, () => repo.edit('README.md', 'notes'), 'unrelated');
}, 60_000);
afterAll(async () => {
  await repo.remove();
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

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
    const dir = await mkdtemp(join(tmpdir(), 'history-'));
    made.push(dir);
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${repo.dir}`, join(dir, 'three')], { stdio: 'ignore' });
    const partial = languageHistory(source(join(dir, 'three')), 'da');
    expect(partial.known).toBe('partial');
    // Depth 3 holds "unrelated", "da one" and the boundary "remove three": only "da one" is a dated change.
    expect(partial.versions.map((v) => [v.date, v.changes])).toEqual([[days[4], [{ id: 'one', kinds: ['revised'] }]]]);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, join(dir, 'one')], { stdio: 'ignore' });
    expect(languageHistory(source(join(dir, 'one')), 'da')).toMatchObject({ known: 'unknown', versions: [] });
  });

  it('knows nothing without a repository, and says when the files hold changes not yet committed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'history-'));
    made.push(dir);
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
