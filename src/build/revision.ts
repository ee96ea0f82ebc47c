import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Edition } from '../app/locale-data.ts';

const run = promisify(execFile);

/**
 * The day (YYYY-MM-DD) of the last commit touching any of `paths`, from git at build time; undefined
 * without history (an exported tarball, a shallow copy without those commits), so nothing false is claimed.
 * For the sitemap's lastmod.
 */
export async function lastCommitDay(root: string, paths: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%cs', '--', ...paths], { cwd: root });
    const day = stdout.trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}

/** A file's revision date, or why it is not known: the page says so instead of guessing. */
export type Revision = Edition['revised'][string];

function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The date (YYYY-MM-DD, committer's) of the last commit that changed `file`, from the git history
 * the build runs in, as the page's "last revised". Not known, rather than wrong: without a repository
 * (a tarball, a copied tree), when the file has changes not committed, and in a shallow clone when that
 * commit is the clone's boundary (its true last change may be older, hidden beyond it).
 */
export function revisionOf(root: string, file: string): Revision {
  if (git(root, ['rev-parse', '--show-toplevel']) === undefined) return { unknown: 'no-history' };
  const log = git(root, ['log', '-1', '--format=%H %cs', '--', file]);
  if (!log) return { unknown: git(root, ['ls-files', '--error-unmatch', file]) === undefined ? 'uncommitted' : 'no-history' };
  if (git(root, ['status', '--porcelain', '--', file])) return { unknown: 'uncommitted' };
  const [hash = '', date = ''] = log.split(' ');
  const shallowFile = git(root, ['rev-parse', '--git-path', 'shallow']);
  if (shallowFile) {
    const path = join(root, shallowFile);
    if (existsSync(path) && readFileSync(path, 'utf8').split('\n').includes(hash)) return { unknown: 'shallow' };
  }
  return { date };
}
