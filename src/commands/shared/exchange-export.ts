import { join, resolve } from 'node:path';
import type { GlossaryFile } from '../../core/locale/glossary-file.ts';
import { languageExports, unwritableTexts, type ExportCounts, type LanguageExport } from '../../core/exchange/exchange.ts';
import { formatRecord, recordOf, recordPath } from '../../core/exchange/exchange-record.ts';
import type { BuiltFile, ExchangeFormat } from '../../core/exchange/formats/format.ts';
import { pendingWork, type ImportPlanner } from '../../core/exchange/import-plan.ts';
import { renderProblem } from '../../core/report/render.ts';
import { planProject } from '../../node/plan.ts';
import { readOptional, readSnapshot } from '../../node/project-io.ts';
import { commandSpec, parseCommand, type Command, type OptionsConfig, type Values } from './command.ts';
import { exchangeOptions, projectPath, readGlossary, readRecordText, recordIn, refuseOldSpelling } from './exchange.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';
import { commitRun, underLock, type RunWrites } from './pipeline.ts';

/**
 * Every export (po:export, xliff:export, tmx:export) is this one run, told only its format: the options
 * (exchangeOptions), the lock, the plan with its record, the files built, a refusal to overwrite work
 * not yet imported, then every file and record written as one run over what was read (pipeline.ts).
 */

/** The format an export's options chose, and how it treats a file already there. */
export interface ExportChoice {
  readonly format: ExchangeFormat;
  /** What reads a file already there (to see whether it holds work not yet imported); the format itself by default. */
  readonly reader?: ExchangeFormat;
  /** What an import of that file would do; the record-based import of PO and XLIFF by default. */
  readonly planner?: ImportPlanner;
  /** Whether a record of each file is kept beside it (PO, XLIFF); a memory is matched by its English instead. */
  readonly record?: boolean;
}

export interface ExportDefinition<O extends OptionsConfig> {
  readonly name: string;
  readonly usage: string;
  /** The folder written by default: po/, xliff/, tmx/. */
  readonly defaultDir: string;
  /** The options of this export alone (--version, --for); --lang, --dir and --force are every export's. */
  readonly options: O;
  /** The format for the options given, or what is wrong with them (exit 2). */
  readonly choose: (values: Values<O>) => ExportChoice | string;
}

interface ExportRequest extends ExportChoice {
  readonly name: string;
  readonly dir: string;
  readonly languages: readonly string[];
  readonly force: boolean;
}

/** An export command: the shared options and run, with its own options choosing the format. */
export function exportCommand<O extends OptionsConfig>(definition: ExportDefinition<O>): Command {
  const { name, usage, defaultDir } = definition;
  const options = { ...definition.options, ...exchangeOptions(defaultDir), out: { type: 'string' } } as const;
  const spec = commandSpec({ name, usage, options });
  return async (argv, env) => {
    const cli = parseCommand(spec, argv, env);
    if (!cli.ok) return cli.code;
    // Every export's options, which the generic type cannot show here (as in parseCommand).
    const { dir, force, out } = cli.values as { readonly dir: string; readonly force: boolean; readonly out?: string };
    const refused = refuseOldSpelling(name, out, env);
    if (refused !== undefined) return refused;
    const choice = definition.choose(cli.values as Values<O>);
    if (typeof choice === 'string') {
      env.err(`${name}: ${choice}`);
      return EXIT.broken;
    }
    const request: ExportRequest = { ...choice, name, dir, languages: cli.languages, force };
    return underLock(env, `npm run ${name}`, () => exportUnderLock(request, env));
  };
}

async function exportUnderLock(request: ExportRequest, env: CommandEnvironment): Promise<number> {
  const planned = await planExport(request, env);
  if (typeof planned === 'number') return planned;
  const files = await exportFiles(request, planned.exports, env);
  if (!request.force && (await refuseUnsaved(request, files, planned, env))) return EXIT.failed;
  const committed = await commitRun(env, exportWrites(files, env), { name: request.name, reader: 'the export', again: 'Export again.' });
  if (!committed.ok) return committed.code;
  for (const file of files)
    env.out(
      `${file.before === file.text ? 'Unchanged' : 'Wrote'} ${displayPath(env.cwd, file.path)}: ${file.summary ?? describe(file.counts)}`,
    );
  return committed.kept.length > 0 ? EXIT.failed : EXIT.ok;
}

interface PlannedExport {
  readonly locales: ReadonlyMap<string, string>;
  readonly glossary: GlossaryFile;
  readonly exports: readonly LanguageExport[];
}

