import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import { applyTranslations } from '../sync/apply.ts';
import type { Catalog } from '../sync/catalog.ts';
import type { Glossary } from '../sync/checks.ts';
import { parseGlossary } from '../sync/glossary-file.ts';
import { parseLocaleFile } from '../sync/locale-file.ts';
import { GLOSSARY_FILE, isNamespace, LOCALES_DIR, localeFile, stateFile } from '../sync/paths.ts';
import { formatImportRecord, importPo, importRecordPath, parseImportRecord, PO_DIR, poFileName, type EntryBase, type LocatedEdit, type NamespaceFiles } from '../sync/po.ts';
import type { Problem } from '../sync/problems.ts';
import { EMPTY_STATE, type SyncState } from '../sync/state.ts';
import { parseState } from '../sync/state-file.ts';
import { readOptional, readSnapshot, writeAtomic } from './project-io.ts';
import { displayPath, EXIT, type CommandEnvironment } from './io.ts';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './command.ts';
import { renderProblem } from './render.ts';
import { fileVersion, saveTranslations } from './save-translations.ts';

const USAGE = `Usage: npm run po:import -- [options]

Read the PO files in po/ (po/da.po, ...) back into locales/, through the same checks as the
extraction (placeholders, tags, empty texts; glossary misses as warnings). Every file is
checked before anything is written; one error and nothing is written.

An entry's translation is recorded as made from its msgid, so a confirmed entry becomes
translated; a fuzzy entry is saved but stays stale. An empty msgstr imports nothing.

An entry whose translation in locales/ changed since the export (or that has no export-base
comment, so that nobody can tell) is refused as a conflict rather than put over the newer text.

  --lang LANG   only this language (repeatable; its file must exist)
  --dir DIR     read from DIR instead of po/
  --check       write nothing; list what would change; exit 1 if anything would
  --force       on a conflict, take the PO file's translation over the one in locales/
  -h, --help    this text

Exit codes: 0 done; 1 a translation has errors, or --check found changes; 2 broken input (nothing written).`;

/** What an import does to one key, as the translator would put it. */
export type ChangeKind = 'translated' | 'stale' | 'confirmed' | 'now stale';

export interface NamespaceImport {
  readonly namespace: string;
  readonly edits: readonly LocatedEdit[];
  /** The locale file's version as checked: a file changed on disk before the write is a conflict. */
  readonly version: string;
  readonly changes: readonly { readonly key: string; readonly kind: ChangeKind }[];
}

export interface LanguageImport {
  /** Broken input: the PO file, or the locale files it goes into. */
  readonly broken: readonly Problem[];
  /** Translations the checks refuse. */
  readonly invalid: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly namespaces: readonly NamespaceImport[];
  /** Changed entries that cannot be imported (see PoImport). */
  readonly stranded: readonly string[];
  /** The import record to keep once the edits are written. */
  readonly record: ReadonlyMap<string, EntryBase>;
}

export interface ImportInput {
  readonly language: string;
  /** The PO file's path as messages show it. */
  readonly file: string;
  readonly text: string;
  /** Files under locales/ by path relative to the project root. */
  readonly locales: ReadonlyMap<string, string>;
  readonly glossary: Glossary;
  /** See PoImportInput.overwrite. */
  readonly overwrite?: boolean;
  /** See PoImportInput.lastImport. */
  readonly lastImport?: ReadonlyMap<string, EntryBase>;
}

function kind(edit: LocatedEdit, english: string | undefined, before: string | undefined): ChangeKind {
  const current = edit.from === english;
  if (edit.translation !== before) return current ? 'translated' : 'stale';
  return current ? 'confirmed' : 'now stale';
}

/**
 * Check one language's PO file against the project as it is on disk, writing nothing:
 * the edits it makes per namespace, or why it cannot be imported. Problems that the checks
 * find in a translation point at the PO entry, where the translator will fix them.
 */
