import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandSpec, parseCommand, runIfMain, type OrExitCode } from './shared/command.ts';
import { displayPath, EXIT, type CommandEnvironment } from './shared/io.ts';
import { createStaticServer, listen } from '../site/static-server.ts';
import { numberOption } from './shared/numbers.ts';

export const DEFAULT_PORT = 4173;

/** The usage of `npm run serve`, or of `npm start` (which builds first: same options). */
export function serveUsage(command: 'npm run serve' | 'npm start'): string {
  const other = command === 'npm start' ? '(npm run serve -- [options] serves without building)' : '(npm start -- [options] builds first)';
  const what =
    command === 'npm start'
      ? 'Build the site (npm run build), then serve it on 127.0.0.1'
      : 'Serve the built site (npm run build) on 127.0.0.1';
  // Only start builds, so only its usage promises that a typo costs no build.
  const checked = command === 'npm start' ? '\nOptions are checked before anything is built.' : '';
  const dir = command === 'npm start' ? '' : '\n  --dir DIR     the folder to serve (default dist)';
  return `Usage: ${command} -- [options]      ${other}

${what}, as a static host would serve it:
the 404 page for unknown addresses, precompressed files, the security headers.${checked}

  --port PORT   the port to listen on (default: the PORT variable, else ${DEFAULT_PORT}; 0 picks a free one)${dir}
  -h, --help    this text

Exit codes: 0 serving (until Ctrl+C); 2 bad options or no built site${command === 'npm start' ? ' (or the build failed: its own exit code)' : ''}; 3 the server could not start (e.g. the port is in use).`;
}

/** Where to serve what: the options of serve and start, checked. */
export interface ServeOptions {
  readonly port: number;
  readonly dir: string;
}

/** The options of `npm run serve` or `npm start`, or the exit code when there is nothing more to do (help, bad options). */
export function serveOptions(
  name: 'serve' | 'start',
  argv: readonly string[],
  env: CommandEnvironment,
  environment: NodeJS.ProcessEnv,
): OrExitCode<{ readonly options: ServeOptions }> {
  const usage = serveUsage(name === 'start' ? 'npm start' : 'npm run serve');
  const options = { port: { type: 'string' }, dir: { type: 'string' } } as const;
  const cli = parseCommand(commandSpec({ name, usage, options }), argv, env);
  if (!cli.ok) return cli;
  const { values } = cli;
  // start serves what it built (dist/, vite.config.ts): another folder would hold an older build, or none.
  if (name === 'start' && values.dir !== undefined) {
    env.err(`start: --dir: npm start serves the site it builds, in dist/; npm run serve -- --dir ${values.dir} serves another folder`);
    return { ok: false, code: EXIT.broken };
  }
  if (values.dir === '') {
    env.err(`${name}: --dir "": name the folder to serve (default dist)`);
    return { ok: false, code: EXIT.broken };
  }
  // A PORT variable set empty is one not set, as shells treat it; an empty --port was typed, and is refused.
  const fromEnvironment = environment['PORT'] === '' ? undefined : environment['PORT'];
  const given = values.port ?? fromEnvironment;
  const port = given === undefined ? DEFAULT_PORT : numberOption(given, { min: 0, max: 65535, whole: true });
  if (port === undefined) {
    env.err(`${name}: ${values.port !== undefined ? '--port' : 'PORT'} "${given}": not a port; give a number from 0 to 65535\n\n${usage}`);
    return { ok: false, code: EXIT.broken };
  }
  return { ok: true, options: { port, dir: resolve(env.cwd, values.dir ?? 'dist') } };
}

/** Serve `dir` on `port`: resolves once the server listens; the process then runs until it is stopped. */
export async function serveSite({ port, dir }: ServeOptions, env: CommandEnvironment): Promise<number> {
  if (!existsSync(join(dir, 'index.html'))) {
    env.err(
      `serve: no built site in ${displayPath(env.cwd, dir)}/ (no index.html): run npm run build first, or npm start, which builds and serves`,
    );
    return EXIT.broken;
  }
  try {
    const url = await listen(createStaticServer(dir), port);
    env.out(`Serving ${displayPath(env.cwd, dir)} at ${url}/ (Ctrl+C to stop)`);
    return EXIT.ok;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${port} is in use (another server, perhaps an earlier npm start): stop it, or choose another port with --port ${port + 1} or PORT=${port + 1}`
        : code === 'EACCES'
          ? `port ${port} needs privileges this user lacks: choose a port above 1023 with --port`
          : (error as Error).message;
    env.err(`serve: could not start: ${reason}`);
    return EXIT.unexpected;
  }
}

/** `npm run serve`. */
export async function serve(
  argv: readonly string[],
  env: CommandEnvironment,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const parsed = serveOptions('serve', argv, env, environment);
  return parsed.ok ? serveSite(parsed.options, env) : parsed.code;
}

void runIfMain(import.meta.url, 'serve', serve);
