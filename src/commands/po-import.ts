import { PO } from '../core/exchange/formats/po.ts';
import { runIfMain } from './shared/command.ts';
import { importCommand } from './shared/exchange-import.ts';

const USAGE = `Usage: npm run po:import -- [options]

Read the PO files in po/ (po/da.po, ...) back into locales/, through the same checks as the
extraction (placeholders, tags, empty texts; glossary misses as warnings). Every file is
checked before anything is written; one error and nothing is written.

Only the entries the translator changed are applied: the record written by the export
(po/da.po.record.json) says what the file held, whatever an editor or msgmerge did to its
comments. A confirmed entry becomes translated; a fuzzy entry is saved but stays stale. An
empty msgstr imports nothing. An entry whose translation in locales/ also changed since the
export (or that no record covers, so that nobody can tell) is refused as a conflict rather than
put over the other text. Edited #~ entries are reported, not imported.

  --lang LANG   only this language (repeatable; its file must exist)
  --dir DIR     read from DIR instead of po/
  --check       write nothing; list what would change; exit 1 if anything would
  --force       on a conflict, take the PO file's translation over the one in locales/
  -h, --help    this text

Exit codes: 0 done; 1 a translation has errors or conflicts, or --check found changes (nothing written); 2 broken input (nothing written).`;

export const poImport = importCommand('po:import', USAGE, PO);

await runIfMain(import.meta.url, 'po:import', poImport);