export function planImport(input: ImportInput): LanguageImport {
  const { language, file, locales } = input;
  const broken: Problem[] = [];
  const invalid: Problem[] = [];
  const warnings: Problem[] = [];
  const texts = new Map<string, string | undefined>();
  const namespaces = new Map<string, NamespaceFiles>();
  const englishPrefix = `${LOCALES_DIR}/${SOURCE_LANGUAGE}/`;
  for (const [path, englishText] of locales) {
    if (!path.startsWith(englishPrefix) || !path.endsWith('.json') || path.slice(englishPrefix.length).includes('/')) continue;
    const namespace = path.slice(englishPrefix.length, -'.json'.length);
    if (!isNamespace(namespace)) {
      broken.push({ severity: 'error', code: 'namespace', message: `"${namespace}" is not a namespace name (letters, digits, hyphens and underscores): rename or remove the file`, file: path });
      continue;
    }
    const english = parseLocaleFile(path, englishText);
    const targetPath = localeFile(language, namespace);
    const targetText = locales.get(targetPath);
    const target = targetText === undefined ? undefined : parseLocaleFile(targetPath, targetText);
    const statePath = stateFile(language, namespace);
    const stateText = locales.get(statePath);
    const state = stateText === undefined ? undefined : parseState(statePath, stateText);
    for (const parsed of [english, target, state]) if (parsed && !parsed.ok) broken.push(...parsed.problems);
    const catalog: Catalog = target?.ok ? target.catalog : new Map();
    const sync: SyncState = state?.ok ? state.state : EMPTY_STATE;
    if (english.ok) namespaces.set(namespace, { english: english.catalog, target: catalog, state: sync });
    texts.set(namespace, targetText);
  }
  const none = { namespaces: [], stranded: [], record: new Map<string, EntryBase>() };
  if (broken.length > 0) return { broken, invalid, warnings, ...none };

  const imported = importPo({ language, file, text: input.text, namespaces, ...(input.overwrite ? { overwrite: true } : {}), ...(input.lastImport ? { lastImport: input.lastImport } : {}) });
  if (!imported.ok) return { broken: imported.problems, invalid, warnings, ...none };
  warnings.push(...imported.warnings);
  invalid.push(...imported.conflicts);

  const at = (edits: readonly LocatedEdit[], problem: Problem): Problem => {
    const line = edits.find((e) => e.key === problem.key)?.line;
    const { line: _line, column: _column, ...rest } = problem;
    return { ...rest, file, ...(line === undefined ? {} : { line, column: 1 }) };
  };
  const results: NamespaceImport[] = [];
  for (const [namespace, edits] of imported.edits) {
    const files = namespaces.get(namespace);
    const text = texts.get(namespace);
    if (!files) continue; // importPo only edits namespaces it was given
    if (text === undefined) {
      broken.push({ severity: 'error', code: 'missing-file', message: `there is no ${localeFile(language, namespace)}: run npm run extract`, file, language, namespace });
      continue;
    }
    const result = applyTranslations({ language, namespace, file: localeFile(language, namespace), text, english: files.english, state: files.state, glossary: input.glossary, edits });
    if (!result.ok) {
      invalid.push(...result.problems.map((p) => at(edits, p)));
      continue;
    }
    const changed = new Set(result.changed);
    // Warnings only for what this import changes: the rest the extraction has reported already.
    warnings.push(...result.warnings.filter((w) => w.key !== undefined && changed.has(w.key)).map((w) => at(edits, w)));
    const changes = edits.filter((e) => changed.has(e.key)).map((e) => ({ key: e.key, kind: kind(e, files.english.get(e.key), files.target.get(e.key)) }));
    if (changes.length > 0) results.push({ namespace, edits: edits.filter((e) => changed.has(e.key)), version: fileVersion(text), changes });
  }
  return { broken, invalid, warnings, namespaces: results, stranded: imported.stranded, record: imported.record };
}

/** The import record beside a PO file, if there is a readable one (an unreadable one is ignored, with a warning). */
export async function readImportRecord(poPath: string, env: CommandEnvironment): Promise<{ lastImport?: ReadonlyMap<string, EntryBase>; recordText?: string }> {
  const path = importRecordPath(poPath);
  const text = await readOptional(path);
  if (text === undefined) return {};
  const record = parseImportRecord(text);
  if (!record) {
    env.err(`warning: ${displayPath(env.cwd, path)} is not an import record; it is ignored, and the PO file's export-base comments decide what changed`);
    return { recordText: text };
  }
  return { lastImport: record, recordText: text };
}

/** Write the record after an import, or remove it when every entry is as its export-base says. */
async function keepImportRecord(poPath: string, before: string | undefined, record: ReadonlyMap<string, EntryBase>): Promise<void> {
  const path = importRecordPath(poPath);
  if (record.size === 0) {
    if (before !== undefined) await rm(path, { force: true });
    return;
  }
  const text = formatImportRecord(record);
  if (text !== before) await writeAtomic(path, text);
}

