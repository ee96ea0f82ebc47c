import { PO } from '../core/exchange/formats/po.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { runExport } from './shared/exchange.ts';
import type { CommandEnvironment } from './shared/io.ts';

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
  --out DIR     write into DIR instead of po/
  --force       overwrite PO files even when they hold translations not yet imported
  -h, --help    this text

Exit codes: 0 written; 1 a PO file holds work not yet imported (nothing written); 2 broken input or bad options (nothing written).`;

const SPEC = commandSpec({
  name: 'po:export',
  usage: USAGE,
  options: {
    ...LANGUAGE_OPTION,
    out: { type: 'string', default: PO.defaultDir },
    force: { type: 'boolean', default: false },
  },
});

export async function poExport(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  return runExport({ name: SPEC.name, format: PO, dir: cli.values.out, languages: cli.languages, force: cli.values.force }, env);
}

await runIfMain(import.meta.url, 'po:export', poExport);
