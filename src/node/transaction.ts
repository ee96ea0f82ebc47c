import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fingerprint } from '../core/common/hash.ts';
import { LOCALES_DIR, STATE_DIR } from '../core/common/paths.ts';
import { alive } from './processes.ts';
import { BrokenInput, readOptional, writeAtomic } from './project-io.ts';

/**
 * Whole runs or nothing. A run that writes several files first writes a journal of every file's new
 * content (and a fingerprint of the old one), then the files, then removes the journal. Killed at any
 * moment, it leaves each file old or new and the journal behind; the next command, under the lock,
 * completes the run from the journal before it reads anything, so the result is what an uninterrupted
 * run would have given. A file someone changed in between is left as they left it.
 */
export const JOURNAL = `${STATE_DIR}/.journal`;

export interface JournalEntry {
  readonly path: string;
  readonly content: string | null;
  /** Fingerprint of the file before the run; null when there was none. */
  readonly before: string | null;
}

interface Journal {
  readonly command: string;
  readonly writes: readonly JournalEntry[];
}

export interface Recovery {
  readonly recovered: boolean;
  readonly message: string;
}

const TEMPORARY = /\.(\d+)\.(\d+)\.tmp$/;

/** What is on disk at a path: its text, undefined for no file, NOT_TEXT for bytes that are not UTF-8 (they equal no text a run wrote). */
const NOT_TEXT = Symbol('not UTF-8');
type OnDisk = string | undefined | typeof NOT_TEXT;

async function onDisk(path: string): Promise<OnDisk> {
  try {
    return await readOptional(path);
  } catch (error) {
    if (error instanceof BrokenInput) return NOT_TEXT;
    throw error;
  }
}

const version = (now: OnDisk | null): string | null =>
  now === undefined || now === null ? null : now === NOT_TEXT ? 'not-utf-8' : fingerprint(now);

/** Whether a file is still exactly what a writer read of it (null: that there was none). */
const unchanged = (now: OnDisk, read: string | null): boolean => (now === undefined ? read === null : now === read);

async function apply(root: string, path: string, content: string | null): Promise<void> {
  if (content === null) await rm(join(root, path), { force: true });
  else await writeAtomic(join(root, path), content);
}

export interface CommitRequest {
  /** The command, as the journal and a recovery name it. */
  readonly command: string;
  /** What the writer read of every file it replaces, by path (null: there was no file). */
  readonly read: ReadonlyMap<string, string | null>;
}

/**
 * Written, with the files found changed between the last check and their own write (kept as they were
 * found); or refused, nothing written, naming the files that changed since the writer read them.
 */
export type Committed =
  { readonly ok: true; readonly kept: readonly string[] } | { readonly ok: false; readonly changed: readonly string[] };

/**
 * Write a run's files as one (see JOURNAL), and only over what the writer read: a file changed since
 * then, by a person or by a command that took the lock while this one was stopped, refuses the whole
 * run before anything is written. Each file is checked again just before its own write; one changed in
 * that instant is left as it was found and named. Paths are relative to the project root; null removes.
 */
export async function commitWrites(root: string, writes: ReadonlyMap<string, string | null>, request: CommitRequest): Promise<Committed> {
  const read = (path: string): string | null => {
    const text = request.read.get(path);
    if (text === undefined) throw new Error(`commitWrites: nothing says what was read of ${path}`);
    return text;
  };
  const changed: string[] = [];
  for (const path of writes.keys()) if (!unchanged(await onDisk(join(root, path)), read(path))) changed.push(path);
  if (changed.length > 0) return { ok: false, changed };
  if (writes.size === 0) return { ok: true, kept: [] };
  const entries = await writeJournal(root, writes, request.command, request.read);
  const kept: string[] = [];
  for (const entry of entries) {
    if (unchanged(await onDisk(join(root, entry.path)), read(entry.path))) await apply(root, entry.path, entry.content);
    else kept.push(entry.path);
  }
  await rm(join(root, JOURNAL), { force: true });
  return { ok: true, kept };
}

/**
 * The first step of commitWrites: the journal of the run, before any file is touched. `before` is what
 * the writer read of each file; without it, what is on disk now.
 */
export async function writeJournal(
  root: string,
  writes: ReadonlyMap<string, string | null>,
  command: string,
  before?: ReadonlyMap<string, string | null>,
): Promise<readonly JournalEntry[]> {
  const entries: JournalEntry[] = [];
  for (const [path, content] of writes) {
    const old = before?.has(path) ? (before.get(path) ?? null) : await onDisk(join(root, path));
    entries.push({ path, content, before: version(old) });
  }
  const journal: Journal = { command, writes: entries };
  await writeAtomic(join(root, JOURNAL), JSON.stringify(journal));
  return entries;
}

/**
 * Temporary files of writeAtomic left by a killed process (its own naming, a dead pid): ours to remove.
 * locales/ is searched through; other folders a run wrote into only at their top.
 */
function strayTemporaries(root: string, journalDirs: readonly string[]): string[] {
  const found = new Set<string>();
  const search = [{ dir: LOCALES_DIR, recursive: true }, ...journalDirs.map((dir) => ({ dir, recursive: false }))];
  for (const { dir, recursive } of search) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir), { recursive }).map(String);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMPORARY.exec(name);
      if (m && Number(m[1]) !== process.pid && !alive(Number(m[1])))
        found.add(
          relative(root, join(root, dir, name))
            .split(sep)
            .join('/'),
        );
    }
  }
  return [...found];
}

/** Complete an interrupted run, if any, and clear what it left. Call holding the project lock. */
export async function recoverInterrupted(root: string): Promise<Recovery> {
  const text = await readOptional(join(root, JOURNAL));
  let journal: Journal | undefined;
  try {
    journal = text === undefined ? undefined : (JSON.parse(text) as Journal);
  } catch {
    // Written through a rename, a journal is whole or absent; anything else is not ours to act on.
    journal = undefined;
  }
  const strays = strayTemporaries(root, [...new Set((journal?.writes ?? []).map((w) => dirname(w.path)))]);
  for (const path of strays) await rm(join(root, path), { force: true });
  if (!journal) {
    if (text !== undefined) await rm(join(root, JOURNAL), { force: true });
    return strays.length > 0
      ? { recovered: true, message: `Removed ${strays.length} temporary file(s) an interrupted command left behind.` }
      : { recovered: false, message: '' };
  }
  const completed: string[] = [];
  const kept: string[] = [];
  for (const entry of journal.writes) {
    const now = await onDisk(join(root, entry.path));
    if ((now ?? null) === entry.content) continue;
    if (version(now) === entry.before) {
      await apply(root, entry.path, entry.content);
      completed.push(entry.path);
    } else kept.push(entry.path);
  }
  await rm(join(root, JOURNAL), { force: true });
  const lines = [
    `Recovered from an interrupted \`${journal.command}\`: completed ${completed.length} of its ${journal.writes.length} file(s)${strays.length > 0 ? `, removed ${strays.length} temporary file(s)` : ''}.`,
  ];
  if (kept.length > 0) lines.push(`Left as they are, since they changed after the interruption: ${kept.join(', ')}.`);
  return { recovered: true, message: lines.join('\n') };
}