function renderChanges(language: string, file: string, result: LanguageImport, verb: string): string {
  const count = result.namespaces.reduce((n, ns) => n + ns.changes.length, 0);
  if (count === 0) return `${language} (${file}): no changes`;
  const lines = [`${language} (${file}): ${count} translation(s) ${verb}`];
  for (const ns of result.namespaces) for (const c of ns.changes) lines.push(`  ${c.kind.padEnd(11)} ${ns.namespace}:${c.key}`);
  return lines.join('\n');
}

const SPEC = commandSpec({
  name: 'po:import',
  usage: USAGE,
  options: {
    ...LANGUAGE_OPTION,
    dir: { type: 'string', default: PO_DIR },
    check: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

export async function poImport(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const args = cli.values;

  const dir = resolve(env.cwd, args.dir);
  const wanted = args.lang.length > 0 ? [...new Set(args.lang)] : TARGET_LANGUAGES;
  const files: { language: string; file: string; path: string; text: string; lastImport?: ReadonlyMap<string, EntryBase>; recordText?: string }[] = [];
  for (const language of wanted) {
    const path = join(dir, poFileName(language));
    const text = await readOptional(path);
    const file = displayPath(env.cwd, path);
    if (text !== undefined) files.push({ language, file, path, text, ...(await readImportRecord(path, env)) });
    else if (args.lang.length > 0) {
      env.err(`po:import: there is no ${file}; nothing was written.`);
      return EXIT.broken;
    }
  }
  if (files.length === 0) {
    env.err(`po:import: no PO files in ${displayPath(env.cwd, dir)}; write them with \`npm run po:export\`.`);
    return EXIT.broken;
  }

  const snapshot = await readSnapshot(env.cwd);
  let glossary: Glossary = [];
  const glossaryText = snapshot.locales.get(GLOSSARY_FILE);
  if (glossaryText !== undefined) {
    const parsed = parseGlossary(GLOSSARY_FILE, glossaryText);
    if (!parsed.ok) {
      for (const p of parsed.problems) env.err(renderProblem(p));
      env.err('po:import: the glossary is broken; nothing was written.');
      return EXIT.broken;
    }
    glossary = parsed.glossary;
  }

  // Every file is checked before any is written: a translator fixes all of them in one go.
  const results = files.map((f) => ({ ...f, result: planImport({ ...f, locales: snapshot.locales, glossary, overwrite: args.force }) }));
  const broken = results.flatMap((r) => r.result.broken);
  const invalid = results.flatMap((r) => r.result.invalid);
  for (const p of [...broken, ...invalid, ...results.flatMap((r) => r.result.warnings)]) env.err(renderProblem(p));
  if (broken.length > 0) {
    env.err(`po:import: ${broken.length} problem(s) in the input; nothing was written.`);
    return EXIT.broken;
  }
  if (invalid.length > 0) {
    const conflicts = invalid.filter((p) => p.code === 'po-conflict').length;
    const hint = conflicts > 0 ? ` ${conflicts} of them conflict with newer translations in locales/ (--force takes the PO file's text).` : '';
    env.err(`po:import: ${invalid.length} translation problem(s) to fix in the PO file(s) (listed above); nothing was written.${hint}`);
    return EXIT.failed;
  }

  const changes = results.some((r) => r.result.namespaces.length > 0);
  if (args.check) {
    for (const r of results) env.out(renderChanges(r.language, r.file, r.result, 'would change'));
    return changes ? EXIT.failed : EXIT.ok;
  }
  for (const r of results) {
    for (const ns of r.result.namespaces) {
      const outcome = await saveTranslations(env.cwd, { language: r.language, namespace: ns.namespace, edits: ns.edits, version: ns.version, origin: 'po-file' });
      if (!outcome.ok) {
        // Only a file changed on disk since the check above gets here.
        for (const p of outcome.problems) env.err(renderProblem(p));
        env.err(`po:import: ${outcome.message}; stopped at ${r.language} ${ns.namespace}.`);
        return EXIT.broken;
      }
    }
    await keepImportRecord(r.path, r.recordText, r.result.record);
    env.out(renderChanges(r.language, r.file, r.result, 'changed'));
  }
  return EXIT.ok;
}

await runIfMain(import.meta.url, 'po:import', poImport);
