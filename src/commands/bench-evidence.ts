import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeHistory } from '../bench/history.ts';
import { canMeasure, medianOf, timed as measured, type Measurement } from '../bench/measure.ts';
import { planExtraction } from '../core/sync/extraction.ts';
import { gatherEvidence } from '../node/git-evidence.ts';
import { readHistory } from '../node/git-history.ts';
import { installHooks } from '../node/records/install.mjs';
import { locate, readRecords } from '../node/records/records.mjs';
import { takeRecord } from '../node/records/take-record.mjs';
import { readSnapshot } from '../node/project-io.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { numberOption } from './shared/numbers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const USAGE = `Usage: npm run bench:evidence [-- --commits N]

The cost of the evidence of which English a translation answers to, on a copy of this project in a
repository with N commits (default 1000; made with git fast-import): a git hook's record at a HEAD
move, a command's record, reading the history once, the evidence for every translation the sync
state does not vouch for, and npm run status and extract --check as npm runs them, with and without
such translations. Prints a table: medians of 5 runs, wall time and CPU time (a separate process: with the
git processes it waits for, by GNU time; in process: this process's own).

  --commits N   how many commits (at least 2)
  -h, --help    this text

Exit codes: 0 measured; 2 bad options or GNU time missing; 3 a run failed.`;

const SPEC = commandSpec({ name: 'bench:evidence', usage: USAGE, options: { commits: { type: 'string', default: '1000' } } });

interface Row {
  readonly what: string;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** In this process: median wall time, and median CPU time of this process alone. */
async function inProcess(what: string, task: () => Promise<unknown>): Promise<Row> {
  const runs: Measurement[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    await task();
    const used = process.cpuUsage(cpu);
    runs.push({ wallS: (performance.now() - started) / 1000, cpuS: (used.user + used.system) / 1e6, peakMiB: 0 });
  }
  const m = medianOf(runs);
  return { what, wallMs: m.wallS * 1000, cpuMs: m.cpuS * 1000 };
}

/** A separate process, measured by GNU time with every process it waits for. */
function outside(what: string, command: readonly string[], cwd: string): Row {
  const m = medianOf(Array.from({ length: 5 }, () => measured(command, cwd)));
  return { what, wallMs: m.wallS * 1000, cpuMs: m.cpuS * 1000 };
}

/** A command as npm runs it (the compiled extract and status, src/commands/run.mjs). */
const command = (name: 'extract' | 'status', args: readonly string[] = []): string[] => [
  process.execPath,
  join(ROOT, 'src/commands/run.mjs'),
  name,
  ...args,
];

async function main(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const commits = numberOption(cli.values.commits, { min: 2, whole: true });
  if (commits === undefined) {
    env.err(`bench:evidence: --commits takes a whole number of at least 2, not "${cli.values.commits}"`);
    return EXIT.broken;
  }
  if (!canMeasure()) {
    env.err('bench:evidence: GNU time (/usr/bin/time, Debian package time) is needed to measure processes from outside');
    return EXIT.broken;
  }
  const dir = await mkdtemp(join(tmpdir(), 'nordefco-bench-evidence-'));
  try {
    await makeCopy(dir, commits, env);
    const log = (await locate(dir)).log;
    const rows = [...(await measureUnvouched(dir, log)), ...(await measureVouched(dir, log))];
    env.out(`| ${'what'.padEnd(66)} | wall ms |  CPU ms |`);
    env.out(`|${'-'.repeat(68)}|---------|---------|`);
    for (const row of rows)
      env.out(`| ${row.what.padEnd(66)} | ${row.wallMs.toFixed(0).padStart(7)} | ${row.cpuMs.toFixed(0).padStart(7)} |`);
    return EXIT.ok;
  } catch (error) {
    env.err(`bench:evidence: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unexpected;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** This project with `commits` commits in `dir`, its hooks set up as npm install sets them: each step timed. */
async function makeCopy(dir: string, commits: number, env: CommandEnvironment): Promise<void> {
  let started = performance.now();
  await writeHistory(ROOT, dir, commits);
  env.out(`A copy of this project with ${commits} commits, in ${(performance.now() - started).toFixed(0)} ms (git fast-import).`);
  started = performance.now();
  await installHooks(dir);
  env.out(`npm install's hook set-up and first record: ${(performance.now() - started).toFixed(0)} ms.\n`);
}

/** The steps of the evidence, and status, while translations the sync state does not vouch for wait for it. */
async function measureUnvouched(dir: string, log: string): Promise<Row[]> {
  const snapshot = await readSnapshot(dir);
  const plan = planExtraction(snapshot);
  const paths = [
    ...new Set(
      plan.unvouched.flatMap((u) => [
        `locales/${u.language}/${u.namespace}.json`,
        `locales/en/${u.namespace}.json`,
        `locales/.sync/${u.language}/${u.namespace}.json`,
      ]),
    ),
  ];
  const unvouched = plan.unvouched.length;
  return [
    // What the machine gives a process and a git call right now: the figures below read against these.
    outside('reference: node start-up alone', [process.execPath, '-e', ''], dir),
    outside('reference: git rev-parse HEAD', ['git', 'rev-parse', 'HEAD'], dir),
    outside(
      'git hook at a HEAD move (node hook.mjs)',
      [process.execPath, join(dir, 'src/node/records/hook.mjs'), 'post-checkout', 'HEAD', 'HEAD', '1'],
      dir,
    ),
    await inProcess("a command's record (in process)", () => takeRecord(dir, { hook: 'bench', files: snapshot.locales })),
    await inProcess('fold the records (in process)', () => readRecords(log)),
    await inProcess(`read the history of ${paths.length} files at every commit (in process)`, () => readHistory(dir, paths)),
    await inProcess(`evidence for ${unvouched} unvouched translations (in process)`, () => gatherEvidence(dir, plan)),
    outside(`npm run status, ${unvouched} unvouched`, command('status', ['--summary']), dir),
  ];
}

/** After an extract has vouched for every translation: the commands, and the fold of a long log. */
async function measureVouched(dir: string, log: string): Promise<Row[]> {
  const extracted = spawnSync(process.execPath, command('extract', ['--quiet']).slice(1), { cwd: dir, encoding: 'utf8' });
  if (extracted.status !== 0) throw new Error(`extract failed (exit ${String(extracted.status)}):\n${extracted.stderr}`);
  const rows = [
    outside('npm run extract -- --check, every translation vouched', command('extract', ['--check', '--quiet']), dir),
    outside('npm run status, every translation vouched', command('status', ['--summary']), dir),
  ];
  // A working tree that has moved a thousand times: the fold reads a long log.
  const line = `${JSON.stringify({ h: 'post-checkout', e: {}, b: {}, l: {}, c: ['0'.repeat(40)] })}\n`;
  await appendFile(log, line.repeat(1000));
  rows.push(await inProcess('fold the records after 1000 more records (in process)', () => readRecords(log)));
  return rows;
}

void runIfMain(import.meta.url, 'bench:evidence', main);
