import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One command measured from outside, as a user runs it: GNU time (Debian package `time`) reports
 * the wall time, the CPU seconds of the process and every process it waited for (po4a's msgmerge,
 * the tool's git), and the peak resident memory of the largest of them.
 */
export interface Measurement {
  readonly wallS: number;
  readonly cpuS: number;
  readonly peakMiB: number;
}

export const GNU_TIME = '/usr/bin/time';

export function canMeasure(): boolean {
  return existsSync(GNU_TIME);
}

export function timed(command: readonly string[], cwd: string): Measurement {
  const dir = mkdtempSync(join(tmpdir(), 'nordefco-time-'));
  try {
    const out = join(dir, 'time');
    const [program = '', ...args] = command;
    const run = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', out, '--', program, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (run.status !== 0)
      throw new Error(`${command.join(' ')} failed (exit ${String(run.status)}) in ${cwd}:\n${run.stderr.slice(-2000)}`);
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [wall = NaN, user = NaN, system = NaN, kib = NaN] = last.split(' ').map(Number);
    return { wallS: wall, cpuS: user + system, peakMiB: kib / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The median of each figure over runs (each figure on its own: the runs are alike). */
export function medianOf(runs: readonly Measurement[]): Measurement {
  return {
    wallS: median(runs.map((r) => r.wallS)),
    cpuS: median(runs.map((r) => r.cpuS)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
  };
}
