import { join, resolve } from 'node:path';
import type { GlossaryFile } from '../../core/locale/glossary-file.ts';
import { formatRecord, recordPath, type ExchangeRecord } from '../../core/exchange/exchange-record.ts';
import type { ExchangeFormat } from '../../core/exchange/formats/format.ts';
import { planImport, type ImportPlanner, type LanguageImport } from '../../core/exchange/import-plan.ts';
import { renderProblem } from '../../core/report/render.ts';
import { readOptional, readSnapshot } from '../../node/project-io.ts';
import { planSave } from '../../node/save-translations.ts';
import { commandSpec, parseCommand, type Command } from './command.ts';
import { exchangeOptions, projectPath, readGlossary, readRecordText, recordIn } from './exchange.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';
import { commitRun, recordTexts, underLock, type RunWrites } from './pipeline.ts';

/**
 * Every import (po:import, xliff:import, tmx:import) is this one run, told only its format and what
 * decides an import: the options (exchangeOptions), the translators' files, the lock, every file
 * checked before any is written, the record, then every language's files and records written as one
 * run over what was read (pipeline.ts).
 */

interface ImportRequest {
  readonly name: string;
  readonly format: ExchangeFormat;
  /** What checks a file against the project; the record-based import of PO and XLIFF by default. */
  readonly planner: ImportPlanner;
  readonly dir: string;
  readonly languages: readonly string[];
  /** Languages named with --lang: their files must exist. */
  readonly languagesGiven: boolean;
  readonly check: boolean;
  readonly force: boolean;
}

/** The options every import takes (importCommand's), and its exit codes, as its --help ends: `source` is whose translation --force takes. */
export function importHelp(format: ExchangeFormat, source: string): string {
  return `  --lang LANG   only this language (repeatable; its file must exist)
  --dir DIR     read from DIR instead of ${format.defaultDir}/
  --check       write nothing; list what would change; exit 1 if anything would
  --force       on a conflict, take ${source}'s translation over the one in locales/
  -h, --help    this text

Exit codes: 0 done; 1 a translation has errors or conflicts, or --check found changes (nothing written); 2 broken input (nothing written).`;
}

/** An import command: the same options and the same run, with its format and usage text. */
export function importCommand(name: string, usage: string, format: ExchangeFormat, planner: ImportPlanner = planImport): Command {
  const options = { ...exchangeOptions(format.defaultDir), check: { type: 'boolean', default: false } } as const;
  const spec = commandSpec({ name, usage, options });
  return async (argv, env) => {
    const cli = parseCommand(spec, argv, env);
    if (!cli.ok) return cli.code;
    const { dir, check, force } = cli.values;
    const request = { name, format, planner, dir, languages: cli.languages, languagesGiven: cli.languagesGiven, check, force };
    return underLock(env, `npm run ${name}`, async () => {
      // Read strictly: a file that is not UTF-8 is broken input (underLock says so, exit 2).
      const files = await findFiles(request, env);
      return typeof files === 'number' ? files : importUnderLock(request, files, env);
    });
  };
}

type FoundFile = { language: string; file: string; path: string; text: string };

/** The translators' files of the languages asked for; the exit code when one named with --lang, or all, are missing. */
async function findFiles(request: ImportRequest, env: CommandEnvironment): Promise<FoundFile[] | number> {
  const { name, format } = request;
  const dir = resolve(env.cwd, request.dir);
  const files: FoundFile[] = [];
  for (const language of request.languages) {
    const path = join(dir, format.fileName(language));
    const file = displayPath(env.cwd, path);
    const text = await readOptional(path, file);
    if (text !== undefined) files.push({ language, file, path, text });
    else if (request.languagesGiven) {
      env.err(`${name}: there is no ${file}; nothing was written.`);
      return EXIT.broken;
    }
  }
  if (files.length > 0) return files;
  env.err(`${name}: no ${format.label} files in ${displayPath(env.cwd, dir)}; write them with the export first.`);
  return EXIT.broken;
}

type ImportFile = FoundFile & { record?: ExchangeRecord; recordText?: string };
type PlannedFile = ImportFile & { result: LanguageImport };

