import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/node/revision.ts';
import { gitProject, type GitProject } from '../support/git-project.ts';
import { tempDir } from '../support/project.ts';

const DAY = 24 * 3600;

/**
 * A real repository on the helper's clock: a.json and b.json committed on day one, b.json changed on
 * day three, c.json added on day six (three commits, so a clone of depth two hides the first).
 */
let repo: GitProject;
const days: string[] = [];
beforeAll(async () => {
  repo = await gitProject();
  await repo.edit('data/a.json', '1');
  await repo.edit('data/b.json', '1');
  repo.commitAll('one');
  days.push(repo.day());
  repo.tick(2 * DAY);
  await repo.edit('data/b.json', '2');
  repo.commitAll('two');
  days.push(repo.day());
  repo.tick(3 * DAY);
  await repo.edit('c.json', '1');
  repo.commitAll('three');
  days.push(repo.day());
  // The repository is the file's: removed once its tests are done.
  return repo.remove;
});

describe('revisionOf, the one reader of revision dates (pages and sitemap)', () => {
  it('gives the day of the last commit that changed a file, and of the latest of several paths or a folder', () => {
    expect(new Set(days).size).toBe(3);
    expect(revisionOf(repo.dir, 'data/a.json')).toEqual({ date: days[0] });
    expect(revisionOf(repo.dir, 'data/b.json')).toEqual({ date: days[1] });
    expect(revisionOf(repo.dir, ['data/a.json', 'data/b.json'])).toEqual({ date: days[1] });
    expect(revisionOf(repo.dir, 'data')).toEqual({ date: days[1] });
    expect(revisionOf(repo.dir, ['data', 'c.json'])).toEqual({ date: days[2] });
  });

  it('does not know the date of paths with uncommitted changes, or never committed', async () => {
    await repo.edit('data/a.json', 'edited');
    expect(revisionOf(repo.dir, 'data/a.json')).toEqual({ unknown: 'uncommitted' });
    expect(revisionOf(repo.dir, ['data', 'c.json'])).toEqual({ unknown: 'uncommitted' });
    repo.git('checkout', '-q', '--', 'data/a.json');
    await repo.edit('new.json', 'new');
    expect(revisionOf(repo.dir, 'new.json')).toEqual({ unknown: 'uncommitted' });
    await rm(join(repo.dir, 'new.json'));
    expect(revisionOf(repo.dir, 'data/a.json')).toEqual({ date: days[0] });
  });

  it('counts a shallow clone’s boundary commit as unknown, not as the date of the change', async () => {
    const clone = join(await tempDir('revision-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { stdio: 'ignore' });
    // The boundary ("two") lists every file of its tree as added: a.json's real change lies beyond it.
    expect(revisionOf(clone, 'data/a.json')).toEqual({ unknown: 'shallow' });
    expect(revisionOf(clone, 'data/b.json')).toEqual({ unknown: 'shallow' });
    // A change after the boundary is in the clone's history, with its own date.
    expect(revisionOf(clone, 'c.json')).toEqual({ date: days[2] });
  });

  it('falls back without a repository, and without git on the machine', async () => {
    const plain = await tempDir('revision-');
    await writeFile(join(plain, 'a.json'), '1');
    expect(revisionOf(plain, 'a.json')).toEqual({ unknown: 'no-history' });
    const path = process.env['PATH'];
    // A PATH with no git on it, as on a machine that has none.
    process.env['PATH'] = await tempDir('revision-');
    try {
      expect(revisionOf(repo.dir, 'data/a.json')).toEqual({ unknown: 'no-history' });
    } finally {
      process.env['PATH'] = path;
    }
    expect(revisionOf(repo.dir, 'data/a.json')).toEqual({ date: days[0] });
  });
});
