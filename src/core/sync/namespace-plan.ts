import { formatCatalog, type Catalog } from '../common/catalog.ts';
import { localeFile, stateFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { take, type Result } from '../common/result.ts';
import { loadLocale, loadState, type LocaleContent, type ProjectFiles } from '../locale/loaders.ts';
import { formatState } from '../state/state-file.ts';
import { EMPTY_STATE, type SyncState } from '../state/state.ts';
import { checkEntry, usableWith, type Glossary } from './checks.ts';
import type { ExtractOptions, NamespaceReport, Unvouched } from './extraction.ts';
import { idProblems } from './id-checks.ts';
import { unknownKeys } from './key-checks.ts';
import { syncCatalog } from './merge.ts';
import { emitter, keeper, sameEntries, sameState } from './namespace-writes.ts';
import type { NamespaceSource } from './sources.ts';

/**
 * One namespace of an extraction, in every language: its files are all it reads (besides what `NamespaceContext` says of
 * the whole project), so a shell can plan a large project a namespace at a time, holding no more than one namespace's
 * files. It plans one language at a time and calls `released` after each, when what that language read is garbage.
 */
export interface NamespaceContext {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly glossary: Glossary;
  readonly same: ReadonlySet<string>;
  readonly options: ExtractOptions;
  /** By language, the `namespace:key` rewrites that are one replacement across entries (replacementsFor). */
  readonly replacements: ReadonlyMap<string, ReadonlySet<string>>;
  readonly released?: () => void;
}

/** What a namespace gives in one language; problems and writes in the order the plan lists them. */
export interface LanguagePart {
  readonly language: string;
  readonly fatal: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly problems: readonly Problem[];
  readonly report: NamespaceReport;
  readonly unvouched: readonly Unvouched[];
  readonly writes: ReadonlyMap<string, string | null>;
}

export interface NamespacePlan {
  /** The English file's problems, then the id checks. */
  readonly fatal: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly writes: ReadonlyMap<string, string | null>;
  readonly languages: readonly LanguagePart[];
  /** What was read of each file written (null: there was none): what the writer checks the disk against. */
  readonly read: ReadonlyMap<string, string | null>;
  /** Files whose text is exactly what this module writes for what it reads there (see planNamespace's `written`). */
  readonly asWritten: readonly string[];
}

const EMPTY: Catalog = new Map();
const NO_CONTENT: LocaleContent = { catalog: EMPTY, positions: new Map(), text: '' };
const matches = (pattern: string, value: string): boolean => pattern === '*' || pattern === value;

/** `written`: paths known (by a shell's cache) to hold what this module writes for what it reads there: not written out to compare. */
export function planNamespace(
  context: NamespaceContext,
  source: NamespaceSource,
  files: ProjectFiles,
  written: ReadonlySet<string> = new Set(),
): NamespacePlan {
  const { sourceLanguage, targetLanguages, options } = context;
  const { namespace, english } = source;
  const head = { fatal: [] as Problem[], warnings: [] as Problem[] };
  const [writes, read] = [new Map<string, string | null>(), new Map<string, string | null>()];
  const emit = emitter(files, writes, read);
  const asWritten: string[] = [];
  const loaded = loadLocale(files, sourceLanguage, namespace);
  const previous = loaded ? take(loaded, NO_CONTENT, head).catalog : EMPTY;
  const englishPath = localeFile(sourceLanguage, namespace);
  if (english)
    keeper(emit, written, asWritten)(englishPath, loaded?.ok === true && sameEntries(english, previous), () => formatCatalog(english));
  else if (options.prune) emit(englishPath, null);
  // Each state is read once, though the id checks may ask for it before the sync does.
  const states = new Map<string, Result<SyncState>>();
  const stateOf = (language: string): Result<SyncState> => {
    const state = states.get(language) ?? loadState(files, language, namespace);
    states.set(language, state);
    return state;
  };
  const obsoleteOf = (language: string) => take(stateOf(language), EMPTY_STATE, { fatal: [], warnings: [] }).obsolete;
  if (english && source.document)
    head.fatal.push(
      ...idProblems({
        file: source.document.file,
        namespace,
        blocks: source.document.blocks,
        english,
        previous,
        acceptMoves: options.acceptMoves ?? false,
        restore: (key) => options.restore?.some((r) => matches(r.namespace, namespace) && matches(r.key, key)) ?? false,
        obsolete: () => new Map(targetLanguages.map((l) => [l, obsoleteOf(l)])),
      }),
    );
  const languages = targetLanguages.map((language) => {
    const part = planLanguage({ context, source, previous, language, files, state: stateOf(language), read, written, asWritten });
    states.delete(language); // One language's state at a time (the id checks may have read them all).
    context.released?.();
    return part;
  });
  return { fatal: head.fatal, warnings: head.warnings, writes, languages, read, asWritten };
}

interface LanguageInput {
  readonly context: NamespaceContext;
  readonly source: NamespaceSource;
  readonly previous: Catalog;
  readonly language: string;
  readonly files: ProjectFiles;
  readonly state: Result<SyncState>;
  readonly read: Map<string, string | null>;
  readonly written: ReadonlySet<string>;
  readonly asWritten: string[];
}

/** A language's files of the namespace as read, and what makes them unusable. */
interface LanguageFiles {
  readonly sink: { readonly fatal: Problem[]; readonly warnings: Problem[] };
  readonly content: LocaleContent | undefined;
  readonly target: Catalog;
  readonly state: SyncState;
  /** Whether the locale file and the state file are there and were read whole (not refused). */
  readonly read: { readonly target: boolean; readonly state: boolean };
}

function planLanguage(input: LanguageInput): LanguagePart {
  const { source, language } = input;
  const files = readLanguageFiles(input);
  const synced = syncLanguage(input, files);
  const writes = new Map<string, string | null>();
  const problems = languageWrites(input, files, synced, writes);
  const { entries } = files.state;
  const unvouched = synced.result.unvouched.map((key) => {
    const [translation, recorded] = [synced.result.target.get(key) ?? '', entries.get(key)];
    return { language, namespace: source.namespace, key, translation, ...(recorded ? { recorded } : {}) };
  });
  return { language, ...files.sink, problems, report: { namespace: source.namespace, entries: synced.result.report }, unvouched, writes };
}

/** The locale file and sync state of one language, with the errors that stop the run: a missing file the state vouches for, unknown keys. */
function readLanguageFiles(input: LanguageInput): LanguageFiles {
  const { source, language, files, previous } = input;
  const { namespace } = source;
  const sink = { fatal: [] as Problem[], warnings: [] as Problem[] };
  const targetPath = localeFile(language, namespace);
  const loaded = loadLocale(files, language, namespace);
  const content = loaded ? take(loaded, NO_CONTENT, sink) : undefined;
  const state = take(input.state, EMPTY_STATE, sink);
  const target = content?.catalog ?? EMPTY;
  const english = source.english;
  if (english && !loaded && state.entries.size > 0) {
    const statePath = stateFile(language, namespace);
    sink.fatal.push({
      severity: 'error',
      code: 'missing-locale-file',
      file: targetPath,
      language,
      namespace,
      message: `the file is missing, but ${statePath} records ${state.entries.size} translation(s) in it. Restore it (git checkout -- ${targetPath}); only if those translations are to go, delete ${statePath} as well`,
    });
  }
  if (english && content) {
    const recorded = new Set([...state.entries.keys(), ...state.obsolete.keys()]);
    const file = targetPath;
    sink.fatal.push(
      ...unknownKeys({ file, language, namespace, target, positions: content.positions, english, previousEnglish: previous, recorded }),
    );
  }
  const read = { target: loaded?.ok === true, state: input.state.ok && files.has(stateFile(language, namespace)) };
  return { sink, content, target, state, read };
}

/** The merge of one language (merge.ts), each translation checked (checks.ts); `found` holds each key's problems. */
function syncLanguage(input: LanguageInput, files: LanguageFiles) {
  const { context, source, previous, language } = input;
  const { namespace } = source;
  const { options } = context;
  const english = source.english ?? EMPTY;
  const confirm = new Set(
    options.confirm === undefined
      ? []
      : [...english.keys()].filter((key) =>
          options.confirm?.some((c) => matches(c.language, language) && matches(c.namespace, namespace) && matches(c.key, key)),
        ),
  );
  const { target, state } = files;
  const checked = {
    language,
    namespace,
    english,
    target,
    glossary: context.glossary,
    same: context.same,
    file: localeFile(language, namespace),
  };
  const found = new Map<string, Problem[]>();
  const evidence = options.evidence?.get(language);
  const prefix = `${namespace}:`;
  const replacements = [...(context.replacements.get(language) ?? [])].filter((id) => id.startsWith(prefix));
  const result = syncCatalog({
    english,
    previousEnglish: previous,
    target,
    state,
    ...(evidence ? { evidence: (key: string) => evidence.get(`${prefix}${key}`) } : {}),
    replacements: new Set(replacements.map((id) => id.slice(prefix.length))),
    usable: (key, translation, from) => {
      const list = checkEntry({ ...checked, madeFrom: () => from }, key, english.get(key) ?? '', translation);
      found.set(key, list);
      return usableWith(list);
    },
    confirm,
    prune: options.prune ?? false,
  });
  return { result, found };
}

/** What the language's files become (into `writes`), and its translations' problems at their keys' lines. */
function languageWrites(
  input: LanguageInput,
  files: LanguageFiles,
  synced: ReturnType<typeof syncLanguage>,
  writes: Map<string, string | null>,
): Problem[] {
  const { source, language } = input;
  const emit = emitter(input.files, writes, input.read);
  const targetPath = localeFile(language, source.namespace);
  const statePath = stateFile(language, source.namespace);
  if (!source.english) {
    // A namespace nothing defines: its files stay as they are, unless pruning was asked for.
    if (input.context.options.prune) {
      emit(targetPath, null);
      emit(statePath, null);
    }
    return [];
  }
  const problems: Problem[] = [];
  // Where the translator will fix it: the key's line in the locale file.
  for (const key of source.english.keys())
    problems.push(...(synced.found.get(key) ?? []).map((p) => (p.line === undefined ? { ...p, ...files.content?.positions.get(key) } : p)));
  const keep = keeper(emit, input.written, input.asWritten);
  const { target, state } = synced.result;
  keep(targetPath, files.read.target && sameEntries(target, files.target), () => formatCatalog(target));
  keep(statePath, files.read.state && sameState(state, files.state), () => formatState(state));
  return problems;
}
