// npm's prepare script (run by npm install and npm ci): points git at this project's hooks
// (core.hooksPath = .githooks) and takes a first record. Plain JavaScript with no dependencies, so it
// runs before anything is built and with dev dependencies left out. Outside a git working tree it
// does nothing. It never fails the install: without hooks the tools only judge more cautiously.
import process from 'node:process';
import { resolve } from 'node:path';
import { runGit } from './git.mjs';
import { takeRecord } from './take-record.mjs';

const root = resolve(import.meta.dirname, '../../..');

/** Set up the hooks of the project at `root`; returns what it did, for the install log. @param {string} projectRoot */
export async function installHooks(projectRoot) {
  const top = await runGit(projectRoot, ['rev-parse', '--show-prefix']);
  if (top === undefined) return 'not a git working tree: no git hooks installed';
  // Relative to the top of the working tree, where git runs hooks: it survives moving the clone.
  const path = `${top.trim()}.githooks`;
  const current = (await runGit(projectRoot, ['config', '--get', 'core.hooksPath']))?.trim();
  if (current !== path) {
    // Hooks the user had (a hooks path of their own, or .git/hooks) keep running: .githooks/run calls them.
    if (current) await runGit(projectRoot, ['config', '--local', 'nordefco-reader.chainHooksPath', current]);
    if ((await runGit(projectRoot, ['config', '--local', 'core.hooksPath', path])) === undefined) return 'could not set core.hooksPath';
  }
  await takeRecord(projectRoot, { hook: 'install' });
  return `git hooks: core.hooksPath is ${path}${current && current !== path ? ` (hooks in ${current} still run)` : ''}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    process.stdout.write(`nordefco-reader: ${await installHooks(root)}\n`);
  } catch (error) {
    process.stderr.write(`nordefco-reader: git hooks not installed (${error instanceof Error ? error.message : String(error)})\n`);
  }
}
