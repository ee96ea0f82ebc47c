import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { canMeasure, GNU_TIME, type Measurement } from '../bench/measure.ts';
import { po4aVersion } from '../bench/po4a.ts';
import { growthRows } from '../bench/profile.ts';
import { compareAt, worktreeOf } from '../bench/compare.ts';
import { measureProject, measureSize, type SizeResult } from '../bench/runs.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { numberOption } from './shared/numbers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const USAGE = `Usage: npm run bench:extract -- [options]

Extraction measured from outside, in separate processes, start-up included (GNU time: CPU seconds
of the process and its children, wall time, peak resident memory of the largest process):

1. npm run extract on a copy of this project: the first run after a source change (the commands
   compiled, the code scanned) and the median of the runs after it;
2. generated projects of realistic text (words of the declaration and its translations, every
   paragraph distinct, documents of 10 to 400 blocks), fully translated into every language, after
   one paragraph's English is edited in every tenth document: npm run extract, and po4a updating the
   same documents' PO files (po4a --no-translations) when po4a is installed (apt-get install po4a).
   Each run on a fresh copy; the median of the runs.

Prints a table and the growth per 10x; writes bench-results/extract.json.

  --sizes N,N,...   paragraphs per project (default 1000,10000,100000)
  --runs N          runs per measurement (default 3)
  --profile         also profile the tool at each size (node --cpu-prof) and print the steps
                    that take the most time with their growth per 10x
  --compare-with REV  measure nothing: run the extraction of git revision REV (checked out in a
                    temporary worktree) and of this tree on the same fresh corpora of --sizes
                    (extract, the English edited, extract, extract --check) and compare every
                    file they wrote byte for byte, and what they printed
  -h, --help        this text

Exit codes: 0 measured (or, comparing, the same); 1 the comparison found differences; 2 bad
options or GNU time missing; 3 a run failed.`;

const SPEC = commandSpec({
  name: 'bench:extract',
  usage: USAGE,
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    'compare-with': { type: 'string' },
  },
});

const s = (m: Measurement | undefined, digits = 2): string => (m ? m.cpuS.toFixed(digits) : '-');
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? '-' : `${(a / b).toFixed(1)}x`;

