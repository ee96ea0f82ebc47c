import { resolve } from 'node:path';
import { commandSpec, parseCommand, runIfMain } from '../cli/command.ts';
import { EXIT, type CommandEnvironment } from '../cli/io.ts';
import { createStaticServer, listen } from './static-server.ts';

const USAGE = `Usage: npm run serve -- [options]

Serve the built site (npm run build) on 127.0.0.1, as a static host would serve it:
the 404 page for unknown addresses, precompressed files, the security headers.

  --port PORT   the port to listen on (default 4173)
  --dir DIR     the folder to serve (default dist)
  -h, --help    this text

Exit codes: 0 serving (until Ctrl+C); 2 bad options; 3 the server could not start (e.g. the port is in use).`;

const SPEC = commandSpec({
  name: 'serve',
  usage: USAGE,
  options: {
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
  },
});

/** `npm run serve`: resolves once the server listens; the process then runs until it is stopped. */
export async function serve(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const { values } = cli;
  const url = await listen(createStaticServer(resolve(env.cwd, values.dir)), Number(values.port));
  env.out(`Serving ${values.dir} at ${url}/ (Ctrl+C to stop)`);
  return EXIT.ok;
}

await runIfMain(import.meta.url, 'serve', serve);
