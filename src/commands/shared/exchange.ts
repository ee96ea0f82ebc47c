import { join, relative, resolve, sep } from 'node:path';
import type { Glossary } from '../../core/sync/checks.ts';
import { languageExports, unwritableTexts, type ExportCounts } from '../../core/exchange/exchange.ts';
import { formatRecord, parseRecord, recordOf, recordPath, type ExchangeRecord } from '../../core/exchange/exchange-record.ts';
import type { ExchangeFormat } from '../../core/exchange/formats/format.ts';
import { loadGlossary } from '../../core/locale/loaders.ts';
import { pendingWork, planImport, type ImportPlanner, type LanguageImport } from '../../core/exchange/import-plan.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, type Command } from './command.ts';
import { locked } from '../../node/lock.ts';
import { planProject } from '../../node/plan.ts';
import { BrokenInput, readOptional, readSnapshot, writeAtomic } from '../../node/project-io.ts';
import { commitWrites } from '../../node/transaction.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';
import { renderProblem } from '../../core/report/render.ts';
import { planSave } from '../../node/save-translations.ts';

/**
 * The shells of every exchange format's export and import (po:*, xliff:*, tmx:export): read the
 * project, call the core, print, write. Which format, folder and languages is all they are told.
 */

export interface ExportRequest {
  readonly name: string;
  readonly format: ExchangeFormat;
  /** What reads a file already there (to see whether it holds work not yet imported); the format itself by default. */
  readonly reader?: ExchangeFormat;
  /** What an import of that file would do; the record-based import of PO and XLIFF by default. */
  readonly planner?: ImportPlanner;
  /** Whether a record of each file is kept beside it (PO, XLIFF); a memory is matched by its English instead. */
  readonly record?: boolean;
  readonly dir: string;
  readonly languages: readonly string[];
  readonly force: boolean;
}

function describeCounts(counts: ExportCounts): string {
  const obsolete = counts.obsolete > 0 ? `, ${counts.obsolete} obsolete` : '';
  return `${counts.translated} translated, ${counts.stale} stale, ${counts.untranslated} untranslated${obsolete}`;
}

function readGlossary(locales: ReadonlyMap<string, string>, name: string, env: CommandEnvironment): Glossary | undefined {
  const loaded = loadGlossary(locales);
  if (loaded.ok) return loaded.value;
  for (const p of loaded.problems) env.err(renderProblem(p));
  env.err(`${name}: the glossary is broken; nothing was written.`);
  return undefined;
}

/** The record beside an exported file, if there is a readable one (an unreadable one is ignored, with a warning). */
async function readRecord(path: string, env: CommandEnvironment): Promise<ExchangeRecord | undefined> {
  const text = await readOptional(recordPath(path), displayPath(env.cwd, recordPath(path)));
  if (text === undefined) return undefined;
  const record = parseRecord(text);
  if (!record)
    env.err(
      `warning: ${displayPath(env.cwd, recordPath(path))} is not an export record; it is ignored, and every entry that differs from locales/ counts as a conflict`,
    );
  return record;
}

/** True (and said) when an export holds text no exchange file can carry: the writers refuse it, and nothing is written. */
function refuseUnwritable(name: string, exports: Parameters<typeof unwritableTexts>[0], env: CommandEnvironment): boolean {
  const problems = unwritableTexts(exports);
  for (const p of problems) env.err(renderProblem(p));
  if (problems.length > 0) env.err(`${name}: ${problems.length} text(s) hold characters no exchange file can carry; nothing was written.`);
  return problems.length > 0;
}

export function runExport(request: ExportRequest, env: CommandEnvironment): Promise<number> {
  return locked(env, `npm run ${request.name}`, () => exportUnderLock(request, env));
}

