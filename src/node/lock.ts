import { randomInt, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { STATE_DIR } from '../core/common/paths.ts';
import { alive } from './processes.ts';
import { recoverInterrupted, type Recovery } from './transaction.ts';

/**
 * The lock every command that reads or writes locales/ holds, so that none sees or makes half a run:
 * a file naming its holder (process, machine, command, a token of its own), created whole.
 *
 * It never goes stale by time. A holder that is only stopped (Ctrl-Z, SIGSTOP, a suspended laptop,
 * a 5 MB value being parsed) keeps it however long it stops, since a lock taken over from a live
 * holder is a save acknowledged and then overwritten when the holder resumes. Only a holder that no
 * longer runs on this machine loses it, at once; any other is waited for, then refused by name.
 */
export const LOCK_FILE = `${STATE_DIR}/.lock`;

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
  readonly token: string;
}

/** The holder named in the lock file; 'unknown' for a file that names none (another version's lock); undefined when there is none. */
async function readHolder(path: string): Promise<Owner | 'unknown' | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') return 'unknown';
    throw error;
  }
  try {
    const data = JSON.parse(text) as Partial<Owner>;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string'
      ? { pid: data.pid, host: data.host, token: data.token, command: String(data.command), since: String(data.since) }
      : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * A file name beside the lock for this process alone, named like writeAtomic's temporaries (pid, then
 * digits) so that one a killed process leaves behind is cleared by the next recovery.
 */
const aside = (path: string): string => `${path}.${process.pid}.${Date.now()}${randomInt(1_000_000).toString().padStart(6, '0')}.tmp`;

/** Create the lock file, or false when there is one: a hard link of a finished file, so it is never seen half written. */
async function create(path: string, owner: Owner): Promise<boolean> {
  const temporary = aside(path);
  await writeFile(temporary, `${JSON.stringify(owner)}\n`);
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Remove the lock of a holder that died, and only that one: moved aside first, then checked. Two
 * commands that find the same dead holder at once cannot both remove a lock: the second moves
 * aside the first one's fresh lock, sees it is not the dead one's and puts it back.
 */
async function removeDead(path: string, dead: Owner): Promise<void> {
  const moved = aside(path);
  try {
    await rename(path, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const found = await readHolder(moved);
  if (typeof found === 'object' && found.token !== dead.token) await link(moved, path).catch(() => undefined);
  await rm(moved, { force: true });
}

const isDead = (holder: Owner): boolean => holder.host === hostname() && holder.pid !== process.pid && !alive(holder.pid);

/** Wait for the lock and take it; throws LockBusy, naming the holder, when it is not free by the deadline. */
async function acquire(root: string, options: LockOptions): Promise<Owner> {
  const path = join(root, LOCK_FILE);
  const me: Owner = { pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString(), token: randomUUID() };
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  let told = false;
  for (;;) {
    if (await create(path, me)) return me;
    const holder = await readHolder(path);
    if (holder === undefined) continue; // released meanwhile
    if (holder !== 'unknown' && isDead(holder)) {
      // Killed mid-run: its journal (if any) is recovered under our lock.
      await removeDead(path, holder);
      continue;
    }
    const who =
      holder === 'unknown'
        ? 'another command'
        : `\`${holder.command}\` (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})`;
    if (Date.now() >= deadline)
      throw new LockBusy(
        `locales/ is being written by ${who}; nothing was done. Try again when it has finished (a stopped command, Ctrl-Z, keeps the lock until it is resumed or ended; if no such command runs, remove ${LOCK_FILE}).`,
      );
    if (!told) options.notice?.(`Waiting for ${who} to finish with locales/ …`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Release the lock if it is still ours (someone may have removed it by hand and another command taken it). */
async function release(root: string, me: Owner): Promise<void> {
  const path = join(root, LOCK_FILE);
  const holder = await readHolder(path).catch(() => undefined);
  if (typeof holder === 'object' && holder.token === me.token) await rm(path, { force: true });
}

/**
 * Run `work` holding the project lock, after finishing any run that was interrupted (see
 * transaction.ts). A lock whose holder died on this machine is taken over at once; one held by a
 * live command, running or stopped, is waited for, then refused with a message naming it.
 */
export async function withProjectLock<T>(root: string, options: LockOptions, work: (recovery: Recovery) => Promise<T>): Promise<T> {
  await mkdir(join(root, STATE_DIR), { recursive: true });
  const me = await acquire(root, options);
  try {
    const recovery = await recoverInterrupted(root);
    if (recovery.recovered) options.notice?.(recovery.message);
    return await work(recovery);
  } finally {
    await release(root, me);
  }
}
