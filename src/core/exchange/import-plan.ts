import { SOURCE_LANGUAGE } from '../../languages.ts';
import { applyTranslations } from '../sync/apply.ts';
import type { Catalog } from '../common/catalog.ts';
import type { Glossary } from '../sync/checks.ts';
import type { ExchangeRecord } from './exchange-record.ts';
import type { ExchangeFormat, ParseContext } from './formats/format.ts';
import { fingerprint } from '../common/hash.ts';
import { decideImport, type Decision, type LocatedEdit, type NamespaceFiles } from './import-policy.ts';
import { loadLocale, loadState } from '../locale/loaders.ts';
import { take, type Result } from '../common/result.ts';
import { isNamespace, LOCALES_DIR, localeFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { EMPTY_STATE, type SyncState } from '../state/state.ts';

/** What an import does to one key, as the translator would put it. */
export type ChangeKind = 'translated' | 'stale' | 'confirmed' | 'now stale';

export interface NamespaceImport {
  readonly namespace: string;
  readonly edits: readonly LocatedEdit[];
  /** The locale file's version (fingerprint) as checked: a file changed on disk before the write is a conflict. */
  readonly version: string;
  readonly changes: readonly { readonly key: string; readonly kind: ChangeKind }[];
}

export interface LanguageImport {
  /** Broken input: the translator's file, or the locale files it goes into. */
  readonly broken: readonly Problem[];
  /** Translations the checks refuse, and conflicts. */
  readonly invalid: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly namespaces: readonly NamespaceImport[];
  /** Changed entries that cannot be imported: work that lives only in the file. */
  readonly stranded: readonly string[];
  /** The exchange record to keep once the edits are written. */
  readonly record?: ExchangeRecord;
}

export interface ImportInput {
  readonly format: ExchangeFormat;
  readonly language: string;
  /** The file's path as messages show it. */
  readonly file: string;
  readonly text: string;
  /** Files under locales/ by path relative to the project root. */
  readonly locales: ReadonlyMap<string, string>;
  readonly glossary: Glossary;
  /** The keys the glossary lists as rightly the same as the English (GlossaryFile's `same`). */
  readonly same: ReadonlySet<string>;
  readonly record?: ExchangeRecord;
  readonly overwrite?: boolean;
}

function kind(edit: LocatedEdit, english: string | undefined, before: string | undefined): ChangeKind {
  const current = edit.from === english;
  if (edit.translation !== before) return current ? 'translated' : 'stale';
  return current ? 'confirmed' : 'now stale';
}

/** The project's namespaces for one language as they are on disk, or why they cannot be read. */
export interface LoadedNamespaces {
  readonly broken: readonly Problem[];
  readonly namespaces: ReadonlyMap<string, NamespaceFiles>;
  /** Each namespace's locale file as text; undefined when the language has none. */
  readonly texts: ReadonlyMap<string, string | undefined>;
}

function loadNamespaces(language: string, locales: ReadonlyMap<string, string>): LoadedNamespaces {
  const broken: Problem[] = [];
  const namespaces = new Map<string, NamespaceFiles>();
  const texts = new Map<string, string | undefined>();
  const englishPrefix = `${LOCALES_DIR}/${SOURCE_LANGUAGE}/`;
  for (const path of locales.keys()) {
    if (!path.startsWith(englishPrefix) || !path.endsWith('.json') || path.slice(englishPrefix.length).includes('/')) continue;
    const namespace = path.slice(englishPrefix.length, -'.json'.length);
    if (!isNamespace(namespace)) {
      broken.push({
        severity: 'error',
        code: 'namespace',
        message: `"${namespace}" is not a namespace name (letters, digits, hyphens and underscores): rename or remove the file`,
        file: path,
      });
      continue;
    }
    const english = loadLocale(locales, SOURCE_LANGUAGE, namespace);
    if (!english) continue;
    const sink = { fatal: broken, warnings: [] };
    const target = loadLocale(locales, language, namespace);
    const catalog: Catalog = target ? take(target, { catalog: new Map(), positions: new Map(), text: '' }, sink).catalog : new Map();
    const sync: SyncState = take(loadState(locales, language, namespace), EMPTY_STATE, sink);
    if (english.ok) namespaces.set(namespace, { english: english.value.catalog, target: catalog, state: sync });
    else broken.push(...english.problems);
    texts.set(namespace, target?.ok ? target.value.text : undefined);
  }
  return { broken, namespaces, texts };
}

/** What checks one language's file against the project: the record-based import of PO and XLIFF, or the memory import of TMX. */
export type ImportPlanner = (input: ImportInput) => LanguageImport;

/** Check one language's PO or XLIFF file against the project as it is on disk, writing nothing: the edits it makes per namespace, or why it cannot be imported. */
export function planImport(input: ImportInput): LanguageImport {
  return planWith(
    input,
    (text, context) => input.format.parse(text, context),
    (entries, namespaces) =>
      decideImport({
        language: input.language,
        file: input.file,
        entries,
        namespaces,
        ...(input.record ? { record: input.record } : {}),
        ...(input.overwrite ? { overwrite: true } : {}),
      }),
  );
}

/**
 * The steps of every import's plan, whatever policy decides (the record's, the memory's): the
 * project's namespaces loaded and the file read, either of them broken input; then the decision
 * checked and applied (applyDecision).
 */
export function planWith<T>(
  input: ImportInput,
  read: (text: string, context: ParseContext) => Result<T>,
  decide: (value: T, namespaces: ReadonlyMap<string, NamespaceFiles>) => Decision,
): LanguageImport {
  const { language, file } = input;
  const loaded = loadNamespaces(language, input.locales);
  if (loaded.broken.length > 0) return brokenImport(loaded.broken);
  const parsed = read(input.text, { file, language });
  if (!parsed.ok) return brokenImport(parsed.problems);
  return applyDecision(input, loaded, decide(parsed.value, loaded.namespaces));
}

/** An import that cannot go ahead: the file or the project's files cannot be read. */
const brokenImport = (broken: readonly Problem[]): LanguageImport => ({
  broken,
  invalid: [],
  warnings: [],
  namespaces: [],
  stranded: [],
});

/**
 * The edits a policy decided, checked and applied to each namespace's locale file and state in memory:
 * what the import would change, or why it cannot. Problems the checks find in a translation point at
 * the file's entry, where the translator will fix them.
 */
function applyDecision(input: ImportInput, loaded: LoadedNamespaces, decided: Decision): LanguageImport {
  const { language, file } = input;
  if (decided.refused.length > 0) return brokenImport(decided.refused);
  const broken: Problem[] = [];
  const invalid: Problem[] = [...decided.conflicts];
  const warnings: Problem[] = [...decided.warnings];
  const at = (edits: readonly LocatedEdit[], problem: Problem): Problem => {
    const edit = edits.find((e) => e.key === problem.key);
    const { line: _line, column: _column, ...rest } = problem;
    return { ...rest, file, ...(edit?.line === undefined ? {} : { line: edit.line, column: edit.column ?? 1 }) };
  };
  const results: NamespaceImport[] = [];
  for (const [namespace, edits] of decided.edits) {
    const files = loaded.namespaces.get(namespace);
    const text = loaded.texts.get(namespace);
    if (!files) continue; // the policy only edits namespaces it was given
    if (text === undefined) {
      broken.push({
        severity: 'error',
        code: 'missing-file',
        message: `there is no ${localeFile(language, namespace)}: run npm run extract`,
        file,
        language,
        namespace,
      });
      continue;
    }
    const result = applyTranslations({
      language,
      namespace,
      file: localeFile(language, namespace),
      text,
      english: files.english,
      state: files.state,
      glossary: input.glossary,
      same: input.same,
      edits,
    });
    if (!result.ok) {
      invalid.push(...result.problems.map((p) => at(edits, p)));
      continue;
    }
    const changed = new Set(result.value.changed);
    // Warnings only for what this import changes: the rest the extraction has reported already.
    warnings.push(...result.warnings.filter((w) => w.key !== undefined && changed.has(w.key)).map((w) => at(edits, w)));
    const changes = edits
      .filter((e) => changed.has(e.key))
      .map((e) => ({ key: e.key, kind: kind(e, files.english.get(e.key), files.target.get(e.key)) }));
    if (changes.length > 0)
      results.push({ namespace, edits: edits.filter((e) => changed.has(e.key)), version: fingerprint(text), changes });
  }
  return {
    broken,
    invalid,
    warnings,
    namespaces: results,
    stranded: decided.stranded,
    ...(decided.record ? { record: decided.record } : {}),
  };
}

/**
 * What a file holds that importing it would still bring in (or that it cannot bring in, being broken
 * or in conflict), described for a refusal to export over it; undefined when it holds nothing new.
 * Conflicts are told apart: there the file and locales/ hold two translations nothing orders, so
 * neither import nor overwrite is safe without the translator's say.
 */
export function pendingWork(input: ImportInput, planner: ImportPlanner = planImport): string | undefined {
  const result = planner(input);
  if (result.broken.length > 0)
    return `it cannot be read (${result.broken[0]?.message ?? 'broken'}), so it may hold work that was never imported`;
  const id = (p: Problem): string => `${p.namespace ?? ''}:${p.key ?? ''}`;
  const keys = [
    ...result.namespaces.flatMap((ns) => ns.changes.map((c) => `${ns.namespace}:${c.key}`)),
    ...result.invalid.filter((p) => p.code !== 'conflict').map(id),
    // Translations of paragraphs removed since, and edited removed (#~) entries: an export would leave them nowhere.
    ...result.stranded,
  ];
  const conflicts = result.invalid.filter((p) => p.code === 'conflict').map(id);
  const list = (ids: readonly string[]): string => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
  const parts = [
    ...(keys.length > 0 ? [`${keys.length} translation(s) that only this file holds (${list(keys)})`] : []),
    ...(conflicts.length > 0
      ? [`${conflicts.length} translation(s) that differ from ones in locales/ nothing shows to be older (${list(conflicts)})`]
      : []),
  ];
  return parts.length > 0 ? parts.join('; ') : undefined;
}
