// The git side of a record: what HEAD, the index, the stashes and a merge's other side hold of the
// translation files. Plain JavaScript: see git.mjs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catFile } from './git.mjs';
import { SOURCE } from './records.mjs';

/** @param {string} path */
export const readText = (path) => readFile(path, 'utf8').catch(() => undefined);

/** The last line's message of a reflog file ("old new who when\tmessage"). @param {string} text */
const lastMessage = (text) => text.trimEnd().split('\n').at(-1)?.split('\t').slice(1).join('\t') ?? '';

/** The commits a reflog file records ("old new …" per line), newest first. @param {string | undefined} text */
const reflogIds = (text) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((id) => /^[0-9a-f]{40,64}$/.test(id) && !/^0+$/.test(id))
    .reverse();

/** Where git keeps an autostash while a merge or rebase runs (files in the worktree's git folder). */
const AUTOSTASH = ['MERGE_AUTOSTASH', 'rebase-merge/autostash', 'rebase-apply/autostash'];

/** The commit ids a file such as MERGE_HEAD lists, one a line. @param {string | undefined} text */
const commitIds = (text) => (text ?? '').split('\n').flatMap((line) => (/^[0-9a-f]{40,64}$/.test(line.trim()) ? [line.trim()] : []));

/**
 * The git side of a record: per locale file, the values HEAD, the index, the stash and any other
 * side (a merge, a pick, or the parents a commit made here merged) hold. One `git cat-file` process,
 * and a second only after a commit made here, for its parents.
 * @param {string} root
 * @param {{ gitDir: string, commonDir: string, prefix: string }} git
 * @param {readonly string[]} paths
 * @param {(lastMove: string) => boolean} committed whether this record is of a commit made here
 * @param {(path: string, raw: string | Buffer | undefined) => import('./take-record.mjs').Version} versionOf
 */
export async function gitSides(root, git, paths, committed, versionOf) {
  const [headLog, stashLog, autostashes, ...heads] = await Promise.all([
    readText(join(git.gitDir, 'logs/HEAD')),
    readText(join(git.commonDir, 'logs/refs/stash')),
    // A pull, merge or rebase with --autostash (or rebase.autoStash) keeps the working tree's edits
    // in a stash commit of its own, never in refs/stash, until the move is done: they were here.
    Promise.all(AUTOSTASH.map((name) => readText(join(git.gitDir, name)))),
    ...['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD', 'REVERT_HEAD'].map((name) => readText(join(git.gitDir, name))),
  ]);
  const lastMove = lastMessage(headLog ?? '');
  const parents = committed(lastMove)
    ? [...String((await catFile(root, ['HEAD'])).get('HEAD')?.content ?? '').matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? '')
    : [];
  const stashes = [...reflogIds(stashLog), ...autostashes.flatMap((text) => commitIds(text))];
  const others = heads.flatMap((text) => commitIds(text));
  /** @type {Record<'head' | 'index' | 'stash' | 'others' | 'parents', string[]>} */
  const revisions = {
    head: ['HEAD'],
    index: [''],
    // A stash is its working tree, its index (^2) and its untracked files (^3).
    stash: stashes.flatMap((id) => [id, `${id}^2`, `${id}^3`]),
    others,
    parents: parents.slice(1),
  };
  const spec = (/** @type {string} */ revision, /** @type {string} */ path) => `${revision}:${git.prefix}${path}`;
  // Only the translations are read from git: a record takes the English from the working tree alone.
  const translations = paths.filter((path) => path.split('/')[1] !== SOURCE);
  // HEAD itself is asked in the same batch: its id, for the commits made here.
  const objects = await catFile(root, [
    'HEAD',
    ...Object.values(revisions).flatMap((list) => list.flatMap((r) => translations.map((p) => spec(r, p)))),
  ]);
  /** @param {string[]} list */
  const read = (list) => list.flatMap((r) => translations.map((path) => versionOf(path, objects.get(spec(r, path))?.content)));
  return {
    head: objects.get('HEAD')?.id,
    lastMove,
    sides: {
      head: read(revisions.head),
      index: read(revisions.index),
      stash: read(revisions.stash),
      others: read(revisions.others),
      parents: read(revisions.parents),
    },
  };
}
