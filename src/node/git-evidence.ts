import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../core/common/catalog.ts';
import type { LanguageEvidence, WriteEvidence } from '../core/state/evidence.ts';
import type { ProjectSnapshot, Unvouched } from '../core/sync/extraction.ts';
import { parseLocaleFile } from '../core/locale/locale-file.ts';
import { localeFile } from '../core/common/paths.ts';
import { git, readObjects } from './git.ts';

/**
 * Evidence of which English a translation was written against, for the translations the sync state
 * does not vouch for (edited since the last sync, or never recorded). The rules, conservative by design:
 *
 * - committed text: the English (locales/en) of the commit that introduced it, found by walking the
 *   file's history back through every commit that kept the same text (merges follow the side that had
 *   it, as `git blame` does). A rewritten commit (rebase, cherry-pick, amend: author and committer
 *   dates differ) counts only through the original it was made from, when the reflog still has it;
 *   a shallow clone's boundary shows nothing.
 * - uncommitted text: the English of the commit the working tree was on when the file was last
 *   written (the HEAD reflog entry in force at the file's modification time), or the English on disk
 *   if HEAD has not moved since and locales/en is older than the edit. Text taken from the other side
 *   of a merge in progress is judged by that side's history.
 * - no repository (or no commit yet): the English on disk, if the locale file was written after it.
 *
 * Anything else is no evidence, and the entry needs review.
 */
export async function gatherEvidence(
  root: string,
  snapshot: ProjectSnapshot,
  unvouched: readonly Unvouched[],
): Promise<Map<string, LanguageEvidence>> {
  const found = new Map<string, Map<string, WriteEvidence>>();
  if (unvouched.length === 0) return found;
  const put = (u: Unvouched, e: WriteEvidence): void => {
    const map = found.get(u.language) ?? new Map<string, WriteEvidence>();
    map.set(`${u.namespace}:${u.key}`, e);
    found.set(u.language, map);
  };
  const repo = await repository(root);
  const byFile = new Map<string, Unvouched[]>();
  for (const u of unvouched) {
    const file = localeFile(u.language, u.namespace);
    byFile.set(file, [...(byFile.get(file) ?? []), u]);
  }
  for (const [file, entries] of byFile) {
    const namespace = entries[0]?.namespace ?? '';
    const diskEnglish = catalogOf(file, snapshot.locales.get(localeFile(snapshot.sourceLanguage, namespace)));
    const times = await fileTimes(root, file, localeFile(snapshot.sourceLanguage, namespace));
    if (!repo) {
      for (const u of entries) put(u, byFileTimes(u, diskEnglish, times));
      continue;
    }
    const history = await fileHistory(repo, file, namespace);
    for (const u of entries) put(u, await repo.judge(u, history, diskEnglish, times));
  }
  return found;
}

interface Times {
  /** The locale file's and the English file's modification times, in ms. */
  readonly file: number | undefined;
  readonly english: number | undefined;
}

async function fileTimes(root: string, file: string, englishFile: string): Promise<Times> {
  const time = (path: string): Promise<number | undefined> =>
    stat(join(root, path)).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
  return { file: await time(file), english: await time(englishFile) };
}

function catalogOf(file: string, text: string | undefined): Catalog | undefined {
  if (text === undefined) return undefined;
  const parsed = parseLocaleFile(file, text);
  return parsed.ok ? parsed.value.catalog : undefined;
}

function byFileTimes(u: Unvouched, diskEnglish: Catalog | undefined, times: Times): WriteEvidence {
  const english = diskEnglish?.get(u.key);
  const after = times.file !== undefined && times.english !== undefined && times.file >= times.english;
  return after && english !== undefined
    ? { english, source: 'file times (no git history): written after locales/en' }
    : { source: 'no git history, and the locale file is not newer than locales/en' };
}

interface Commit {
  readonly id: string;
  /** Parents in the file's simplified history (the nearest earlier commits that touched it). */
  readonly parents: readonly string[];
  readonly authorTime: number;
  readonly commitTime: number;
  readonly author: string;
}

interface FileHistory {
  readonly file: string;
  readonly namespace: string;
  /** Newest first; the first is the version HEAD holds. */
  readonly commits: readonly Commit[];
  readonly byId: ReadonlyMap<string, Commit>;
  /** The file's catalog at each commit (undefined: missing or unreadable). */
  readonly catalogs: Map<string, Catalog | undefined>;
}

