// The git side of a record: what HEAD, the index, the stashes and a merge's other side hold of the
// translation files. Plain JavaScript: see git.mjs.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { catFile } from './git.mjs';
import { readOptional, SOURCE } from './records.mjs';

/** A file's text, or undefined. @param {string} path */
const readText = (path) => readOptional(path)?.toString('utf8');

/** The last line's message of a reflog file ("old new who when\tmessage"). @param {string} text */
const lastMessage = (text) => text.trimEnd().split('\n').at(-1)?.split('\t').slice(1).join('\t') ?? '';

/** A reflog message of a `git commit` in this worktree (not a pick, a revert, a rebase step, a merge or a pull). */
export const COMMIT_MADE_HERE = /^commit( \([a-z]+\))?:/;
const ID = /^[0-9a-f]{40,64}$/;

/**
 * The commits `git commit` made in this worktree since the records last saw one (HEAD's reflog, which
 * is per worktree, read back from its end while its entries are commits and follow on from each other,
 * up to one the records know or `limit`), newest first, and the commit HEAD was on before the first
 * of them (undefined for a first commit). Without the hooks nothing else tells a commit made here from
 * one brought; a reflog line written by hand is believed, as a sync state edited by hand is.
 * @param {string | undefined} text HEAD's reflog
 * @param {ReadonlySet<string>} known the commits the records already hold as made here
 */
export function commitsMadeHere(text, known, limit = 200) {
  /** @type {string[]} */
  const made = [];
  let before;
  for (const line of (text ?? '').trimEnd().split('\n').reverse()) {
    const [head = '', message = ''] = line.split('\t');
    const [old = '', now = ''] = head.split(' ');
    const follows = made.length === 0 || before === now;
    if (!follows || !ID.test(now) || known.has(now) || !COMMIT_MADE_HERE.test(message) || made.length >= limit) break;
    made.push(now);
    before = ID.test(old) && !/^0+$/.test(old) ? old : undefined;
  }
  return { made, before };
}

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
 * side (a merge, a pick, or the parents a commit made here merged) hold. One `git cat-file` process
 * for the objects' ids, a second for the contents the working tree does not hold (none in a clean
 * tree: no side's content is held in memory beside the working tree's), and one more only after a
 * commit made here, for its parents.
 * @param {string} root
 * @param {{ gitDir: string, commonDir: string, prefix: string }} git
 * @param {{ paths: readonly string[], working: readonly Version[] }} files the locale files, and the working tree's versions
 * @param {(lastMove: string) => boolean} committed whether this record is of a commit made here (the post-commit hook)
 * @param {(path: string, raw: string | Buffer | undefined) => Version} versionOf
 * @param {ReadonlySet<string>} [known] for a command's record: the commits the records hold as made
 *   here, so that commits made here since (without the hooks) are found in HEAD's reflog
 */
export async function gitSides(root, git, files, committed, versionOf, known) {
  const [headLog, stashLog, autostashes, ...heads] = await Promise.all([
    readText(join(git.gitDir, 'logs/HEAD')),
    readText(join(git.commonDir, 'logs/refs/stash')),
    // A pull, merge or rebase with --autostash (or rebase.autoStash) keeps the working tree's edits
    // in a stash commit of its own, never in refs/stash, until the move is done: they were here.
    Promise.all(AUTOSTASH.map((name) => readText(join(git.gitDir, name)))),
    ...['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD', 'REVERT_HEAD'].map((name) => readText(join(git.gitDir, name))),
  ]);
  const lastMove = lastMessage(headLog ?? '');
  const here = known && !committed(lastMove) ? commitsMadeHere(headLog, known) : { made: [], before: undefined };
  const parents = committed(lastMove) ? (await parentsOf(root, ['HEAD'])).slice(1) : await mergedInto(root, here);
  const stashes = [...reflogIds(stashLog), ...autostashes.flatMap((text) => commitIds(text))];
  const others = heads.flatMap((text) => commitIds(text));
  /** @type {Record<'head' | 'index' | 'stash' | 'others' | 'parents', string[]>} */
  const revisions = {
    head: ['HEAD'],
    index: [''],
    // A stash is its working tree, its index (^2) and its untracked files (^3).
    stash: stashes.flatMap((id) => [id, `${id}^2`, `${id}^3`]),
    others,
    parents,
  };
  const spec = (/** @type {string} */ revision, /** @type {string} */ path) => `${revision}:${git.prefix}${path}`;
  // Only the translations are read from git: a record takes the English from the working tree alone.
  const translations = files.paths.filter((path) => path.split('/')[1] !== SOURCE);
  const asks = Object.values(revisions).flatMap((list) => list.flatMap((r) => translations.map((path) => ({ path, spec: spec(r, path) }))));
  // HEAD itself is asked in the same batch: its id, for the commits made here.
  const ids = await catFile(root, ['HEAD', ...asks.map((ask) => ask.spec)], { check: true });
  const version = versionsByObject(files.working, versionOf);
  const contents = await catFile(root, [...new Set(asks.flatMap((ask) => version.wanted(ask.path, ids.get(ask.spec)?.id)))]);
  /** @param {string[]} list */
  const read = (list) => list.flatMap((r) => translations.map((path) => version.of(path, ids.get(spec(r, path))?.id, contents)));
  return {
    head: ids.get('HEAD')?.id,
    lastMove,
    made: here.made,
    sides: {
      head: read(revisions.head),
      index: read(revisions.index),
      stash: read(revisions.stash),
      others: read(revisions.others),
      parents: read(revisions.parents),
    },
  };
}