async function exportUnderLock(request: ExportRequest, env: CommandEnvironment): Promise<number> {
  const { name, format } = request;
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
  const dir = resolve(env.cwd, request.dir);
  const exports = languageExports(plan, glossary, request.languages);
  if (refuseUnwritable(name, exports, env)) return EXIT.broken;
  const files = format.build(exports).map((built) => ({ ...built, path: join(dir, built.name) }));
  const befores = await Promise.all(files.map((file) => readOptional(file.path)));
  if (!request.force) {
    // A translator's work in an exported file lives nowhere else until it is imported.
    const unsaved: string[] = [];
    for (const [index, file] of files.entries()) {
      const before = befores[index];
      if (before === undefined || before === file.text || file.language === undefined) continue;
      const shown = displayPath(env.cwd, file.path);
      const record = await readRecord(file.path, env);
      const pending = pendingWork(
        {
          format: request.reader ?? format,
          language: file.language,
          file: shown,
          text: before,
          locales: snapshot.locales,
          glossary,
          ...(record ? { record } : {}),
        },
        request.planner,
      );
      if (pending !== undefined) unsaved.push(`${shown}: ${pending}`);
    }
    if (unsaved.length > 0) {
      for (const line of unsaved) env.err(`${name}: ${line}`);
      env.err(
        `${name}: nothing was written. Import those files first (the import's --check lists what it would change); pass --force only to discard what they hold that locales/ does not.`,
      );
      return EXIT.failed;
    }
  }
  // Checked again just before writing: a translator's file saved since it was read is not overwritten.
  const changed: string[] = [];
  for (const [index, file] of files.entries())
    if ((await readOptional(file.path)) !== befores[index]) changed.push(displayPath(env.cwd, file.path));
  if (changed.length > 0) {
    env.err(`${name}: ${changed.join(', ')} changed on disk while exporting; nothing was written. Export again.`);
    return EXIT.failed;
  }
  for (const [index, file] of files.entries()) {
    const before = befores[index];
    if (before !== file.text) await writeAtomic(file.path, file.text);
    // The file first, then its record: killed in between, the old record under the new file
    // only makes entries look changed to the text locales/ already holds, which is no conflict.
    const exported = exports.find((e) => e.language === file.language);
    if (exported && request.record !== false) {
      const recordText = formatRecord(recordOf(exported));
      if ((await readOptional(recordPath(file.path))) !== recordText) await writeAtomic(recordPath(file.path), recordText);
    }
    env.out(
      `${before === file.text ? 'Unchanged' : 'Wrote'} ${displayPath(env.cwd, file.path)}: ${file.summary ?? describeCounts(file.counts)}`,
    );
  }
  return EXIT.ok;
}

export interface ImportRequest {
  readonly name: string;
  readonly format: ExchangeFormat;
  /** What checks a file against the project; the record-based import of PO and XLIFF by default. */
  readonly planner?: ImportPlanner;
  readonly dir: string;
  readonly languages: readonly string[];
  /** Languages named with --lang: their files must exist. */
  readonly languagesGiven: boolean;
  readonly check: boolean;
  readonly force: boolean;
}

function renderChanges(language: string, file: string, result: LanguageImport, verb: string): string {
  const count = result.namespaces.reduce((n, ns) => n + ns.changes.length, 0);
  if (count === 0) return `${language} (${file}): no changes`;
  const lines = [`${language} (${file}): ${count} translation(s) ${verb}`];
  for (const ns of result.namespaces) for (const c of ns.changes) lines.push(`  ${c.kind.padEnd(11)} ${ns.namespace}:${c.key}`);
  return lines.join('\n');
}

async function runImport(request: ImportRequest, env: CommandEnvironment): Promise<number> {
  try {
    return await importFiles(request, env);
  } catch (error) {
    if (!(error instanceof BrokenInput)) throw error;
    env.err(error.message);
    return EXIT.broken;
  }
}

/** Read the translators' files (strictly: a file that is not UTF-8 is broken input), then import them under the lock. */
async function importFiles(request: ImportRequest, env: CommandEnvironment): Promise<number> {
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
  if (files.length === 0) {
    env.err(`${name}: no ${format.label} files in ${displayPath(env.cwd, dir)}; write them with the export first.`);
    return EXIT.broken;
  }
  return locked(env, `npm run ${name}`, () => importUnderLock(request, files, env));
}

type FoundFile = { language: string; file: string; path: string; text: string };
type ImportFile = FoundFile & { record?: ExchangeRecord; recordText?: string };

