import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLOUR, PLAIN, type Style } from '../../core/report/render.ts';
import type { CodeScanCache } from '../../node/code-scan.ts';
import type { PlanCacheFile } from '../../node/plan-cache.ts';

/** What a command needs from its surroundings, passed in so tests can run it in-process on a temp tree. */
export interface CommandEnvironment {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly style: Style;
  /**
   * Where a compiled command may keep the interface strings found in each code file, by its contents,
   * and the build that found them (set by src/commands/run.mjs; see src/node/code-scan.ts). Without
   * it the code is scanned afresh.
   */
  readonly codeScan?: CodeScanCache;
  /**
   * Where a compiled extract may keep what it found in each namespace, by the bytes of everything the
   * namespace's plan reads (set by src/commands/run.mjs; see src/node/plan-cache.ts). Without it every
   * namespace is planned afresh.
   */
  readonly planCache?: PlanCacheFile;
  /** How long a command waits for another's project lock before it refuses, in ms (30 s unless set; tests shorten it). */
  readonly lockWaitMs?: number;
}

export function processEnvironment(): CommandEnvironment {
  // `npm run status | head` closes the pipe early: the reader has what it wanted, so this is no error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const colour = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
  return {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    style: colour ? COLOUR : PLAIN,
  };
}

/** True when the module is the program being run, not imported. */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && importMetaUrl === pathToFileURL(entry).href;
}

export { EXIT } from './exit.mjs';

/** A path as the user would type it: relative inside the project, absolute outside. */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/');
}
