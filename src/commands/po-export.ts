import { PO } from '../core/exchange/formats/po.ts';
import { runIfMain } from './shared/command.ts';
import { exportCommand } from './shared/exchange-export.ts';

const USAGE = `Usage: npm run po:export -- [options]

Write one gettext PO file per language (po/da.po, ...) for PO editors such as Poedit, OmegaT
or Weblate: every entry of every namespace, msgctxt namespace:key, msgid the English now,
msgstr the translation ("" when untranslated). A stale translation is marked fuzzy, with the
English it was made from as #| msgid. Beside each file, a record of what it holds
(po/da.po.record.json) lets the import tell what the translator changed. Bring the files back
with \`npm run po:import\`.

A PO file that holds translations not yet imported (edited #~ entries included) is not
overwritten: import it first, or pass --force to throw those translations away.

  --lang LANG   only this language (repeatable)
  --dir DIR     write into DIR instead of po/ (po:import's --dir)
  --force       overwrite PO files even when they hold translations not yet imported
  -h, --help    this text

Exit codes: 0 written; 1 a PO file holds work not yet imported (nothing written); 2 broken input or bad options (nothing written).`;

export const poExport = exportCommand({
  name: 'po:export',
  usage: USAGE,
  defaultDir: PO.defaultDir,
  options: {},
  choose: () => ({ format: PO }),
});

void runIfMain(import.meta.url, 'po:export', poExport);
