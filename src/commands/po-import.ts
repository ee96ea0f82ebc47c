import { PO } from '../core/exchange/formats/po.ts';
import { runIfMain } from './shared/command.ts';
import { importCommand, importHelp } from './shared/exchange-import.ts';

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

${importHelp(PO, 'the PO file')}`;

export const poImport = importCommand('po:import', USAGE, PO);

void runIfMain(import.meta.url, 'po:import', poImport);