/** The translators' files with their export records, read under the lock: an import writes the records, a recovery may complete one. */
async function withRecords(found: readonly FoundFile[], env: CommandEnvironment): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const f of found) {
    const record = await readRecord(f.path, env);
    const recordText = await readOptional(recordPath(f.path), displayPath(env.cwd, recordPath(f.path)));
    files.push({ ...f, ...(record ? { record } : {}), ...(recordText === undefined ? {} : { recordText }) });
  }
  return files;
}

async function importUnderLock(request: ImportRequest, found: readonly FoundFile[], env: CommandEnvironment): Promise<number> {
  const { name, format } = request;
  const files = await withRecords(found, env);
  const snapshot = await readSnapshot(env.cwd);
  const glossary = readGlossary(snapshot.locales, name, env);
  if (glossary === undefined) return EXIT.broken;

  // Every file is checked before any is written: a translator fixes all of them in one go.
  const results = files.map((f) => ({
    ...f,
    result: (request.planner ?? planImport)({ ...f, format, locales: snapshot.locales, glossary, overwrite: request.force }),
  }));
  const broken = results.flatMap((r) => r.result.broken);
  const invalid = results.flatMap((r) => r.result.invalid);
  for (const p of [...broken, ...invalid, ...results.flatMap((r) => r.result.warnings)]) env.err(renderProblem(p));
  if (broken.length > 0) {
    env.err(`${name}: ${broken.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (invalid.length > 0) {
    const conflicts = invalid.filter((p) => p.code === 'conflict').length;
    const hint =
      conflicts > 0
        ? ` ${conflicts} of them conflict with translations in locales/ at least as new: --force would take the file's text over them, so use it only where the file's is the newer.`
        : '';
    env.err(`${name}: ${invalid.length} translation problem(s) to fix in the file(s) (listed above); nothing was written.${hint}`);
    return EXIT.failed;
  }
  if (request.check) {
    for (const r of results) env.out(renderChanges(r.language, r.file, r.result, 'would change'));
    return results.some((r) => r.result.namespaces.length > 0) ? EXIT.failed : EXIT.ok;
  }
  // Every language's files and records are written as one run: a kill leaves none half-imported.
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  for (const r of results) {
    for (const ns of r.result.namespaces) {
      const outcome = await planSave(env.cwd, {
        language: r.language,
        namespace: ns.namespace,
        edits: ns.edits,
        version: ns.version,
        origin: 'po-file',
      });
      if (!outcome.ok) {
        // Only a file changed on disk since the check above gets here.
        for (const p of outcome.problems) env.err(renderProblem(p));
        env.err(`${name}: ${outcome.message}; nothing was written.`);
        return EXIT.broken;
      }
      for (const [path, text] of outcome.writes) writes.set(path, text);
      for (const [path, text] of outcome.read) read.set(path, text);
    }
    const record = r.result.record;
    if (record) {
      const text = formatRecord(record);
      const path = relative(env.cwd, recordPath(r.path)).split(sep).join('/');
      if (text !== r.recordText) writes.set(path, text);
      read.set(path, r.recordText ?? null);
    }
  }
  const committed = await commitWrites(env.cwd, writes, { command: `npm run ${name}`, read });
  if (!committed.ok) {
    env.err(`${name}: ${committed.changed.join(', ')} changed on disk after the import read them; nothing was written. Import again.`);
    return EXIT.failed;
  }
  for (const r of results) env.out(renderChanges(r.language, r.file, r.result, 'changed'));
  for (const path of committed.kept)
    env.err(`${name}: ${path} changed on disk while the import wrote; left as it was found. Import again.`);
  return committed.kept.length > 0 ? EXIT.failed : EXIT.ok;
}

/** An import command (po:import, xliff:import, tmx:import): the same options and the same run, with its format and usage text. */
export function importCommand(name: string, usage: string, format: ExchangeFormat, planner?: ImportPlanner): Command {
  const spec = commandSpec({
    name,
    usage,
    options: {
      ...LANGUAGE_OPTION,
      dir: { type: 'string', default: format.defaultDir },
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  return async (argv, env) => {
    const cli = parseCommand(spec, argv, env);
    if (!cli.ok) return cli.code;
    const { dir, check, force } = cli.values;
    const languages = cli.languages;
    return runImport(
      { name, format, ...(planner ? { planner } : {}), dir, languages, languagesGiven: cli.languagesGiven, check, force },
      env,
    );
  };
}
