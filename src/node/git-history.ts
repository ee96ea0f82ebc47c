import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../core/common/catalog.ts';
import { parseState } from '../core/state/state-file.ts';
import type { SyncState } from '../core/state/state.ts';
import { catFile, runGit } from './records/git.mjs';
import { catalogOf, locate } from './records/records.mjs';

/**
 * Some files at every commit git still has: every branch, tag, remote-tracking branch and stash, and
 * every commit their reflogs remember (a branch's commits before a rebase, a stash entry dropped by
 * `git stash pop` is not among them, which is why the hooks record stashes). Read with three git
 * processes whatever the number of commits: the commit graph, one `cat-file --batch-check` for the
 * files' object ids at every commit, one `cat-file --batch` for each distinct version once.
 */
export interface History {
  /** Each commit's parents; a shallow clone's boundary lists parents it does not have. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
  readonly head: string | undefined;
  /** Commits of the stash (its working tree, index and untracked parts): made here by `git stash`. */
  readonly stash: ReadonlySet<string>;
  /** Every commit, and 'index' for what is staged: where a sync state may have recorded a text. */
  readonly versions: readonly string[];
  /** The object id of a path at a commit ('index' for the staged version); undefined when absent. */
  blob(commit: string, path: string): string | undefined;
  catalog(blob: string | undefined): Catalog | undefined;
  state(blob: string | undefined): SyncState | undefined;
  /** The commits HEAD reaches (computed once, on first use). */
  ancestorsOfHead(): ReadonlySet<string>;
}

const INDEX = 'index';

function stashCommits(reflog: string | undefined, parents: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const line of (reflog ?? '').split('\n')) {
    const id = line.split(' ')[1] ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(id)) continue;
    out.add(id);
    // The first parent is the commit the stash was made on; the others are the stash's own.
    for (const parent of (parents.get(id) ?? []).slice(1)) out.add(parent);
  }
  return out;
}

/** `git rev-list --parents` output as each commit's parents. */
function parentsOf(graph: string): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const line of graph.split('\n')) {
    const [id, ...rest] = line.trim().split(' ');
    if (id) parents.set(id, rest);
  }
  return parents;
}

function ancestorsOf(head: string | undefined, parents: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> {
  const ancestors = new Set<string>();
  const queue = head ? [head] : [];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (ancestors.has(id)) continue;
    ancestors.add(id);
    queue.push(...(parents.get(id) ?? []));
  }
  return ancestors;
}

function stateOf(text: string | undefined): SyncState | undefined {
  const parsed = text === undefined ? undefined : parseState('state', text);
  return parsed?.ok ? parsed.value : undefined;
}

/**
 * Commits git names outside refs and reflogs: what the last fetch brought (FETCH_HEAD: a pull request
 * fetched by its ref, which writes no ref), and a merge, cherry-pick or revert in progress. A text
 * taken from one by `cherry-pick -n`, which moves no HEAD and runs no hook, is then judged by the
 * commit that holds it, not as typed here.
 */
async function pseudoRefs(dirs: readonly string[]): Promise<string[]> {
  const names = ['FETCH_HEAD', 'MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'ORIG_HEAD'];
  const files = [...new Set(dirs)].flatMap((dir) => names.map((name) => join(dir, name)));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
  return [...new Set(texts.flatMap((text) => text.match(/^[0-9a-f]{40,64}\b/gm) ?? []))];
}

/** History of `paths` (relative to the project root), or undefined without git or without a commit. */
export async function readHistory(root: string, paths: readonly string[]): Promise<History | undefined> {
  const where = await locate(root);
  if (!where.git) return undefined;
  const named = await pseudoRefs([where.git.gitDir, where.git.commonDir]);
  const graph = await runGit(root, ['rev-list', '--all', '--reflog', '--ignore-missing', '--parents', ...named]);
  if (graph === undefined) return undefined;
  const parents = parentsOf(graph);
  if (parents.size === 0) return undefined;
  const head = (await runGit(root, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
  const stash = stashCommits(await readFile(join(where.git.commonDir, 'logs/refs/stash'), 'utf8').catch(() => undefined), parents);
  const prefix = where.git.prefix;
  const spec = (commit: string, path: string): string => `${commit === INDEX ? '' : commit}:${prefix}${path}`;
  const ids = await catFile(
    root,
    [...parents.keys(), INDEX].flatMap((commit) => paths.map((path) => spec(commit, path))),
    { check: true },
  );
  const blobs = [...new Set([...ids.values()].flatMap((o) => (o?.type === 'blob' ? [o.id] : [])))];
  const contents = await catFile(root, blobs);
  const catalogs = new Map<string, Catalog | undefined>();
  const states = new Map<string, SyncState | undefined>();
  let ancestors: ReadonlySet<string> | undefined;
  return {
    parents,
    head,
    stash,
    versions: [...parents.keys(), INDEX],
    blob: (commit, path) => {
      const found = ids.get(spec(commit, path));
      return found?.type === 'blob' ? found.id : undefined;
    },
    catalog(blob) {
      if (blob === undefined) return undefined;
      if (!catalogs.has(blob)) catalogs.set(blob, catalogOf(contents.get(blob)?.content));
      return catalogs.get(blob);
    },
    state(blob) {
      if (blob === undefined) return undefined;
      if (!states.has(blob)) states.set(blob, stateOf(contents.get(blob)?.content?.toString('utf8')));
      return states.get(blob);
    },
    ancestorsOfHead: () => (ancestors ??= ancestorsOf(head, parents)),
  };
}