interface Repository {
  judge(u: Unvouched, history: FileHistory, diskEnglish: Catalog | undefined, times: Times): Promise<WriteEvidence>;
  readonly root: string;
  readonly shallow: ReadonlySet<string>;
  readCatalogs(file: string, revisions: readonly string[]): Promise<Map<string, Catalog | undefined>>;
}

const short = (id: string): string => id.slice(0, 7);

async function repository(root: string): Promise<Repository | undefined> {
  const head = (await git(root, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
  if (!head) return undefined;
  // Object paths are relative to the repository's top; the project may sit in a folder of it.
  const prefix = (await git(root, ['rev-parse', '--show-prefix']))?.trim() ?? '';
  const shallowFile = (await git(root, ['rev-parse', '--git-path', 'shallow']))?.trim();
  const shallowText = shallowFile ? await readFile(join(root, shallowFile), 'utf8').catch(() => '') : '';
  const shallow = new Set(shallowText.split('\n').filter(Boolean));
  const spec = (revision: string, file: string): string => `${revision}:${prefix}${file}`;
  let reflog: { id: string; time: number }[] | undefined;
  const headMoves = async (): Promise<{ id: string; time: number }[]> => {
    reflog ??= ((await git(root, ['reflog', 'show', '--format=%H %gd', '--date=unix', 'HEAD'])) ?? '')
      .split('\n')
      .map((line) => /^([0-9a-f]+) \S*@\{(\d+)\}$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ id: m[1] ?? '', time: Number(m[2]) }));
    return reflog;
  };
  let rewrittenIndex: Map<string, string[]> | undefined;
  /** Commits anywhere in local history (refs and reflogs) by author and author time: a rewritten commit's originals. */
  const originals = async (commit: Commit): Promise<string[]> => {
    if (!rewrittenIndex) {
      rewrittenIndex = new Map();
      const text = (await git(root, ['log', '--all', '--reflog', '--format=%H%x09%an <%ae>%x09%at'])) ?? '';
      for (const line of text.split('\n')) {
        const [id = '', author = '', at = ''] = line.split('\t');
        if (!id) continue;
        const key = `${author}\u0000${at}`;
        rewrittenIndex.set(key, [...(rewrittenIndex.get(key) ?? []), id]);
      }
    }
    return (rewrittenIndex.get(`${commit.author}\u0000${commit.authorTime}`) ?? []).filter((id) => id !== commit.id);
  };

  const repo: Repository = {
    root,
    shallow,
    async readCatalogs(file, revisions) {
      const texts = await readObjects(
        root,
        revisions.map((r) => spec(r, file)),
      );
      return new Map(revisions.map((r) => [r, catalogOf(file, texts.get(spec(r, file)))]));
    },
    async judge(u, history, diskEnglish, times) {
      const englishFile = localeFile('en', history.namespace);
      const englishAt = async (revision: string): Promise<string | undefined> =>
        (await repo.readCatalogs(englishFile, [revision])).get(revision)?.get(u.key);
      const headCatalog = history.commits[0] ? history.catalogs.get(history.commits[0].id) : undefined;
      const committed = headCatalog?.get(u.key);
      if (committed === u.translation) return fromHistory(u, history, history.commits[0]?.id, englishAt);
      // Taken from the other side of a merge (or pick) in progress: that side's history tells.
      for (const other of ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD']) {
        const id = (await git(root, ['rev-parse', '--verify', '-q', other]))?.trim();
        if (!id) continue;
        const theirs = await fileHistory(repo, history.file, history.namespace, id);
        const start = theirs.commits[0]?.id;
        if (start && theirs.catalogs.get(start)?.get(u.key) === u.translation) return fromHistory(u, theirs, start, englishAt);
      }
      const before = committed ?? '';
      if (times.file === undefined) return { before, change: 'working-tree', source: 'working-tree edit of unknown time' };
      const editedAt = Math.floor(times.file / 1000);
      const moves = await headMoves();
      // The HEAD in force when the file was written; a move in the same second leaves it open.
      const at = moves.find((m) => m.time < editedAt);
      const same = moves.filter((m) => m.time === editedAt);
      const current = moves[0]?.id;
      if (!at && same.length === 0) return { before, change: 'working-tree', source: 'working-tree edit older than any recorded checkout' };
      const candidates = new Set<string | undefined>();
      for (const m of [...same, ...(at ? [at] : [])]) {
        const englishOnDisk = m.id === current && times.english !== undefined && times.english <= times.file;
        candidates.add(englishOnDisk ? diskEnglish?.get(u.key) : await englishAt(m.id));
      }
      const [english] = candidates;
      const where = short(at?.id ?? same[0]?.id ?? '');
      if (candidates.size !== 1 || english === undefined)
        return { before, change: 'working-tree', source: `working-tree edit; the English at the time is unclear (HEAD ${where})` };
      return { english, before, change: 'working-tree', source: `working-tree edit (HEAD was ${where})` };
    },
  };

  /** Follow the text back to the commit that introduced it, and take that commit's English. */
  async function fromHistory(
    u: Unvouched,
    history: FileHistory,
    start: string | undefined,
    englishAt: (revision: string) => Promise<string | undefined>,
  ): Promise<WriteEvidence> {
    const first = start ? history.byId.get(start) : undefined;
    if (!first) return { source: 'no commit holds this text' };
    let origin: Commit = first;
    for (;;) {
      const parents: Commit[] = origin.parents.map((p) => history.byId.get(p)).filter((p): p is Commit => p !== undefined);
      const keeper: Commit | undefined = parents.find((p) => history.catalogs.get(p.id)?.get(u.key) === u.translation);
      if (!keeper) break;
      origin = keeper;
    }
    const before = origin.parents.map((p) => history.catalogs.get(p)?.get(u.key)).find((v) => v !== undefined) ?? '';
    if (shallow.has(origin.id))
      return { before, change: origin.id, source: `commit ${short(origin.id)} is the boundary of a shallow clone: the text may be older` };
    if (origin.authorTime === origin.commitTime) {
      const english = await englishAt(origin.id);
      if (english === undefined) return { before, change: origin.id, source: `commit ${short(origin.id)} has no English for this key` };
      // The same commit brought this English and this text: either may have come first.
      const parents = ((await git(root, ['rev-parse', `${origin.id}^@`])) ?? '').split('\n').filter(Boolean);
      const earlier = await Promise.all(parents.map((id) => englishAt(id)));
      if (earlier.length > 0 && earlier.every((e) => e !== undefined && e !== english)) {
        return {
          before,
          change: origin.id,
          source: `commit ${short(origin.id)} changed this English and this translation together: which came first is unknown`,
        };
      }
      return { english, before, change: origin.id, source: `commit ${short(origin.id)}` };
    }
    // Rewritten: the tree around the text is not the one its author worked in. Only the original says.
    const englishes = new Set<string | undefined>();
    for (const id of await originals(origin)) {
      const catalog = (await repo.readCatalogs(history.file, [id])).get(id);
      if (catalog?.get(u.key) === u.translation) englishes.add(await englishAt(id));
    }
    const [english] = englishes;
    if (englishes.size === 1 && english !== undefined)
      return { english, before, change: origin.id, source: `commit ${short(origin.id)}, rewritten from an original the reflog still has` };
    return {
      before,
      change: origin.id,
      source: `commit ${short(origin.id)} was rewritten (rebase, cherry-pick or amend) and its original is not in this repository`,
    };
  }

  return repo;
}

/** The commits that touched a file, newest first, with their parents in the file's history and the file at each. */
async function fileHistory(repo: Repository, file: string, namespace: string, from = 'HEAD'): Promise<FileHistory> {
  const text = (await git(repo.root, ['log', '--parents', '--format=%H %P%x09%at %ct%x09%an <%ae>', from, '--', file])) ?? '';
  const commits: Commit[] = [];
  for (const line of text.split('\n')) {
    const [ids = '', times = '', author = ''] = line.split('\t');
    const [id, ...parents] = ids.trim().split(' ').filter(Boolean);
    if (!id) continue;
    const [at = '0', ct = '0'] = times.split(' ');
    commits.push({ id, parents, authorTime: Number(at), commitTime: Number(ct), author });
  }
  const catalogs = await repo.readCatalogs(
    file,
    commits.map((c) => c.id),
  );
  return { file, namespace, commits, byId: new Map(commits.map((c) => [c.id, c])), catalogs };
}
