import { TMX, TMX_FOR_OMEGAT } from '../core/exchange/formats/tmx.ts';
import { planMemoryImport } from '../core/exchange/memory-policy.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { runExport } from './shared/exchange.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';

const USAGE = `Usage: npm run tmx:export -- [options]

Write one TMX 1.4b translation memory per language (tmx/da.tmx, ...), English and that language,
for CAT tools: one <tu> per entry, tuid namespace:key. A current translation is paired with the
English of now; a stale one with the older English it was made from (marked <prop type="x-state">),
so a tool offers it as a fuzzy match, never as an exact one; a stale translation whose English is
not known is left out. The same evidence as every export: the project lock and git's history.

A memory that holds translations not yet imported (a CAT tool's memory saved over it) is not
overwritten: import it first with \`npm run tmx:import\`, or pass --force. Its own earlier memory is
overwritten freely: a stale pair whose translation was revised since is superseded, not work.

  --lang LANG       only this language (repeatable)
  --for TOOL        omegat: codes such as {{date}} as plain text, as OmegaT 3.6 matches them (for
                    xliff:export --for omegat and PO files); standard (default): codes as <ph>, <bpt>, <ept>
  --out DIR         write into DIR instead of tmx/
  --force           overwrite memories even when they hold translations not yet imported
  -h, --help        this text

Exit codes: 0 written; 1 a memory holds work not yet imported (nothing written); 2 broken input or bad options (nothing written).`;

const SPEC = commandSpec({
  name: 'tmx:export',
  usage: USAGE,
  options: {
    ...LANGUAGE_OPTION,
    for: { type: 'string', default: 'standard' },
    out: { type: 'string', default: TMX.defaultDir },
    force: { type: 'boolean', default: false },
  },
});

const FORMATS = { standard: TMX, omegat: TMX_FOR_OMEGAT } as const;

export async function tmxExport(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const tool = cli.values.for;
  if (tool !== 'standard' && tool !== 'omegat') {
    env.err(`tmx:export: --for ${tool}: one of ${Object.keys(FORMATS).join(', ')}`);
    return EXIT.broken;
  }
  const { out, force } = cli.values;
  return runExport(
    { name: SPEC.name, format: FORMATS[tool], planner: planMemoryImport, record: false, dir: out, languages: cli.languages, force },
    env,
  );
}

await runIfMain(import.meta.url, 'tmx:export', tmxExport);
