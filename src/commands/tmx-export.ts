import { TMX, TMX_FOR_OMEGAT } from '../core/exchange/formats/tmx.ts';
import { planMemoryImport } from '../core/exchange/memory-policy.ts';
import { runIfMain } from './shared/command.ts';
import { exportCommand } from './shared/exchange-export.ts';

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
  --dir DIR         write into DIR instead of tmx/ (tmx:import's --dir)
  --force           overwrite memories even when they hold translations not yet imported
  -h, --help        this text

Exit codes: 0 written; 1 a memory holds work not yet imported (nothing written); 2 broken input or bad options (nothing written).`;

const FORMATS = { standard: TMX, omegat: TMX_FOR_OMEGAT } as const;

export const tmxExport = exportCommand({
  name: 'tmx:export',
  usage: USAGE,
  defaultDir: TMX.defaultDir,
  options: { for: { type: 'string', default: 'standard' } },
  choose: ({ for: tool }) =>
    tool === 'standard' || tool === 'omegat'
      ? { format: FORMATS[tool], planner: planMemoryImport, record: false }
      : `--for ${tool}: one of ${Object.keys(FORMATS).join(', ')}`,
});

void runIfMain(import.meta.url, 'tmx:export', tmxExport);
