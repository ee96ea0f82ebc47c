import { XLIFF } from '../core/exchange/formats/xliff.ts';
import { runIfMain } from './shared/command.ts';
import { importCommand, importHelp } from './shared/exchange-import.ts';

const USAGE = `Usage: npm run xliff:import -- [options]

Read the XLIFF files in xliff/ (xliff/da.xlf, ...; version 1.2 or 2.x, as the file says) back into
locales/, through the same sync state, checks and import policy as po:import. Every file is
checked before anything is written; one error and nothing is written.

Only the units the translator changed are applied (the record written by the export says what
the file held). A target in the state translated, final or signed-off (2.x: translated, reviewed,
final) counts as current for the English in the unit's source; any other state (needs-review,
new, initial, none) is saved but stays stale. A unit without a target imports nothing. A file of
\`xliff:export --for omegat\` is read as OmegaT leaves it (OmegaT sets no state): a target that
differs from its source counts as translated from that source, one equal to it imports nothing.
A changed source text or a unit id that no longer exists is refused (exit 2); a unit whose
translation in locales/ also changed since the export is a conflict (exit 1) unless --force.

${importHelp(XLIFF, 'the file')}`;

export const xliffImport = importCommand('xliff:import', USAGE, XLIFF);

void runIfMain(import.meta.url, 'xliff:import', xliffImport);
