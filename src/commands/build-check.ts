import { planProject } from '../node/plan.ts';
import { BrokenInput, readSnapshot } from '../node/project-io.ts';
import { unpublishable } from '../site/plugins/locale-plugin.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';

const USAGE = `Usage: tsx src/commands/build-check.ts      (the first step of npm run build)

Check that the documents and locales/ can be published before anything is built: every file
reads (a broken one is named by file:line:column), and locales/ is in step with the English
(else: run npm run extract).

  -h, --help    this text

Exit codes: 0 the build may go on; 2 broken input, or locales/ out of step (nothing built).`;

const SPEC = commandSpec({ name: 'build', usage: USAGE, options: {} });

/**
 * The build's first step. The locale plugin refuses the same trees, but inside the bundler, whose report of a
 * plugin's error is a stack trace and exit 1; here the reason is all that is printed, with exit 2 as for every
 * other broken input.
 */
export async function buildCheck(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  let reason;
  try {
    const snapshot = await readSnapshot(env.cwd);
    reason = unpublishable({ snapshot, plan: await planProject(env.cwd, snapshot) });
  } catch (error) {
    // A file that is not UTF-8, a records log with a changed byte: named, as every other broken input.
    if (!(error instanceof BrokenInput)) throw error;
    reason = error.message;
  }
  if (reason === undefined) return EXIT.ok;
  env.err(`build: nothing was built: ${reason}`);
  return EXIT.broken;
}

void runIfMain(import.meta.url, 'build', buildCheck);