/** The project planned (and its record taken), and what each language's file holds; the exit code when the input is broken. */
async function planExport(request: ExportRequest, env: CommandEnvironment): Promise<PlannedExport | number> {
  const { name } = request;
  const snapshot = await readSnapshot(env.cwd);
  const plan = await planProject(env.cwd, snapshot, { record: `npm run ${name}` });
  if (plan.fatal.length > 0) {
    for (const p of plan.fatal) env.err(renderProblem(p));
    env.err(`${name}: ${plan.fatal.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  const glossary = readGlossary(snapshot.locales, name, env);
  if (glossary === undefined) return EXIT.broken;
  if (plan.writes.size > 0) {
    // Not refused: the files show what the extraction will record. But an import applies to
    // locales/ as they are, so extracting first keeps the two in step.
    env.err(
      `${name}: ${plan.writes.size} file(s) under locales/ are out of date; run \`npm run extract\` before translators start, so the import finds the same English.`,
    );
  }
  const exports = languageExports(plan, glossary.glossary, request.languages);
  // Text no exchange file can carry: the writers refuse it.
  const unwritable = unwritableTexts(exports);
  for (const p of unwritable) env.err(renderProblem(p));
  if (unwritable.length === 0) return { locales: snapshot.locales, glossary, exports };
  env.err(`${name}: ${unwritable.length} text(s) hold characters no exchange file can carry; nothing was written.`);
  return EXIT.broken;
}

interface ExportFile extends BuiltFile {
  readonly path: string;
  /** What is there now (undefined: no file). */
  readonly before: string | undefined;
  /** The record beside it now, and the one this export keeps (undefined for a memory, which has none). */
  readonly recordBefore: string | undefined;
  readonly recordText: string | undefined;
}

/** The files the format builds, each with what is on disk where it goes. */
function exportFiles(request: ExportRequest, exports: readonly LanguageExport[], env: CommandEnvironment): Promise<ExportFile[]> {
  const dir = resolve(env.cwd, request.dir);
  return Promise.all(
    request.format.build(exports).map(async (built) => {
      const path = join(dir, built.name);
      const exported = exports.find((e) => e.language === built.language);
      const recordText = exported && request.record !== false ? formatRecord(recordOf(exported)) : undefined;
      return { ...built, path, before: await readOptional(path), recordBefore: await readRecordText(path, env), recordText };
    }),
  );
}

/** True (and said) when a file to be replaced holds a translator's work, which lives nowhere else until it is imported. */
async function refuseUnsaved(request: ExportRequest, files: readonly ExportFile[], planned: PlannedExport, env: CommandEnvironment) {
  const unsaved: string[] = [];
  for (const file of files) {
    if (file.before === undefined || file.before === file.text || file.language === undefined) continue;
    const shown = displayPath(env.cwd, file.path);
    const record = recordIn(file.recordBefore, file.path, env);
    const { locales, glossary } = planned;
    const input = {
      format: request.reader ?? request.format,
      language: file.language,
      file: shown,
      text: file.before,
      locales,
      glossary: glossary.glossary,
      same: glossary.same,
    };
    const pending = pendingWork({ ...input, ...(record ? { record } : {}) }, request.planner);
    if (pending !== undefined) unsaved.push(`${shown}: ${pending}`);
  }
  for (const line of unsaved) env.err(`${request.name}: ${line}`);
  if (unsaved.length > 0)
    env.err(
      `${request.name}: nothing was written. Import those files first (the import's --check lists what it would change); pass --force only to discard what they hold that locales/ does not.`,
    );
  return unsaved.length > 0;
}

/** Each file, then its record, where they differ from what is there: killed between the two, the journal completes the run. */
function exportWrites(files: readonly ExportFile[], env: CommandEnvironment): RunWrites {
  const writes = new Map<string, string>();
  const read = new Map<string, string | null>();
  const put = (path: string, before: string | undefined, text: string): void => {
    read.set(projectPath(env, path), before ?? null);
    if (before !== text) writes.set(projectPath(env, path), text);
  };
  for (const file of files) {
    put(file.path, file.before, file.text);
    if (file.recordText !== undefined) put(recordPath(file.path), file.recordBefore, file.recordText);
  }
  return { writes, read };
}

function describe(counts: ExportCounts): string {
  const obsolete = counts.obsolete > 0 ? `, ${counts.obsolete} obsolete` : '';
  return `${counts.translated} translated, ${counts.stale} stale, ${counts.untranslated} untranslated${obsolete}`;
}
