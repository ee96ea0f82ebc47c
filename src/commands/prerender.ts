import { join } from 'node:path';
import { precompress } from '../site/compress.ts';
import { prerender } from '../site/prerender.ts';
import { loudBanner, siteUrlFrom } from '../site/site-url.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';

const USAGE = `Usage: tsx src/commands/prerender.ts      (the last step of npm run build)

Write every page of the site into dist/ from the server-side build (dist-ssr/), for the address in
SITE_URL (a warning without it), with the sitemap and robots.txt; then precompress dist/ (brotli, gzip).

  -h, --help    this text

Exit codes: 0 written; 2 SITE_URL is not an address, or bad options.`;

const SPEC = commandSpec({ name: 'prerender', usage: USAGE, options: {} });

export async function prerenderSite(
  argv: readonly string[],
  env: CommandEnvironment,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const site = siteUrlFrom(environment['SITE_URL']);
  if (!site.ok) {
    for (const problem of site.problems) env.err(`prerender: ${problem.message}`);
    return EXIT.broken;
  }
  // The banner ends its own last line.
  for (const warning of site.warnings) env.err(loudBanner(warning.message).replace(/\n$/, ''));
  const written = await prerender(env.cwd, site.value);
  env.out(`prerendered ${written.length} files for ${site.value}`);
  const sizes = await precompress(join(env.cwd, 'dist'));
  env.out(`precompressed ${sizes.files} files: ${sizes.raw} bytes -> ${sizes.brotli} brotli, ${sizes.gzip} gzip`);
  return EXIT.ok;
}

void runIfMain(import.meta.url, 'prerender', prerenderSite);
