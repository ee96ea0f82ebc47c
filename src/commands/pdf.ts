import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { LANGUAGE_CODES } from '../languages.ts';
import { findChromium, launchChromium } from '../node/chromium.ts';
import { precompress } from '../site/compress.ts';
import { allPdfJobs, makePdfs, writeManifest } from '../site/pdf.ts';
import { prerender } from '../site/prerender.ts';

const USAGE = `Usage: npm run pdf -- [options]

Print the built site (npm run build) to PDF with Chromium (Debian's /usr/bin/chromium, else the npm one): each language's
reading page, and each translation beside the English (its comparison page), into dist/pdf/.
The pages are then prerendered again, so that each links its PDFs.

  --lang LANG   only this translation (repeatable); without it, English and every translation
  --out DIR     write the PDFs into DIR instead, and leave dist/ as it is
  -h, --help    this text

Exit codes: 0 written; 2 bad options or no built site; 3 Chromium failed.`;

const SPEC = commandSpec({ name: 'pdf', usage: USAGE, options: { ...LANGUAGE_OPTION, out: { type: 'string' } } });

export async function pdf(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const root = env.cwd;
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'en/index.html')) || !existsSync(join(root, 'dist-ssr/entry-server.js'))) {
    env.err('pdf: no built site in dist/ (with dist-ssr/): run npm run build first');
    return EXIT.broken;
  }
  const chromium = await findChromium();
  if (!chromium) {
    env.err('pdf: no Chromium (apt-get install chromium, or npm ci for the npm one)');
    return EXIT.broken;
  }
  const languages = cli.languagesGiven ? cli.languages : LANGUAGE_CODES;
  const out = cli.values.out === undefined ? undefined : resolve(root, cli.values.out);
  const browser = await launchChromium({ chromium });
  let made;
  try {
    made = await makePdfs({ dist, ...(out ? { out } : {}), jobs: allPdfJobs(languages), browser });
  } finally {
    await browser.close();
  }
  for (const m of made) env.out(`  ${relative(root, m.file)}  ${(m.bytes / 1024).toFixed(0)} KB`);
  if (out) return EXIT.ok;
  await writeManifest(dist, made);
  // Link the PDFs from the pages: the same pages, prerendered again for the address they were built for.
  const siteUrl = new URL(
    /<meta property="og:url" content="([^"]+)"/.exec(await readFile(join(dist, 'en/index.html'), 'utf8'))?.[1] ?? 'http://127.0.0.1:4173/',
  ).origin;
  const written = await prerender(root, siteUrl);
  await precompress(dist);
  env.out(`pdf: ${made.length} PDFs in dist/pdf/; ${written.length} pages link them (${siteUrl})`);
  return EXIT.ok;
}

void runIfMain(import.meta.url, 'pdf', pdf);
