// Taking one record: what the working tree, the index, HEAD and the stash hold now, compared with the
// records before. Plain JavaScript: see git.mjs.
import { COMMIT_MADE_HERE, gitSides } from './git-sides.mjs';
import { splitKey } from './groups.mjs';
import { splitId } from './fold.mjs';
import { appendRecord } from './log-file.mjs';
import { fingerprint, locate, readRecords, SOURCE, wordsFingerprint } from './records.mjs';
import { localeFiles, versionOf, workingVersion } from './versions.mjs';

/**
 * How a record point treats values it sees for the first time.
 * - moving: HEAD moved (checkout of a branch, merge, rebase, reset, or a command that finds HEAD
 *   moved since): what HEAD and the other side of a merge hold arrived with the move; what only the
 *   working tree, the index or a stash holds was here before it.
 * - files: files were taken from elsewhere (`git checkout BRANCH -- FILE`, `git restore --source`,
 *   a squash merge): everything new in the working tree, the index and HEAD arrived.
 * - commit: a commit made here (`git commit`): what it holds was here, unless a merged side held it.
 * @param {string} hook
 * @param {readonly string[]} args
 * @param {string} lastMove the HEAD reflog's last message
 * @returns {'moving' | 'files' | 'commit'}
 */
export function recordKind(hook, args, lastMove) {
  if (hook === 'post-checkout') return args[2] === '1' ? 'moving' : 'files';
  if (hook === 'post-merge') return args[0] === '1' ? 'files' : 'moving';
  // "commit: …", "commit (amend): …", "commit (merge): …", "commit (initial): …"; not "cherry-pick: …",
  // "revert: …", "rebase (pick): …": those carry a commit made elsewhere or from another's text.
  if (hook === 'post-commit' && COMMIT_MADE_HERE.test(lastMove)) return 'commit';
  return 'moving';
}

/** The git hooks that take records (.githooks); any other record is a command's (or npm install's). */
const GIT_HOOKS = new Set(['post-checkout', 'post-merge', 'post-commit', 'post-rewrite', 'reference-transaction']);

/**
 * @typedef {import('./versions.mjs').Version} Version
 * @typedef {import('./records.mjs').Records} Records
 */

/**
 * The contents this record reads whole, for the records after it: every translation file's
 * ("f"), and the English files' of the working tree ("k"), whose keys' English the record brings
 * up to date.
 * @param {Version[][]} lists
 * @param {Version[]} working
 */
function contentsRead(lists, working) {
  const read = (/** @type {Version} */ v) => v.key !== undefined && v.catalog !== undefined;
  const english = (/** @type {Version} */ v) => v.path.split('/')[1] === SOURCE;
  return {
    f: [
      ...new Set(
        lists
          .flat()
          .filter((v) => read(v) && !english(v))
          .map((v) => /** @type {string} */ (v.key)),
      ),
    ],
    k: Object.fromEntries(working.filter((v) => read(v) && english(v)).map((v) => [v.path, /** @type {string} */ (v.key)])),
  };
}

/**
 * The English of each key that differs from what the records last saw, by group: its fingerprint
 * (null: the key is gone).
 * @param {Records} records
 * @param {Version[]} working
 */
function englishChanges(records, working) {
  /** @type {Map<string, Record<string, string | null>>} */
  const changes = new Map();
  const change = (/** @type {string} */ key, /** @type {string | null} */ print) => {
    const [group, name] = splitKey(key);
    changes.set(group, { ...changes.get(group), [name]: print });
  };
  for (const { path, catalog } of working) {
    const [, language = '', file = ''] = path.split('/');
    if (language !== SOURCE || !catalog) continue;
    const namespace = file.slice(0, -'.json'.length);
    for (const [key, text] of catalog) {
      const print = fingerprint(text);
      if (records.english.get(`${namespace}:${key}`)?.at(-1)?.[1] !== print) change(`${namespace}:${key}`, print);
    }
    // The keys recorded before under this namespace: among its group's (the text before the first colon).
    for (const known of records.english.keysOf(splitKey(`${namespace}:`)[0]))
      if (
        known.startsWith(`${namespace}:`) &&
        !catalog.has(known.slice(namespace.length + 1)) &&
        records.english.get(known)?.at(-1)?.[1] !== null
      )
        change(known, null);
  }
  return changes;
}

/**
 * The translation values no record has seen yet, as brought (`arrived`) or local (`stayed`), by
 * group: [fingerprint, words-fingerprint] by key, and their texts by key and fingerprint (a text git
 * never held is known only here: a later replace across the file is told from an edit by comparing
 * with it, and a text given white space is matched by its words with every text its key held). A
 * value in both counts as brought.
 * @param {Records} records
 * @param {Version[][]} arrived
 * @param {Version[][]} stayed
 */
