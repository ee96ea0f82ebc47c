import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editEnglish, writeCorpus, type Corpus } from './corpus.ts';
import { medianOf, timed, type Measurement } from './measure.ts';
import { PO4A_UPDATE, preparePo4a } from './po4a.ts';
import { summariseProfile, type ProfileSummary } from './profile.ts';

/**
 * The runs of bench:extract. The tool runs as `npm run extract` does (src/commands/run.mjs, the
 * compiled command, with the Node options package.json's script gives it), in a separate process,
 * start-up included. Every timed run starts from a fresh copy of the prepared tree, so that no run
 * finds the work of another done.
 */
const toolCommand = (root: string, args: readonly string[] = []): string[] => [
  process.execPath,
  ...nodeOptions(root),
  join(root, 'src/commands/run.mjs'),
  'extract',
  '--quiet',
  ...args,
];

/** The options `npm run extract` gives Node (package.json: `node --option=value … src/commands/run.mjs extract`). */
function nodeOptions(root: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const words = (scripts?.['extract'] ?? '').split(' ');
  return words.slice(1, words.indexOf('src/commands/run.mjs')).filter((word) => word.startsWith('--'));
}

/** A fresh copy of a tree, times kept (po4a compares them). */
function copyOf(dir: string, name: string): string {
  const to = join(dir, '..', name);
  rmSync(to, { recursive: true, force: true });
  const copy = spawnSync('cp', ['-a', dir, to]);
  if (copy.status !== 0) throw new Error(`cp -a ${dir} ${to} failed: ${copy.stderr.toString()}`);
  return to;
}

export interface SizeResult {
  readonly corpus: Corpus;
  /** extract --check on the corpus as generated: nothing to do (proves the corpus is in sync). */
  readonly check: Measurement;
  /** extract after the English edits, median of the runs. */
  readonly tool: Measurement;
  readonly po4a?: Measurement;
  /** Self time by function of one more run of the tool, with --profile. */
  readonly profile?: ProfileSummary;
}

export interface SizeOptions {
  readonly root: string;
  readonly paragraphs: number;
  readonly runs: number;
  readonly po4a: boolean;
  readonly profile: boolean;
  readonly progress: (text: string) => void;
}

/** Generate a corpus of this size, then time the tool (and po4a) updating it after the English edits. */
export async function measureSize(options: SizeOptions): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), 'nordefco-bench-'));
  try {
    const base = join(work, 'base');
    const corpus = await writeCorpus(base, options.root, options.paragraphs);
    if (options.po4a) {
      options.progress(`  po4a extracts the corpus once, to set up its PO files (not timed)`);
      await preparePo4a(base);
    }
    const check = timed(toolCommand(options.root, ['--check']), base);
    const tool: Measurement[] = [];
    const po4a: Measurement[] = [];
    const edited = async (name: string): Promise<string> => {
      const dir = copyOf(base, name);
      await editEnglish(dir, corpus);
      return dir;
    };
    for (let run = 1; run <= options.runs; run++) {
      options.progress(`  run ${run} of ${options.runs}`);
      tool.push(timed(toolCommand(options.root), await edited('tool')));
      if (options.po4a) po4a.push(timed(PO4A_UPDATE, await edited('po4a')));
    }
    let profile: ProfileSummary | undefined;
    if (options.profile) {
      const dir = await edited('profile');
      const prof = join(work, 'cpu-profile');
      const [node = '', ...args] = toolCommand(options.root);
      const run = spawnSync(node, ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir', prof, ...args], {
        cwd: dir,
        stdio: 'ignore',
      });
      if (run.status !== 0) throw new Error(`the profiled extraction failed in ${dir}`);
      profile = summariseProfile(prof);
    }
    return {
      corpus,
      check,
      tool: medianOf(tool),
      ...(options.po4a ? { po4a: medianOf(po4a) } : {}),
      ...(profile ? { profile } : {}),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface ProjectResult {
  /** The first run after the sources changed: the commands compiled, the code scanned with TypeScript. */
  readonly cold: Measurement;
  /** Median of the runs after it. */
  readonly warm: Measurement;
}

/** `npm run extract` on a copy of this project (node_modules shared), as a translator runs it after an edit. */
export function measureProject(root: string, runs: number): ProjectResult {
  const work = mkdtempSync(join(tmpdir(), 'nordefco-bench-project-'));
  try {
    for (const entry of ['src', 'locales', 'package.json']) cpSync(join(root, entry), join(work, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
    const npm = ['npm', 'run', '--silent', 'extract', '--', '--quiet'];
    const cold = timed(npm, work);
    const warm: Measurement[] = [];
    for (let run = 0; run < runs; run++) warm.push(timed(npm, work));
    return { cold, warm: medianOf(warm) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
