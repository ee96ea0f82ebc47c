import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TARGET_LANGUAGES } from '../languages.ts';
import { planExtraction, type ExtractionPlan } from '../sync/extraction.ts';
import { buildPo, importRecordPath, PO_DIR, poFileName, type PoCounts } from '../sync/po.ts';
import { readOptional, readSnapshot, writeAtomic } from './project-io.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './command.ts';
import { planImport, readImportRecord } from './po-import.ts';
import { renderProblem } from './render.ts';

const USAGE = `Usage: npm run po:export -- [options]

Write one gettext PO file per language (po/da.po, ...) for PO editors such as Poedit, OmegaT
or Weblate: every entry of every namespace, msgctxt namespace:key, msgid the English now,
msgstr the translation ("" when untranslated). A stale translation is marked fuzzy, with the
English it was made from as #| msgid. Bring the files back with \`npm run po:import\`.

A PO file that holds translations not yet imported is not overwritten: import it first, or
pass --force to throw those translations away.

  --lang LANG   only this language (repeatable)
  --out DIR     write into DIR instead of po/
  --force       overwrite PO files even when they hold translations not yet imported
  -h, --help    this text

Exit codes: 0 written; 2 broken input or bad options (nothing written).`;

export interface ExportedFile {
  readonly language: string;
  readonly path: string;
  readonly text: string;
  readonly counts: PoCounts;
}

/** The PO files a plan gives, by language, in the order of the language list. */
export function exportFiles(plan: ExtractionPlan, languages: readonly string[], dir: string): ExportedFile[] {
  return plan.languages
    .filter((report) => languages.includes(report.language))
    .map((report) => ({ language: report.language, path: join(dir, poFileName(report.language)), ...buildPo(report, plan.english) }));
}

/**
 * What an existing PO file holds that importing it would still bring in (or that it cannot bring
 * in, being broken or in conflict), described for a refusal; undefined when it holds nothing new.
 */
export function pendingWork(input: Parameters<typeof planImport>[0]): string | undefined {
  const result = planImport(input);
  if (result.broken.length > 0) return `it cannot be read (${result.broken[0]?.message ?? 'broken'}), so it may hold work that was never imported`;
  const keys = [
    ...result.namespaces.flatMap((ns) => ns.changes.map((c) => `${ns.namespace}:${c.key}`)),
    ...result.invalid.map((p) => `${p.namespace ?? ''}:${p.key ?? ''}`),
    // Translations of paragraphs removed since: an export would leave them nowhere.
    ...result.stranded,
  ];
  const changes = keys.length;
  if (changes === 0) return undefined;
  return `${changes} translation(s) that only this file holds (${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ', …' : ''})`;
}

export function describeCounts(counts: PoCounts): string {
  const obsolete = counts.obsolete > 0 ? `, ${counts.obsolete} obsolete` : '';
  return `${counts.translated} translated, ${counts.fuzzy} fuzzy, ${counts.untranslated} untranslated${obsolete}`;
}

const SPEC = commandSpec({
  name: 'po:export',
  usage: USAGE,
  options: {
    ...LANGUAGE_OPTION,
    out: { type: 'string', default: PO_DIR },
    force: { type: 'boolean', default: false },
  },
});

export async function poExport(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const args = cli.values;

  const snapshot = await readSnapshot(env.cwd);
  const plan = planExtraction(snapshot);
  if (plan.fatal.length > 0) {
    for (const p of plan.fatal) env.err(renderProblem(p));
    env.err(`po:export: ${plan.fatal.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (plan.writes.size > 0) {
    // Not refused: the PO files show what the extraction will record. But po:import applies to
    // locales/ as they are, so extracting first keeps the two in step.
    env.err(`po:export: ${plan.writes.size} file(s) under locales/ are out of date; run \`npm run extract\` before translators start, so po:import finds the same English.`);
  }

  const dir = resolve(env.cwd, args.out);
  const files = exportFiles(plan, args.lang.length > 0 ? args.lang : TARGET_LANGUAGES, dir);
  const befores = await Promise.all(files.map((file) => readOptional(file.path)));
  const records = await Promise.all(files.map((file) => readImportRecord(file.path, env)));
  if (!args.force) {
    // A translator's work in a PO file lives nowhere else until it is imported.
    const unsaved = files.flatMap((file, index) => {
      const before = befores[index];
      if (before === undefined || before === file.text) return [];
      const shown = displayPath(env.cwd, file.path);
      const { lastImport } = records[index] ?? {};
      const pending = pendingWork({ language: file.language, file: shown, text: before, locales: snapshot.locales, glossary: [], ...(lastImport ? { lastImport } : {}) });
      return pending === undefined ? [] : [`${shown}: ${pending}`];
    });
    if (unsaved.length > 0) {
      for (const line of unsaved) env.err(`po:export: ${line}`);
      env.err('po:export: nothing was written. Import those files first (npm run po:import), or pass --force to overwrite them.');
      return EXIT.failed;
    }
  }
  for (const [index, file] of files.entries()) {
    const before = befores[index];
    if (before !== file.text) await writeAtomic(file.path, file.text);
    // The new export-base comments say what locales/ holds now: the last import's record is history.
    if (records[index]?.recordText !== undefined) await rm(importRecordPath(file.path), { force: true });
    env.out(`${before === file.text ? 'Unchanged' : 'Wrote'} ${displayPath(env.cwd, file.path)}: ${describeCounts(file.counts)}`);
  }
  return EXIT.ok;
}

await runIfMain(import.meta.url, 'po:export', poExport);
