import { spawnSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planExtraction } from '../core/sync/extraction.ts';
import { gatherEvidence } from '../node/git-evidence.ts';
import { readHistory } from '../node/git-history.ts';
import { installHooks } from '../node/records/install.mjs';
import { locate, readRecords } from '../node/records/records.mjs';
import { takeRecord } from '../node/records/take-record.mjs';
import { readSnapshot } from '../node/project-io.ts';
import { writeHistory } from './history.ts';
import { medianOf, timed as measured, type Measurement } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * What bench:evidence measures, on a copy of this project with `commits` commits made in `dir`: each step of
 * the evidence, and the commands as npm runs them, with and without translations the sync state does not
 * vouch for. `say` is told how the copy was made.
 */
export async function measureEvidence(dir: string, commits: number, say: (line: string) => void): Promise<Row[]> {
  await makeCopy(dir, commits, say);
  const log = (await locate(dir)).log;
  return [...(await measureUnvouched(dir, log)), ...(await measureVouched(dir, log))];
}

export interface Row {
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

/** This project with `commits` commits in `dir`, its hooks set up as npm install sets them: each step timed. */
async function makeCopy(dir: string, commits: number, say: (line: string) => void): Promise<void> {
  let started = performance.now();
  await writeHistory(ROOT, dir, commits);
  say(`A copy of this project with ${commits} commits, in ${(performance.now() - started).toFixed(0)} ms (git fast-import).`);
  started = performance.now();
  await installHooks(dir);
  say(`npm install's hook set-up and first record: ${(performance.now() - started).toFixed(0)} ms.\n`);
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