function table(results: readonly SizeResult[]): string[] {
  const rows = results.map((r) => {
    const { tool, po4a } = r;
    return `| ${r.corpus.paragraphs.toLocaleString('en')} | ${r.corpus.documents} | ${(r.corpus.bytes / 2 ** 20).toFixed(1)} | ${s(r.check)} | ${s(tool)} | ${tool.wallS.toFixed(2)} | ${tool.peakMiB.toFixed(0)} | ${s(po4a)} | ${po4a ? po4a.wallS.toFixed(2) : '-'} | ${po4a ? po4a.peakMiB.toFixed(0) : '-'} | ${ratio(po4a?.cpuS, tool.cpuS)} | ${ratio(po4a?.peakMiB, tool.peakMiB)} |`;
  });
  return [
    '| paragraphs | documents | MiB on disk | extract --check CPU s | extract CPU s | wall s | peak MiB | po4a CPU s | wall s | peak MiB | po4a/extract CPU | po4a/extract memory |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

function growth(results: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    if (!a || !b) continue;
    const per10 = (x: number, y: number): string =>
      `${Math.pow(y / x, 1 / Math.log10(b.corpus.paragraphs / a.corpus.paragraphs)).toFixed(1)}x`;
    const po4a = a.po4a && b.po4a ? `; po4a CPU ${per10(a.po4a.cpuS, b.po4a.cpuS)}, memory ${per10(a.po4a.peakMiB, b.po4a.peakMiB)}` : '';
    lines.push(
      `Growth per 10x from ${a.corpus.paragraphs.toLocaleString('en')} to ${b.corpus.paragraphs.toLocaleString('en')} paragraphs: extract CPU ${per10(a.tool.cpuS, b.tool.cpuS)}, memory ${per10(a.tool.peakMiB, b.tool.peakMiB)}${po4a}.`,
    );
  }
  return lines;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** --compare-with: the other revision's output and this tree's, size by size. */
async function compare(revision: string, sizes: readonly number[], env: CommandEnvironment): Promise<number> {
  const tree = worktreeOf(ROOT, revision);
  try {
    let same = true;
    env.out(`Comparing extract at ${revision} (${tree.commit.slice(0, 12)}) with this tree, on the same fresh corpora:`);
    for (const paragraphs of sizes) {
      const result = await compareAt(ROOT, tree.dir, paragraphs);
      same &&= result.differences.length === 0;
      const at = `${paragraphs.toLocaleString('en')} paragraphs`;
      env.out(
        result.differences.length === 0
          ? `  ${at}: the same ${result.files.toLocaleString('en')} files, byte for byte, and the same output of each step (extract, extract after the English edits, extract --check).`
          : `  ${at}: ${result.differences.length} difference(s):\n${result.differences.map((d) => `    ${d}`).join('\n')}`,
      );
    }
    return same ? EXIT.ok : EXIT.failed;
  } finally {
    tree.remove();
  }
}

async function main(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const sizes = cli.values.sizes.split(',').map((size) => numberOption(size, { min: 10, whole: true }));
  const runs = numberOption(cli.values.runs, { min: 1, whole: true });
  if (!sizes.every((n) => n !== undefined) || runs === undefined) {
    env.err(
      `bench:extract: --sizes takes whole numbers of paragraphs (at least 10) separated by commas, not "${cli.values.sizes}"; --runs a whole number from 1, not "${cli.values.runs}"`,
    );
    return EXIT.broken;
  }
  const revision = cli.values['compare-with'];
  if (revision !== undefined) return compare(revision, sizes, env);
  if (!canMeasure()) {
    env.err(`bench:extract: needs GNU time at ${GNU_TIME} (Debian and Ubuntu: apt-get install time)`);
    return EXIT.broken;
  }
  const po4a = po4aVersion();
  const say = (text: string): void => env.out(text);
  say(
    `Machine: ${cpus().length} CPUs, load average ${load()} (1, 5, 15 min); Node ${process.version}; ${po4a ? `po4a ${po4a}` : 'po4a not installed (apt-get install po4a): this tool only'}.`,
  );
  // The compiled command, built now if the sources changed, so that no timed run includes the build.
  spawnSync(process.execPath, [join(ROOT, 'src/commands/run.mjs'), 'extract', '--help'], { stdio: 'ignore' });

  say('This project: npm run extract ...');
  const project = measureProject(ROOT, runs);
  const projectLine = `This project, npm run extract: ${project.warm.wallS.toFixed(2)} s wall, ${project.warm.cpuS.toFixed(2)} s CPU, ${project.warm.peakMiB.toFixed(0)} MiB (median of ${runs}); the first run after a source change ${project.cold.wallS.toFixed(2)} s wall, ${project.cold.cpuS.toFixed(2)} s CPU.`;
  say(projectLine);

  const results: SizeResult[] = [];
  for (const paragraphs of sizes) {
    say(`${paragraphs.toLocaleString('en')} paragraphs (load ${load()}):`);
    results.push(await measureSize({ root: ROOT, paragraphs, runs, po4a: po4a !== undefined, profile: cli.values.profile, progress: say }));
  }
  const lines = [
    '',
    `After one paragraph's English is edited in every tenth document; median of ${runs} run(s); load average at the end ${load()}.`,
    '',
    ...table(results),
    '',
    ...growth(results),
    projectLine,
  ];
  if (cli.values.profile)
    lines.push(
      '',
      'Profile of extract (self time per function, one run per size):',
      ...growthRows(
        sizes,
        results.map((r) => r.profile ?? new Map<string, number>()),
        15,
      ),
    );
  say(lines.join('\n'));
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const json = { load: loadavg(), node: process.version, po4a, runs, project, sizes: results.map((r) => ({ ...r, profile: undefined })) };
  writeFileSync(join(ROOT, 'bench-results/extract.json'), `${JSON.stringify(json, null, 2)}\n`);
  return EXIT.ok;
}

void runIfMain(import.meta.url, 'bench:extract', main);
