import { XLIFF, XLIFF_VERSIONS } from '../core/exchange/formats/xliff.ts';
import { XLIFF12_FOR_OMEGAT } from '../core/exchange/formats/xliff12.ts';
import { runIfMain } from './shared/command.ts';
import { exportCommand } from './shared/exchange-export.ts';

const USAGE = `Usage: npm run xliff:export -- [options]

Write one XLIFF file per language (xliff/da.xlf, ...) for CAT tools: Trados Studio, memoQ,
Phrase, Wordfast, Weblate, Crowdin. One unit per entry, id namespace:key; source the English
now; target the translation (none when untranslated). A stale translation has the state
needs-review-translation (2.1: initial) and the English it was made from alongside.
Placeholders and tags are inline codes. With --for omegat, for OmegaT's own XLIFF filter, which
translates the target: every target holds the English to translate (codes as text), and the
current translations come from \`npm run tmx:export -- --for omegat\` in the project's tm/auto/.
Beside each file, a record of what it holds (xliff/da.xlf.record.json) lets the import tell what
the translator changed. Bring the files back with \`npm run xliff:import\`.

An XLIFF file that holds translations not yet imported is not overwritten: import it first,
or pass --force to throw those translations away.

  --lang LANG       only this language (repeatable)
  --version V       1.2 (default: every CAT tool reads it) or 2.1
  --for TOOL        standard (default) or omegat (XLIFF 1.2 for OmegaT's built-in filter)
  --dir DIR         write into DIR instead of xliff/ (xliff:import's --dir)
  --force           overwrite files even when they hold translations not yet imported
  -h, --help        this text

Exit codes: 0 written; 1 a file holds work not yet imported (nothing written); 2 broken input or bad options (nothing written).`;

export const xliffExport = exportCommand({
  name: 'xliff:export',
  usage: USAGE,
  defaultDir: XLIFF.defaultDir,
  options: { version: { type: 'string', default: '1.2' }, for: { type: 'string', default: 'standard' } },
  choose: ({ version, for: tool }) => {
    const standard = XLIFF_VERSIONS[version];
    if (!standard) return `--version ${version}: one of ${Object.keys(XLIFF_VERSIONS).join(', ')}`;
    if (tool !== 'standard' && tool !== 'omegat') return `--for ${tool}: one of standard, omegat`;
    // OmegaT's built-in filter reads XLIFF 1.2.
    if (tool === 'omegat' && version !== '1.2')
      return `--for omegat writes XLIFF 1.2, which OmegaT's filter reads; leave out --version ${version}`;
    return { format: tool === 'omegat' ? XLIFF12_FOR_OMEGAT : standard, reader: XLIFF };
  },
});

void runIfMain(import.meta.url, 'xliff:export', xliffExport);
