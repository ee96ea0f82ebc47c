import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureEvidence } from '../bench/evidence.ts';
import { canMeasure } from '../bench/measure.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { numberOption } from './shared/numbers.ts';

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
    const rows = await measureEvidence(dir, commits, (line) => env.out(line));
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

void runIfMain(import.meta.url, 'bench:evidence', main);
