import { rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { textFingerprint } from '../../src/core/common/hash.ts';
import { planProject } from '../../src/node/plan.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { fileVersion } from '../../src/node/save-translations.ts';
import { writeJournal } from '../../src/node/transaction.ts';
import { devSaveServer } from './dev-save.ts';
import type { GitProject } from './git-project.ts';

/**
 * The people and the git operations of the collaboration property test (test/integration/collaboration-property.test.ts):
 * what each step does to a real repository, and what the test knows about every translation written.
 */
export interface Truth {
  /** Translation text -> the paragraph it was written for (texts are unique). */
  readonly owner: Map<string, string>;
  /** Translation text -> every English (as locales/en showed it) it was written or confirmed against. */
  readonly against: Map<string, Set<string>>;
  /** Texts written after their English arrived and judged current at once -> that English. */
  readonly legitimate: Map<string, string>;
  /** Of those, the ones committed together with the sync state that vouches for them. */
  readonly committed: Set<string>;
  counter: number;
  englishVersion: number;
}

export const newTruth = (): Truth => ({
  owner: new Map(),
  against: new Map(),
  legitimate: new Map(),
  committed: new Set(),
  counter: 0,
  englishVersion: 0,
});

export const DA_FILE = 'locales/da/doc.json';
export const DOC_FILE = 'src/documents/doc.md';

export async function flat(p: GitProject, path: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await p.read(path)) as Record<string, string>;
  } catch {
    return {};
  }
}

export const otherBranch = (p: GitProject): string => (p.git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main' ? 'side' : 'main');
export const hasBranch = (p: GitProject, branch: string): boolean => p.tryGit('rev-parse', '--verify', '-q', branch) === 0;

/** Commit what is there (as before a merge, a rebase or a switch), then the other branch: undefined when there is none yet. */
export async function commitForOther(p: GitProject, truth: Truth, message: string): Promise<string | undefined> {
  await commitAll(p, truth, message);
  const target = otherBranch(p);
  return hasBranch(p, target) ? target : undefined;
}

/** A new text for one paragraph, written against the English locales/en shows now; undefined when there is none. */
export async function writeTranslation(p: GitProject, id: string, truth: Truth): Promise<string | undefined> {
  const english = (await flat(p, 'locales/en/doc.json'))[id];
  if (english === undefined) return undefined;
  const text = `Oversættelse ${++truth.counter} af ${id}.`;
  truth.owner.set(text, id);
  truth.against.set(text, new Set([english]));
  await p.setValue(DA_FILE, id, text);
  return text;
}

/** Resolve every conflicted file by taking one side, as a hurried person does. */
export function takeSide(p: GitProject, side: 'ours' | 'theirs'): void {
  for (const file of p.git('diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean))
    p.git('checkout', `--${side}`, '--', file);
}

/** Commit whatever is there, and note the legitimate translations whose vouching state goes with them. */
export async function commitAll(p: GitProject, truth: Truth, message: string): Promise<void> {
  const da = await flat(p, DA_FILE);
  const state =
    ((await flat(p, 'locales/.sync/da/doc.json')) as unknown as { entries?: Record<string, { from?: string; seen: string }> }).entries ??
    {};
  for (const [id, text] of Object.entries(da)) {
    const english = truth.legitimate.get(text);
    if (english !== undefined && state[id]?.seen === textFingerprint(text) && state[id]?.from === english) truth.committed.add(text);
  }
  p.commitAll(message);
}

export async function squashMerge(p: GitProject, truth: Truth, side: 'ours' | 'theirs'): Promise<boolean> {
  const target = await commitForOther(p, truth, 'before squash');
  if (target === undefined) return false;
  if (p.tryGit('merge', '-q', '--squash', target) !== 0) takeSide(p, side);
  p.git('add', '-A');
  p.git('commit', '-q', '--allow-empty', '-m', `squash ${target}`);
  return true;
}

export async function stashPop(p: GitProject): Promise<boolean> {
  if (!hasBranch(p, 'refs/stash')) return false;
  if (p.tryGit('stash', 'pop', '-q') !== 0) {
    // The popped side wins; the index is left as it was, the entry dropped as pop would.
    takeSide(p, 'theirs');
    p.git('reset', '-q');
    p.tryGit('stash', 'drop', '-q');
  }
  return true;
}

/** Rewrite the Danish file whole (an editor's "save all", a formatter), dated into the future or the past. */
export async function resave(p: GitProject, days: number): Promise<boolean> {
  const da = await flat(p, DA_FILE);
  if (Object.keys(da).length === 0) return false;
  await writeFile(join(p.dir, DA_FILE), `${JSON.stringify(da, null, 4)}\n`);
  const at = Date.now() / 1000 + days * 24 * 3600;
  await utimes(join(p.dir, DA_FILE), at, at);
  return true;
}

/** Save a new translation of one paragraph through the development server's route, as the page does. */
export async function saveThroughDevServer(p: GitProject, id: string, truth: Truth): Promise<boolean> {
  const english = (await flat(p, 'locales/en/doc.json'))[id];
  const text = await p.read(DA_FILE).catch(() => undefined);
  if (english === undefined || text === undefined) return false;
  const translation = `Oversættelse ${++truth.counter} af ${id} (gemt).`;
  const server = await devSaveServer(p.dir);
  try {
    const saved = await server.save({ language: 'da', namespace: 'doc', key: id, translation, from: english, version: fileVersion(text) });
    if (saved.status !== 200) return false;
  } finally {
    await server.close();
  }
  truth.owner.set(translation, id);
  truth.against.set(translation, new Set([english]));
  return true;
}

/** What a SIGKILL during an extract's write phase leaves: the journal and some of the files. */
export async function killedExtract(p: GitProject, after: number): Promise<boolean> {
  const plan = await planProject(p.dir, await readSnapshot(p.dir));
  if (plan.fatal.length > 0 || plan.writes.size === 0) return false;
  const entries = await writeJournal(p.dir, plan.writes, 'npm run extract');
  for (const entry of entries.slice(0, after)) {
    if (entry.content === null) await rm(join(p.dir, entry.path), { force: true });
    else await writeFile(join(p.dir, entry.path), entry.content);
  }
  return true;
}

/**
 * The everyday flow in whatever state the repository is: extract, edit one paragraph against the
 * English of now, extract. The edit must count as translated at once: a false stale is a defect too.
 */
export async function legitimateEdit(p: GitProject, id: string, truth: Truth): Promise<boolean> {
  if ((await p.extract()).code > 1) return false;
  const english = (await flat(p, 'locales/en/doc.json'))[id];
  const text = await writeTranslation(p, id, truth);
  if (text === undefined || english === undefined) return false;
  const run = await p.extract();
  expect(run.code, run.err).toBeLessThanOrEqual(1);
  expect((await p.statuses('da'))[`doc:${id}`], `"${text}", written against "${english}" after an extract, is not current`).toBe(
    'translated',
  );
  truth.legitimate.set(text, english);
  return true;
}
