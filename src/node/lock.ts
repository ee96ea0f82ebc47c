import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { STATE_DIR } from '../core/common/paths.ts';
import { alive } from './processes.ts';
import { BrokenInput } from './project-io.ts';
import { recoverInterrupted, type Recovery } from './transaction.ts';

/** The lock every command that reads or writes locales/ holds, so that none sees or makes half a run. */
export const LOCK_DIR = `${STATE_DIR}/.lock`;
/** Who holds the lock: lets the next command take over at once from one that was killed. */
const LOCK_OWNER = `${STATE_DIR}/.lock-owner`;

export class LockBusy extends Error {}

export interface LockOptions {
  /** The command, for the message another command shows while it waits or gives up. */
  readonly command: string;
  /** How long to wait for another command to finish, in ms. */
  readonly waitMs?: number;
  /** Told when the lock waits, and what recovery from an interrupted run did. */
  readonly notice?: (text: string) => void;
}

interface Owner {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly since: string;
}

async function readOwner(root: string): Promise<Owner | undefined> {
  try {
    const data = JSON.parse(await readFile(join(root, LOCK_OWNER), 'utf8')) as Partial<Owner>;
    return typeof data.pid === 'number' && typeof data.host === 'string'
      ? { pid: data.pid, host: data.host, command: String(data.command), since: String(data.since) }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run `work` holding the project lock, after finishing any run that was interrupted (see
 * transaction.ts). A lock whose holder died on this machine is taken over at once; one held by a
 * live command is waited for, then refused with a message naming it.
 */
export async function withProjectLock<T>(root: string, options: LockOptions, work: (recovery: Recovery) => Promise<T>): Promise<T> {
  await mkdir(join(root, STATE_DIR), { recursive: true });
  const target = join(root, STATE_DIR);
  const lockfilePath = join(root, LOCK_DIR);
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  let told = false;
  let release: (() => Promise<void>) | undefined;
  let compromised: Error | undefined;
  while (!release) {
    try {
      release = await lockfile.lock(target, {
        lockfilePath,
        realpath: false,
        stale: 10_000,
        onCompromised: (error) => void (compromised = error),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const owner = await readOwner(root);
      if (owner && owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid)) {
        // Killed mid-run: its journal (if any) is recovered below, under our lock.
        await rm(lockfilePath, { recursive: true, force: true });
        continue;
      }
      const who = owner ? `\`${owner.command}\` (process ${owner.pid}, since ${owner.since})` : 'another command';
      if (Date.now() >= deadline)
        throw new LockBusy(
          `locales/ is being written by ${who}; nothing was done. Try again when it has finished (or, if no such command runs, remove ${LOCK_DIR}).`,
        );
      if (!told) options.notice?.(`Waiting for ${who} to finish with locales/ …`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    const owner: Owner = { pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString() };
    await writeFile(join(root, LOCK_OWNER), `${JSON.stringify(owner)}\n`);
    const recovery = await recoverInterrupted(root);
    if (recovery.recovered) options.notice?.(recovery.message);
    const result = await work(recovery);
    if (compromised)
      throw new Error(
        `the lock on locales/ was lost while \`${options.command}\` ran (${compromised.message}); check the files with npm run status`,
      );
    return result;
  } finally {
    await rm(join(root, LOCK_OWNER), { force: true });
    await release().catch(() => undefined);
  }
}

/**
 * A command's body under the project lock: a lock held too long by another command is a refusal with a
 * message (exit 1), a file that is not UTF-8 broken input (exit 2, nothing written), never a stack trace.
 */
export async function locked(
  env: { readonly cwd: string; readonly err: (text: string) => void },
  command: string,
  work: () => Promise<number>,
): Promise<number> {
  try {
    return await withProjectLock(env.cwd, { command, notice: env.err }, work);
  } catch (error) {
    if (error instanceof BrokenInput) {
      env.err(error.message);
      return 2;
    }
    if (!(error instanceof LockBusy)) throw error;
    env.err(`${command}: ${error.message}`);
    return 1;
  }
}
