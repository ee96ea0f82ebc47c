import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../core/wire/locale-data.ts';

/** A revision date (YYYY-MM-DD), or why it is not known: a page says so, a sitemap leaves lastmod out. */
export type Revision = Edition['revised'][string];

function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No git on the machine, or not a repository: the caller's fallback, never a guess.
    return undefined;
  }
}

/**
 * The date (YYYY-MM-DD, committer's) of the last commit that changed any of `paths` (files or folders),
 * from the git history the build runs in: a page's "last revised", the sitemap's lastmod. Not known,
 * rather than wrong: without git or a repository (a tarball, a copied tree), when the paths have changes
 * not committed, and in a shallow clone when that commit is the clone's boundary (the true last change
 * may be older, hidden beyond it: the boundary commit's diff is its whole tree).
 */
export function revisionOf(root: string, paths: string | readonly string[]): Revision {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (git(root, ['rev-parse', '--show-toplevel']) === undefined) return { unknown: 'no-history' };
  const log = git(root, ['log', '-1', '--format=%H %cs', '--', ...list]);
  // No commit has them: written but never committed, or not there at all.
  if (!log) return { unknown: list.some((path) => existsSync(join(root, path))) ? 'uncommitted' : 'no-history' };
  if (git(root, ['status', '--porcelain', '--', ...list])) return { unknown: 'uncommitted' };
  const [hash = '', date = ''] = log.split(' ');
  const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow']);
  if (shallowFile) {
    const path = join(root, shallowFile);
    if (existsSync(path) && readFileSync(path, 'utf8').split('\n').includes(hash)) return { unknown: 'shallow' };
  }
  return { date };
}
