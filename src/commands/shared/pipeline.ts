import { LockBusy, withProjectLock } from '../../node/lock.ts';
import { recordRun } from '../../node/plan.ts';
import { BrokenInput } from '../../node/project-io.ts';
import type { Records } from '../../node/records/records.mjs';
import { commitWrites } from '../../node/transaction.ts';
import type { OrExitCode } from './command.ts';
import { EXIT, type CommandEnvironment } from './io.ts';

/**
 * The steps every command that reads or writes locales/ takes, in this order, so that none can skip one:
 *
 *   1. its options, by parseCommand (command.ts): refused with the usage, exit 2, before anything is read;
 *   2. the project lock (underLock), which first completes a run a kill interrupted (the journal);
 *   3. a record of the working tree, the evidence of which English an edit answers to: planProject's
 *      `record` for a command that plans, recordTexts for one that does not (the imports);
 *   4. its files written as one run over exactly what it read (commitRun): re-checked byte for byte
 *      just before writing, through the journal, so that a kill leaves the whole run or none of it.
 *
 * Every exit code comes from EXIT (io.ts).
 */

/**
 * A command's body under the project lock (`command` as the lock and its messages name it, e.g.
 * `npm run extract`): a lock held too long by another command is a refusal naming it (exit 1), a file
 * that is not UTF-8 broken input (exit 2, nothing written), never a stack trace.
 */
export async function underLock(env: CommandEnvironment, command: string, work: () => Promise<number>): Promise<number> {
  const waiting = env.lockWaitMs === undefined ? {} : { waitMs: env.lockWaitMs };
  try {
    return await withProjectLock(env.cwd, { command, notice: env.err, ...waiting }, work);
  } catch (error) {
    if (error instanceof BrokenInput) {
      env.err(error.message);
      return EXIT.broken;
    }
    if (!(error instanceof LockBusy)) throw error;
    env.err(`${command}: ${error.message}`);
    return EXIT.failed;
  }
}

/**
 * The record a command that plans nothing takes (as planProject takes one for the others), of the texts
 * it read: its run is a record point, like a checkout. Call under the lock, once the input is known
 * not to be broken (broken input writes nothing, the record included).
 */
export function recordTexts(env: CommandEnvironment, command: string, files: ReadonlyMap<string, string>): Promise<Records | undefined> {
  return recordRun(env.cwd, command, { files });
}

export interface RunWrites {
  /** Each file's new text by path relative to the project (null removes it). */
  readonly writes: ReadonlyMap<string, string | null>;
  /** What the command read of every file it writes (null: there was none). */
  readonly read: ReadonlyMap<string, string | null>;
}

export interface CommitMessages {
  /** The command as the user typed it, prefixing each message: `po:import`. */
  readonly name: string;
  /** Who read the files, in "changed on disk after … read them": `the import`. */
  readonly reader: string;
  /** What to do next: `Import again.` */
  readonly again: string;
}

export type RunCommitted = OrExitCode<{ readonly kept: readonly string[] }>;

/**
 * Write a run's files as one (see transaction.ts), over exactly what was read. A file changed since the
 * command read it refuses the whole run (exit 1, nothing written); one changed in the instant before its
 * own write is left as it was found, named, and the command should exit 1 (see `kept`).
 */
export async function commitRun(env: CommandEnvironment, run: RunWrites, messages: CommitMessages): Promise<RunCommitted> {
  const { name, reader, again } = messages;
  const committed = await commitWrites(env.cwd, run.writes, { command: `npm run ${name}`, read: run.read });
  if (!committed.ok) {
    const them = committed.changed.length === 1 ? 'it' : 'them';
    env.err(
      `${name}: ${committed.changed.join(', ')} changed on disk after ${reader} read ${them} (an editor, or a save made while ${reader} was stopped); nothing was written. ${again}`,
    );
    return { ok: false, code: EXIT.failed };
  }
  for (const path of committed.kept) env.err(`${name}: ${path} changed on disk while ${reader} wrote; left as it was found. ${again}`);
  return committed;
}