async function importUnderLock(request: ImportRequest, found: readonly FoundFile[], env: CommandEnvironment): Promise<number> {
  const { name } = request;
  const files = await withRecords(found, env);
  const snapshot = await readSnapshot(env.cwd);
  const glossary = readGlossary(snapshot.locales, name, env);
  if (glossary === undefined) return EXIT.broken;
  // Every file is checked before any is written: a translator fixes all of them in one go.
  const results = planFiles(request, files, snapshot.locales, glossary);
  const refused = refuseProblems(name, results, env);
  if (refused !== undefined) return refused;
  if (request.check) {
    for (const r of results) env.out(renderChanges(r, 'would change'));
    return results.some((r) => r.result.namespaces.length > 0) ? EXIT.failed : EXIT.ok;
  }
  const run = await importWrites(name, results, env);
  if (typeof run === 'number') return run;
  // Before the import's own writes, and only when there are some: an import that changes nothing writes nothing.
  if (run.writes.size > 0) await recordTexts(env, `npm run ${name}`, snapshot.locales);
  const committed = await commitRun(env, run, { name, reader: 'the import', again: 'Import again.' });
  if (!committed.ok) return committed.code;
  for (const r of results) env.out(renderChanges(r, 'changed'));
  return committed.kept.length > 0 ? EXIT.failed : EXIT.ok;
}

/** The translators' files with their export records, read under the lock: an import writes the records, a recovery may complete one. */
async function withRecords(found: readonly FoundFile[], env: CommandEnvironment): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const f of found) {
    const recordText = await readRecordText(f.path, env);
    const record = recordIn(recordText, f.path, env);
    files.push({ ...f, ...(record ? { record } : {}), ...(recordText === undefined ? {} : { recordText }) });
  }
  return files;
}

function planFiles(
  request: ImportRequest,
  files: readonly ImportFile[],
  locales: ReadonlyMap<string, string>,
  { glossary, same }: GlossaryFile,
): PlannedFile[] {
  const { format, force } = request;
  return files.map((f) => ({ ...f, result: request.planner({ ...f, format, locales, glossary, same, overwrite: force }) }));
}

/** Every problem said; the exit code when there is one that refuses the import (nothing written). */
function refuseProblems(name: string, results: readonly PlannedFile[], env: CommandEnvironment): number | undefined {
  const broken = results.flatMap((r) => r.result.broken);
  const invalid = results.flatMap((r) => r.result.invalid);
  for (const p of [...broken, ...invalid, ...results.flatMap((r) => r.result.warnings)]) env.err(renderProblem(p));
  if (broken.length > 0) {
    env.err(`${name}: ${broken.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (invalid.length === 0) return undefined;
  const conflicts = invalid.filter((p) => p.code === 'conflict').length;
  const hint =
    conflicts > 0
      ? ` ${conflicts} of them conflict with translations in locales/ at least as new: --force would take the file's text over them, so use it only where the file's is the newer.`
      : '';
  env.err(`${name}: ${invalid.length} translation problem(s) to fix in the file(s) (listed above); nothing was written.${hint}`);
  return EXIT.failed;
}

/** Every language's locale files, sync states and records, as one run (a kill leaves none half-imported); the exit code when a save cannot be planned. */
async function importWrites(name: string, results: readonly PlannedFile[], env: CommandEnvironment): Promise<RunWrites | number> {
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  for (const r of results) {
    for (const ns of r.result.namespaces) {
      const save = { language: r.language, namespace: ns.namespace, edits: ns.edits, version: ns.version, origin: 'import' } as const;
      const outcome = await planSave(env.cwd, save);
      if (!outcome.ok) {
        // Only a file changed on disk since the check above gets here.
        for (const p of outcome.problems) env.err(renderProblem(p));
        env.err(`${name}: ${outcome.message}; nothing was written.`);
        return EXIT.broken;
      }
      for (const [path, text] of outcome.writes) writes.set(path, text);
      for (const [path, text] of outcome.read) read.set(path, text);
    }
    if (r.result.record) {
      const text = formatRecord(r.result.record);
      const path = projectPath(env, recordPath(r.path));
      if (text !== r.recordText) writes.set(path, text);
      read.set(path, r.recordText ?? null);
    }
  }
  return { writes, read };
}

function renderChanges({ language, file, result }: PlannedFile, verb: string): string {
  const count = result.namespaces.reduce((n, ns) => n + ns.changes.length, 0);
  if (count === 0) return `${language} (${file}): no changes`;
  const lines = [`${language} (${file}): ${count} translation(s) ${verb}`];
  for (const ns of result.namespaces) for (const c of ns.changes) lines.push(`  ${c.kind.padEnd(11)} ${ns.namespace}:${c.key}`);
  return lines.join('\n');
}
