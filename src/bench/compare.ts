import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { editEnglish, writeCorpus, type Corpus } from './corpus.ts';

/**
 * bench:extract --compare-with REV: the extraction of another revision (built in a temporary git
 * worktree) and of this tree run on the same generated corpora, in the same folder one after the
 * other (so that any path they print is the same), and everything they wrote compared byte for byte:
 * every file of the project, the records log included, and what each step printed and its exit code.
 * The steps are those of bench:extract and a maintainer's day: extract on the corpus as generated,
 * the English edited in every tenth document, extract, then extract --check.
 */
export interface Comparison {
  readonly paragraphs: number;
  readonly files: number;
  /** What differs, by file or step; empty when the two wrote and printed the same. */
  readonly differences: readonly string[];
}

interface Step {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Check out `revision` into a temporary worktree that uses this tree's packages; removed by the returned function. */
export function worktreeOf(root: string, revision: string): { dir: string; commit: string; remove: () => void } {
  const git = (...args: string[]): string => {
    const run = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.trim()}`);
    return run.stdout.trim();
  };
  const commit = git('rev-parse', '--verify', `${revision}^{commit}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'nordefco-compare-')), 'tree');
  git('worktree', 'add', '--detach', dir, commit);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    commit,
    remove: () => {
      spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
      rmSync(join(dir, '..'), { recursive: true, force: true });
      spawnSync('git', ['worktree', 'prune'], { cwd: root });
    },
  };
}

/** The project's extract as the tree `code` runs it (its launcher, or tsx for a revision from before it). */
function extractCommand(code: string): string[] {
  return existsSync(join(code, 'src/commands/run.mjs'))
    ? [process.execPath, join(code, 'src/commands/run.mjs'), 'extract']
    : [join(code, 'node_modules/.bin/tsx'), join(code, 'src/commands/extract.ts')];
}

/** The maintainer's steps on a fresh copy of `base` at `dir`, with the code of `code`. */
async function runSteps(code: string, base: string, dir: string, corpus: Corpus): Promise<Step[]> {
  rmSync(dir, { recursive: true, force: true });
  const copy = spawnSync('cp', ['-a', base, dir]);
  if (copy.status !== 0) throw new Error(`cp -a ${base} ${dir} failed`);
  const [program = '', ...command] = extractCommand(code);
  const step = (args: readonly string[]): Step => {
    const run = spawnSync(program, [...command, ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { args, status: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  const steps = [step([])];
  await editEnglish(dir, corpus);
  steps.push(step([]), step(['--check']));
  return steps;
}

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile: () => boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function differences(
  oldDir: string,
  newDir: string,
  oldSteps: readonly Step[],
  newSteps: readonly Step[],
): { files: number; found: string[] } {
  const found: string[] = [];
  oldSteps.forEach((old, i) => {
    const now = newSteps[i];
    const name = `extract ${old.args.join(' ')}`.trim();
    if (!now || now.status !== old.status) found.push(`${name}: exit ${String(old.status)} before, ${String(now?.status)} now`);
    else if (now.stdout !== old.stdout) found.push(`${name}: its output differs`);
    else if (now.stderr !== old.stderr) found.push(`${name}: its messages differ`);
  });
  const [before, after] = [new Set(filesUnder(oldDir)), new Set(filesUnder(newDir))];
  const all = [...new Set([...before, ...after])].sort();
  for (const path of all) {
    if (!before.has(path)) found.push(`${path}: written only now`);
    else if (!after.has(path)) found.push(`${path}: written only before`);
    else if (!readFileSync(join(oldDir, path)).equals(readFileSync(join(newDir, path)))) found.push(`${path}: differs`);
  }
  return { files: all.length, found };
}

/** Both extractions on one fresh corpus of `paragraphs`, compared. */
export async function compareAt(root: string, oldCode: string, paragraphs: number): Promise<Comparison> {
  const work = mkdtempSync(join(tmpdir(), 'nordefco-compare-corpus-'));
  try {
    const base = join(work, 'base');
    const corpus = await writeCorpus(base, root, paragraphs);
    const run = join(work, 'run');
    const oldSteps = await runSteps(oldCode, base, run, corpus);
    renameSync(run, join(work, 'old'));
    const newSteps = await runSteps(root, base, run, corpus);
    const { files, found } = differences(join(work, 'old'), run, oldSteps, newSteps);
    return { paragraphs, files, differences: found };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
