import { basename, dirname, join, resolve } from 'node:path';
import { languageExports } from '../core/exchange/exchange.ts';
import { planExtraction } from '../core/sync/extraction.ts';
import { TMX } from '../core/exchange/formats/tmx.ts';
import { loadGlossary } from '../core/locale/loaders.ts';
import { TARGET_LANGUAGES } from '../languages.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { refuseUnwritable } from './shared/exchange.ts';
import { displayPath, EXIT, type CommandEnvironment } from './shared/io.ts';
import { BrokenInput, readOptional, readSnapshot, writeAtomic } from '../node/project-io.ts';
import { renderProblem } from '../core/report/render.ts';

const USAGE = `Usage: npm run tmx:export -- [options]

Write a TMX 1.4b translation memory (tmx/nordefco-reader.tmx) of the current translations, for
CAT tools (Trados Studio, memoQ, Phrase, OmegaT, Wordfast): one <tu> per entry, tuid
namespace:key, with the English and every language whose translation is up to date. Stale and
untranslated entries are left out.

  --out FILE        write FILE instead of tmx/nordefco-reader.tmx
  --include-stale   also stale translations, each marked <prop type="x-state">needs-review…</prop>
  -h, --help        this text

Exit codes: 0 written; 2 broken input or bad options (nothing written).`;

const SPEC = commandSpec({
  name: 'tmx:export',
  usage: USAGE,
  options: {
    out: { type: 'string', default: join(TMX.defaultDir, TMX.fileName('')) },
    'include-stale': { type: 'boolean', default: false },
  },
});

export async function tmxExport(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  let snapshot;
  try {
    snapshot = await readSnapshot(env.cwd);
  } catch (error) {
    if (!(error instanceof BrokenInput)) throw error;
    env.err(error.message);
    return EXIT.broken;
  }
  const plan = planExtraction(snapshot);
  // The extraction has read the glossary with the same loader: its problems are among plan.fatal.
  const glossary = loadGlossary(snapshot.locales);
  const fatal = plan.fatal;
  if (fatal.length > 0) {
    for (const p of fatal) env.err(renderProblem(p));
    env.err(`tmx:export: ${fatal.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (plan.writes.size > 0)
    env.err(
      `tmx:export: ${plan.writes.size} file(s) under locales/ are out of date; run \`npm run extract\` first, or the memory shows what the extraction would record.`,
    );
  const exports = languageExports(plan, glossary.ok ? glossary.value : [], TARGET_LANGUAGES);
  if (refuseUnwritable('tmx:export', exports, env)) return EXIT.broken;
  const [file] = TMX.build(exports, { includeStale: cli.values['include-stale'] });
  if (!file) return EXIT.ok;
  const path = resolve(env.cwd, cli.values.out);
  const same = (await readOptional(path)) === file.text;
  if (!same) await writeAtomic(join(dirname(path), basename(path)), file.text);
  const stale = cli.values['include-stale'] ? `, ${file.counts.stale} stale (marked)` : '';
  env.out(`${same ? 'Unchanged' : 'Wrote'} ${displayPath(env.cwd, path)}: ${file.counts.translated} current translations${stale}`);
  return EXIT.ok;
}

await runIfMain(import.meta.url, 'tmx:export', tmxExport);