/**
 * Each commit's parents, in one list. @param {string} root @param {readonly string[]} commits
 * @returns {Promise<string[]>}
 */
async function parentsOf(root, commits) {
  const read = await catFile(root, [...commits]);
  return commits.flatMap((c) => [...String(read.get(c)?.content ?? '').matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1] ?? ''));
}

/**
 * What commits made here (without the hooks) took from elsewhere: the commit HEAD was on before them
 * (a pull just before them, never recorded, is in it) and what their merges merged. What the commits
 * hold beyond that was here before them.
 * @param {string} root @param {{ made: string[], before: string | undefined }} here
 */
async function mergedInto(root, here) {
  if (here.made.length === 0) return [];
  const made = new Set(here.made);
  const merged = (await parentsOf(root, here.made)).filter((p) => !made.has(p));
  return [...new Set([...(here.before ? [here.before] : []), ...merged])];
}

/**
 * The id git gives a file's content (a blob's SHA-1), for a text that is its UTF-8 bytes exactly;
 * none for a text that is not well formed, which its bytes would not give back.
 * @param {string | Buffer | undefined} raw
 * @returns {{ blob?: string }}
 */
export function blobOf(raw) {
  // isWellFormed is Node 20's (ES2024), beyond the ES2023 library the project is typed against.
  if (
    raw === undefined ||
    (typeof raw === 'string' && !(/** @type {{ isWellFormed(): boolean }} */ (/** @type {unknown} */ (raw)).isWellFormed()))
  )
    return {};
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  return { blob: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex') };
}

/**
 * The sides' versions by path and object: an object the working tree holds at the same path is its
 * version (the same bytes), and any other is read once, however many sides hold it. So only contents
 * the working tree does not hold are asked of git, and each once (the sides mostly hold the same).
 * @param {readonly Version[]} working
 * @param {(path: string, raw: string | Buffer | undefined) => Version} versionOf
 */
function versionsByObject(working, versionOf) {
  /** @type {Map<string, Version>} */
  const known = new Map();
  for (const v of working) if (v.blob !== undefined) known.set(`${v.path}\0${v.blob}`, v);
  return {
    /** The object to ask git for, if any. @param {string} path @param {string | undefined} id */
    wanted: (path, id) => (id === undefined || known.has(`${path}\0${id}`) ? [] : [id]),
    /**
     * @param {string} path @param {string | undefined} id
     * @param {Map<string, { content?: Buffer } | undefined>} contents
     */
    of: (path, id, contents) => {
      if (id === undefined) return versionOf(path, undefined);
      const key = `${path}\0${id}`;
      let found = known.get(key);
      if (!found) known.set(key, (found = versionOf(path, contents.get(id)?.content)));
      return found;
    },
  };
}

/** @typedef {{ path: string, key?: string, catalog: Map<string, string> | undefined, blob?: string }} Version a locale file's content as a record reads it (take-record.mjs) */
