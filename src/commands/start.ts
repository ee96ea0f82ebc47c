import { spawn } from 'node:child_process';
import { runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { serveOptions, serveSite } from './serve.ts';

/** Run `npm run build` in `cwd`, its output on this terminal; resolves to its exit code (killed: failed). */
function npmBuild(cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? EXIT.failed : EXIT.ok)));
  });
}

/**
 * `npm start`: the options are checked (and --help answered) first, so that a typo costs no build; then the build,
 * then the server, with the options of `npm run serve`.
 */
export async function start(
  argv: readonly string[],
  env: CommandEnvironment,
  { environment = process.env, build = npmBuild }: { environment?: NodeJS.ProcessEnv; build?: (cwd: string) => Promise<number> } = {},
): Promise<number> {
  const parsed = serveOptions('start', argv, env, environment);
  if (!parsed.ok) return parsed.code;
  const built = await build(env.cwd);
  // The build's own exit code, as npm run build would have ended (docs/commands.md).
  if (built !== EXIT.ok) return built;
  return serveSite(parsed.options, env);
}

void runIfMain(import.meta.url, 'start', start);
