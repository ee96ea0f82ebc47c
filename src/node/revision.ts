import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../core/wire/locale-data.ts';

/** A revision date (YYYY-MM-DD), or why it is not known: a page says so, a sitemap leaves lastmod out. */
export type Revision = Edition['revised'][string];

/** A commit that changed the paths asked about. */
export interface Commit {
  readonly hash: string;
  /** The committer's day, YYYY-MM-DD: the day the change entered the branch the site is built from. */
  readonly date: string;
  /** The committer's time, ISO 8601 with its offset (an Atom feed's `updated`). */
  readonly time: string;
}

/**
 * What git knows of the changes to some paths, newest first, along the built branch's first parents (the
 * states it was published in). `boundary`: a shallow clone's boundary commit is among them; its diff is its
 * whole tree, so neither it nor anything before it is a known change. `uncommitted`: the files differ from
 * the last commit.
 */
export type History =
  { readonly commits: readonly Commit[]; readonly boundary?: Commit; readonly uncommitted: boolean } | { readonly unknown: 'no-history' };

function git(root: string, args: readonly string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 << 20, ...(input ? { input } : {}) });
  } catch {
    // No git on the machine, or not a repository: the caller's fallback, never a guess.
    return undefined;
  }
}

const text = (root: string, args: readonly string[]): string | undefined => git(root, args)?.toString('utf8').trim();

function shallowCommits(root: string): ReadonlySet<string> {
  const shallowFile = text(root, ['rev-parse', '--git-path', 'shallow']);
  const path = shallowFile ? join(root, shallowFile) : '';
  return new Set(path && existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
}

/** The one reader of git's history for the site: revision dates, the sitemap, the history pages. */
export function historyOf(root: string, paths: string | readonly string[]): History {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (text(root, ['rev-parse', '--show-toplevel']) === undefined) return { unknown: 'no-history' };
  const log = text(root, ['log', '--first-parent', '--format=%H %cs %cI', '--', ...list]) ?? '';
  const shallow = shallowCommits(root);
  const commits: Commit[] = [];
  let boundary: Commit | undefined;
  for (const line of log.split('\n').filter(Boolean)) {
    const [hash = '', date = '', time = ''] = line.split(' ');
    if (shallow.has(hash)) {
      boundary = { hash, date, time };
      break;
    }
    commits.push({ hash, date, time });
  }
  const uncommitted = Boolean(text(root, ['status', '--porcelain', '--', ...list])) || (commits.length === 0 && !boundary);
  return { commits, ...(boundary ? { boundary } : {}), uncommitted };
}

/**
 * The date (YYYY-MM-DD, committer's) of the last commit that changed any of `paths` (files or folders):
 * a page's "last revised", the sitemap's lastmod. Not known, rather than wrong: without git or a
 * repository (a tarball, a copied tree), when the paths have changes not committed, and in a shallow
 * clone when that commit is the clone's boundary (the true last change may be older, hidden beyond it).
 */
export function revisionOf(root: string, paths: string | readonly string[]): Revision {
  const list = typeof paths === 'string' ? [paths] : paths;
  const history = historyOf(root, list);
  if ('unknown' in history) return history;
  const [last] = history.commits;
  // No commit has them: written but never committed, or not there at all.
  if (!last && !history.boundary) return { unknown: list.some((path) => existsSync(join(root, path))) ? 'uncommitted' : 'no-history' };
  if (history.uncommitted) return { unknown: 'uncommitted' };
  return last ? { date: last.date } : { unknown: 'shallow' };
}

/**
 * The texts of files as they were at commits, in one git process: `commit:path` -> text, absent where
 * the file did not exist then.
 */
export function filesAt(root: string, wanted: readonly { readonly commit: string; readonly path: string }[]): Map<string, string> {
  const found = new Map<string, string>();
  if (wanted.length === 0) return found;
  const names = wanted.map((w) => `${w.commit}:${w.path}`);
  const out = git(root, ['cat-file', '--batch'], `${names.join('\n')}\n`);
  if (!out) return found;
  let offset = 0;
  for (const name of names) {
    const end = out.indexOf(10, offset);
    const header = out.subarray(offset, end).toString('utf8');
    offset = end + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    found.set(name, out.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return found;
}
