// What .githooks/run calls after a HEAD move: `node hook.mjs HOOK [ARGS…]`, the hook's input on stdin.
// Takes one record of this project (the folder two levels above this file). Never fails the git
// command: a record that cannot be taken is only missed, which makes later judgements more cautious.
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { takeRecord } from './take-record.mjs';

const [hook = '', ...args] = process.argv.slice(2);
// Git runs a hook at the top of the working tree it acts on. That is not always the one this script is
// in: `git worktree add` runs the main worktree's hook (a relative core.hooksPath) in the new one.
const root = existsSync(join(process.cwd(), 'locales')) ? process.cwd() : resolve(import.meta.dirname, '../../..');

/** Git exports these to its hooks, relative to where it runs them; the record runs git from the project folder. */
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY']) {
  const value = process.env[name];
  if (value && !isAbsolute(value)) process.env[name] = resolve(process.cwd(), value);
}

async function input() {
  if (process.stdin.isTTY) return '';
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const stdin = await input();
  // A reference transaction matters only when it moved HEAD (the shell script has checked it was a
  // reset) or the stash: a stash made is recorded while refs/stash still holds it.
  const moved = stdin.split('\n').some((line) => {
    const [old, now, ref] = line.trim().split(' ');
    return (ref === 'HEAD' || ref === 'refs/stash') && old !== now;
  });
  if (hook !== 'reference-transaction' || moved) await takeRecord(root, { hook, args, stdin });
} catch (error) {
  process.stderr.write(`nordefco-reader: no record of this ${hook} (${error instanceof Error ? error.message : String(error)})\n`);
}
