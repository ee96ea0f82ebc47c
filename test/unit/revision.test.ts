import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/build/revision.ts';

const made: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'revision-'));
  made.push(dir);
  return dir;
};
const git = (cwd: string, args: string[], date?: string): void =>
  void execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) },
  });

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('revisionOf', () => {
  const repo = temp();
  git(repo, ['init', '-q']);
  writeFileSync(join(repo, 'a.json'), '1');
  writeFileSync(join(repo, 'b.json'), '1');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'one'], '2025-03-04T10:00:00Z');
  writeFileSync(join(repo, 'b.json'), '2');
  git(repo, ['commit', '-qam', 'two'], '2025-06-07T10:00:00Z');

  it('gives the date of the last commit that changed the file', () => {
    expect(revisionOf(repo, 'a.json')).toEqual({ date: '2025-03-04' });
    expect(revisionOf(repo, 'b.json')).toEqual({ date: '2025-06-07' });
  });

  it('does not know the date of a file with uncommitted changes, or of one never committed', () => {
    writeFileSync(join(repo, 'a.json'), 'edited');
    expect(revisionOf(repo, 'a.json')).toEqual({ unknown: 'uncommitted' });
    git(repo, ['checkout', '-q', 'a.json']);
    writeFileSync(join(repo, 'c.json'), 'new');
    expect(revisionOf(repo, 'c.json')).toEqual({ unknown: 'uncommitted' });
  });

  it('does not know it without a repository', () => {
    const plain = temp();
    writeFileSync(join(plain, 'a.json'), '1');
    expect(revisionOf(plain, 'a.json')).toEqual({ unknown: 'no-history' });
  });

  it('does not take a shallow clone’s boundary for the last change', () => {
    const clone = join(temp(), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    expect(revisionOf(clone, 'a.json')).toEqual({ unknown: 'shallow' });
    expect(revisionOf(clone, 'b.json')).toEqual({ unknown: 'shallow' });
  });
});
