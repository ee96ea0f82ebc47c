import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BLOCKS, gitProject, reviseEnglishOn, stateOf, translatedRepo, TWO_OLD_EDIT, TWO_V2, type GitProject } from './git-project.ts';

/**
 * The scenario the evidence tests share (real git, real hooks): Danish complete and current on main,
 * then the English of `two` revised, and a Danish `two` made before or after that English arrived.
 * Each test says what git did in between; the verdicts are read the same way everywhere.
 */

/** The English of `two` before the revision. */
export const TWO_V1 = BLOCKS[1]?.[1] ?? '';
/** The Danish locale file. */
export const DA_FILE = 'locales/da/doc.json';
const DAY = 24 * 3600;

/** Danish current on main, the revised English of `two` waiting on branch maint; on main. */
export async function englishWaiting(): Promise<GitProject> {
  const p = await translatedRepo();
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  return p;
}

/** The pull: main takes the revised English waiting on maint. */
export function pull(p: GitProject): void {
  p.git('merge', '-q', '--ff-only', 'maint');
}

/** main takes the revised English of `two` at once (made on maint, fast-forwarded). */
export async function reviseEnglishOnMain(p: GitProject): Promise<void> {
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  pull(p);
}

/** Danish current on main, `two` edited (unrecorded) to `text`, then the pull of the revised English. */
export async function editedBeforePull(text: string): Promise<GitProject> {
  const p = await englishWaiting();
  await p.setValue(DA_FILE, 'two', text);
  pull(p);
  return p;
}

/** A translator's clone; on origin a colleague's branch `da-old` with `two` edited against the English before its revision. */
export async function colleagueBranch(): Promise<GitProject> {
  const origin = await translatedRepo();
  origin.git('checkout', '-q', '-b', 'da-old');
  await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  origin.git('commit', '-q', '-am', 'colleague: Danish two, no extract');
  origin.git('checkout', '-q', 'main');
  const p = await gitProject({ cloneOf: origin });
  await reviseEnglishOnMain(origin);
  p.git('pull', '-q', '--ff-only');
  return p;
}

/**
 * A translator's clone that merged a colleague's branch made elsewhere (`two` edited, no extract run),
 * extracted: nothing vouches for the colleague's text, so the state holds it unverified.
 */
export async function colleagueMerged(): Promise<GitProject> {
  const origin = await translatedRepo();
  origin.git('checkout', '-q', '-b', 'da-colleague');
  await origin.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
  origin.commitAll('colleague: Danish two, no extract');
  origin.git('checkout', '-q', 'main');
  const p = await gitProject({ cloneOf: origin });
  p.git('merge', '-q', 'origin/da-colleague');
  expect((await p.extract()).code).toBe(0);
  expect(await stateOf(p, 'two')).toMatchObject({ unverified: true });
  return p;
}

/** A translator's clone of a project whose origin has since revised the English of `two` on main. */
export async function cloneBehind(options: { readonly hooks?: boolean } = {}): Promise<GitProject> {
  const origin = await translatedRepo();
  const clone = await gitProject({ cloneOf: origin, ...options });
  await reviseEnglishOnMain(origin);
  return clone;
}

/** Move a file's modification time by `seconds` from now (a clock ahead, a touch, an archive's old date). */
export async function touch(p: GitProject, path: string, seconds: number): Promise<void> {
  const at = Date.now() / 1000 + seconds;
  await utimes(join(p.dir, path), at, at);
}

/** Run extract; `one` and `three` must stay translated. Returns `two`'s status and the English its state names. */
async function extractedTwo(p: GitProject): Promise<{ status: string | undefined; from: string | undefined }> {
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  const statuses = await p.statuses('da');
  expect(statuses).toMatchObject({ 'doc:one': 'translated', 'doc:three': 'translated' });
  return { status: statuses['doc:two'], from: (await stateOf(p, 'two'))?.from };
}

/**
 * `two` stale, answering to the old English, after extract; the file dated first after every move git
 * made (the harness dates its commits a day ahead), as a re-save or a clock ahead would: time decides nothing.
 */
export async function expectTwoStale(p: GitProject): Promise<void> {
  await touch(p, DA_FILE, 2 * DAY);
  expect(await extractedTwo(p)).toEqual({ status: 'stale', from: TWO_V1 });
}

/** `two` current, made from the revised English, after extract. */
export async function expectTwoCurrent(p: GitProject): Promise<void> {
  expect(await extractedTwo(p)).toEqual({ status: 'translated', from: TWO_V2 });
}

/**
 * On maint (the revised English of `two`), Danish `two` confirmed by `confirm` (by default `--confirm`), not
 * committed: current there. The Danish state is the same file on main, so a checkout of main carries the change.
 */
export async function confirmedOnMaint(confirm?: (p: GitProject) => Promise<void>): Promise<GitProject> {
  const p = await englishWaiting();
  p.git('checkout', '-q', 'maint');
  await expectTwoStale(p);
  if (confirm) await confirm(p);
  else expect((await p.extract('--confirm', 'da:doc:two')).code).toBe(0);
  expect((await p.statuses('da'))['doc:two']).toBe('translated');
  return p;
}