function firstSightings(records, arrived, stayed) {
  /** @type {Map<string, { b?: Record<string, string[][]>, l?: Record<string, string[][]> }>} */
  const sightings = new Map();
  /** @type {Map<string, Record<string, Record<string, string>>>} */
  const texts = new Map();
  const noted = new Set();
  for (const [field, lists] of /** @type {const} */ ([
    ['b', arrived],
    ['l', stayed],
  ])) {
    for (const { path, catalog } of lists.flat()) {
      const [, language = '', file = ''] = path.split('/');
      if (language === SOURCE || !catalog) continue;
      for (const [key, value] of catalog) {
        const id = `${language}:${file.slice(0, -'.json'.length)}:${key}`;
        const fp = value ? fingerprint(value) : '';
        if (!value || noted.has(`${id}\u0000${fp}`) || records.seen.get(id)?.has(fp)) continue;
        noted.add(`${id}\u0000${fp}`);
        const [group, name] = splitId(id);
        const content = sightings.get(group) ?? {};
        ((content[field] ??= {})[name] ??= []).push([fp, wordsFingerprint(value)]);
        sightings.set(group, content);
        const known = texts.get(group) ?? {};
        (known[name] ??= {})[fp] = value;
        texts.set(group, known);
      }
    }
  }
  return { sightings, texts };
}

/**
 * Take a record: append what is new since the records before it. Returns every record, this one
 * included, folded. Never throws for want of git: without a repository only the working tree counts.
 * @param {string} root the project folder
 * @param {{ hook: string, args?: readonly string[], stdin?: string, files?: ReadonlyMap<string, string>, contents?: ReadonlyMap<string, { key: string, blob?: string }>, records?: Records, where?: import('./records.mjs').Location }} options
 *   `files`: the locale files' texts as a command read them (so the record sees what it judges);
 *   `contents`: of locale files a command read, the key of each content (contentKey of its bytes,
 *   which are UTF-8) and, for a translation file, its blob id: what it read is not read again;
 *   `records`: what an earlier record of this run returned, so that only the lines after it are read;
 *   `where`: locate's answer, when the command has asked git already
 */
export async function takeRecord(root, options) {
  const where = options.where ?? (await locate(root));
  let records = await readRecords(where.log, options.records);
  const paths = options.files ? [...options.files.keys()].filter((p) => /^locales\/[^./][^/]*\/[^/]+\.json$/.test(p)) : localeFiles(root);
  const version = (/** @type {string} */ path, /** @type {string | Buffer | undefined} */ raw) => versionOf(records, path, raw);
  // One file at a time: only the contents no record has read are held, as catalogs.
  /** @type {Version[]} */
  const working = [];
  const reading = { ...options, git: where.git !== undefined };
  for (const path of paths) working.push(workingVersion(records, root, path, reading));
  const kindAfter = (/** @type {string} */ lastMove) => recordKind(options.hook, options.args ?? [], lastMove);
  // A command's record also finds the commits made here that no hook recorded (the hooks not installed).
  const known = GIT_HOOKS.has(options.hook) ? undefined : records.local;
  const git = where.git
    ? await gitSides(root, where.git, { paths, working }, (lastMove) => kindAfter(lastMove) === 'commit', version, known)
    : undefined;
  const made = git?.made ?? [];
  const kind = made.length > 0 ? 'commit' : kindAfter(git?.lastMove ?? '');
  const sides = git?.sides ?? { head: [], index: [], stash: [], others: [], parents: [] };
  const arrived =
    kind === 'commit' ? [sides.parents, sides.others] : [sides.head, sides.others, ...(kind === 'files' ? [working, sides.index] : [])];
  const stayed = [working, sides.index, sides.stash, ...(kind === 'commit' ? [sides.head] : [])];
  const english = englishChanges(records, working);
  const { sightings, texts } = firstSightings(records, arrived, stayed);
  const record = { h: options.hook, c: /** @type {string[]} */ ([]), ...contentsRead([...arrived, ...stayed], working), p: records.count };
  if (made.length > 0) record.c.push(...made);
  else if (kind === 'commit' && git?.head) record.c.push(git.head);
  if (options.hook === 'post-rewrite') {
    // "old new" per rewritten commit: a rewrite of a commit made here was made here.
    for (const line of (options.stdin ?? '').split('\n')) {
      const [old = '', rewritten = ''] = line.trim().split(' ');
      if (records.local.has(old) && rewritten) record.c.push(rewritten);
    }
  }
  /** @type {Array<['e' | 's' | 't', string, unknown]>} */
  const segments = [
    ...[...english].map(([group, content]) => /** @type {['e', string, unknown]} */ (['e', group, content])),
    ...[...sightings].map(([group, content]) => /** @type {['s', string, unknown]} */ (['s', group, content])),
    ...[...texts].map(([group, content]) => /** @type {['t', string, unknown]} */ (['t', group, content])),
  ];
  if (segments.length > 0 || Object.keys(record.k).length > 0 || record.c.length > 0 || record.f.length > 0) {
    await appendRecord(where.log, record, segments);
    // Read back with whatever another writer appended meanwhile, so that a record's number is its place.
    records = await readRecords(where.log, records);
  }
  return { records, git: where.git !== undefined };
}
