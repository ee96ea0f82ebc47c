import { formatCatalog, type Catalog } from '../common/catalog.ts';
import { withLineEndingsOf } from '../common/line-endings.ts';
import { checkEntry, usableWith } from './checks.ts';
import { documentCatalog } from '../document/document.ts';
import { assignIds, type IdSource } from '../document/document-ids.ts';
import { replacementsAcross, type LanguageEvidence, type Rewrite } from '../state/evidence.ts';
import { unknownKeys } from './key-checks.ts';
import { idProblems } from './id-checks.ts';
import { loadDocument, loadGlossaryFile, loadLocale, loadState } from '../locale/loaders.ts';
import { take, type Result } from '../common/result.ts';
import { classifyLocaleTree, treeWarnings } from '../locale/locale-tree.ts';
import { syncCatalog, type SyncReportEntry } from './merge.ts';
import { localeFile, stateFile } from '../common/paths.ts';
import type { Problem } from '../common/problems.ts';
import { codeCatalogs, type CodeScan } from '../document/scan-code.ts';
import { EMPTY_STATE, type EntryStatus, type SyncState } from '../state/state.ts';
import type { Block } from '../document/document.ts';
import { formatState } from '../state/state-file.ts';

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** Everything extraction reads, as text (the code already scanned for its strings): the shell collects it, this module decides. */
export interface ProjectSnapshot {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly documents: readonly SourceFile[];
  /** The interface strings in each source file (scanSource in src/core/document/scan-code.ts). */
  readonly code: readonly CodeScan[];
  /** The JSON files under locales/ by path relative to the project root. */
  readonly locales: ReadonlyMap<string, string>;
  /** Other files under locales/ (not read): only to be named as unknown, never touched. */
  readonly otherFiles?: readonly string[];
}

/** `lang:namespace:key`, any part may be `*`. */
export interface Confirmation {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
}

export interface ExtractOptions {
  readonly confirm?: readonly Confirmation[];
  readonly prune?: boolean;
  /** Accept English that moved from one id to another (otherwise an error: markers look swapped). */
  readonly acceptMoves?: boolean;
  /** Removed paragraphs that came back under their id with other English: their translations return, stale. */
  readonly restore?: readonly { readonly namespace: string; readonly key: string }[];
  /** Where ids for new paragraphs come from (random by default). */
  readonly newId?: IdSource;
  /**
   * By language: what history shows about translations the sync state does not vouch for, gathered
   * by the shell for the plan's `unvouched` entries. Without it those entries need review.
   */
  readonly evidence?: ReadonlyMap<string, LanguageEvidence>;
}

/** A translation the sync state does not vouch for: the shell looks up when and against which English it was written. */
export interface Unvouched {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  readonly translation: string;
}

export interface NamespaceReport {
  readonly namespace: string;
  readonly entries: readonly SyncReportEntry[];
}

export interface LanguageReport {
  readonly language: string;
  readonly namespaces: readonly NamespaceReport[];
  readonly counts: Readonly<Record<EntryStatus, number>>;
  /** Translated share of the live (non-obsolete) entries, 0..1. */
  readonly completeness: number;
}

export interface ExtractionPlan {
  /** Broken input: when non-empty nothing may be written. */
  readonly fatal: readonly Problem[];
  /** Problems in translations' content (placeholders, tags, glossary...). */
  readonly problems: readonly Problem[];
  /** About the tree, not a translation: unknown files, vanished namespaces, values read as empty. */
  readonly warnings: readonly Problem[];
  /** Files whose content would change: path -> new content, or null to delete. */
  readonly writes: ReadonlyMap<string, string | null>;
  readonly languages: readonly LanguageReport[];
  /** The English catalogs by namespace, as extracted. */
  readonly english: ReadonlyMap<string, Catalog>;
  /** Translations that evidence was asked for and not given: they count as needing review. */
  readonly unvouched: readonly Unvouched[];
}

const EMPTY: Catalog = new Map();

/** The confirmations that name no entry of any translated language: a typo, which must not pass for success. */
export function unmatchedConfirmations(plan: ExtractionPlan, confirm: readonly Confirmation[]): Confirmation[] {
  return confirm.filter(
    (c) =>
      !plan.languages.some(
        (report) =>
          matches(c.language, report.language) &&
          [...plan.english].some(
            ([namespace, catalog]) => matches(c.namespace, namespace) && [...catalog.keys()].some((key) => matches(c.key, key)),
          ),
      ),
  );
}

function matches(pattern: string, value: string): boolean {
  return pattern === '*' || pattern === value;
}

function countStatuses(namespaces: readonly NamespaceReport[]): LanguageReport['counts'] {
  const counts = { translated: 0, stale: 0, untranslated: 0, obsolete: 0 };
  for (const ns of namespaces) for (const e of ns.entries) counts[e.status]++;
  return counts;
}

export function planExtraction(snapshot: ProjectSnapshot, options: ExtractOptions = {}): ExtractionPlan {
  const fatal: Problem[] = [];
  const warnings: Problem[] = [];
  const into = { fatal, warnings };
  const problems: Problem[] = [];
  const english = new Map<string, Catalog>();
  const documentOf = new Map<string, string>();
  const documentTexts = new Map(snapshot.documents.map((d) => [d.file, d.text]));
  const writes = new Map<string, string | null>();
  const files = snapshot.locales;
  const prune = options.prune ?? false;
  /** Keep a file's new content only when it differs from what is there: large projects hold less in memory. */
  const emit = (path: string, written: string | null): void => {
    const current = files.get(path) ?? documentTexts.get(path) ?? null;
    const content = written === null ? null : withLineEndingsOf(current, written);
    if (content !== current) writes.set(path, content);
    else writes.delete(path);
  };

  /** Each document's blocks as written, before new ids are given: where a paragraph typed under a marker shows. */
  const blocksOf = new Map<string, readonly Block[]>();
  let unreadDocuments = false;
  for (const doc of snapshot.documents) {
    const loaded = loadDocument(doc.file, doc.text);
    if (!loaded.ok) {
      fatal.push(...loaded.problems);
      unreadDocuments = true;
      continue;
    }
    const withIds = assignIds(doc.text, loaded.value, options.newId);
    if (!withIds.ok) {
      fatal.push(...withIds.problems);
      continue;
    }
    emit(doc.file, withIds.value.text);
    const namespace = withIds.value.document.namespace;
    blocksOf.set(namespace, loaded.value.blocks);
    if (english.has(namespace))
      fatal.push({
        severity: 'error',
        code: 'namespace',
        message: `namespace "${namespace}" is used by two documents`,
        file: doc.file,
        line: 1,
        column: 1,
      });
    english.set(namespace, documentCatalog(withIds.value.document));
    documentOf.set(namespace, doc.file);
  }

  const code = codeCatalogs(snapshot.code.flatMap((s) => s.strings));
  fatal.push(...snapshot.code.flatMap((s) => s.problems), ...code.problems);
  for (const [namespace, catalog] of code.catalogs) {
    if (english.has(namespace))
      fatal.push({ severity: 'error', code: 'namespace', message: `namespace "${namespace}" is used both by a document and by the code` });
    english.set(namespace, catalog);
  }

  const { glossary, same } = take(loadGlossaryFile(files), { glossary: [], same: new Set<string>() }, into);
  const tree = classifyLocaleTree({
    paths: [...files.keys(), ...(snapshot.otherFiles ?? [])],
    sourceLanguage: snapshot.sourceLanguage,
    targetLanguages: snapshot.targetLanguages,
    live: new Set(english.keys()),
  });
  // A document that cannot be read still defines its namespace: no warning that it vanished.
  const vanished = new Set(unreadDocuments ? [] : tree.vanished);
  warnings.push(...treeWarnings({ ...tree, vanished: [...vanished] }, prune));
  const catalogOf = (language: string, namespace: string): Catalog => {
    const loaded = loadLocale(files, language, namespace);
    return loaded ? take(loaded, { catalog: EMPTY, positions: new Map(), text: '' }, into).catalog : EMPTY;
  };

  // Each state is read once, though the id checks may ask for it before the sync does.
  const states = new Map<string, Result<SyncState>>();
  const stateOf = (language: string, namespace: string): Result<SyncState> => {
    const id = `${language}\u0000${namespace}`;
    const loaded = states.get(id) ?? loadState(files, language, namespace);
    states.set(id, loaded);
    return loaded;
  };
  const stateValue = (language: string, namespace: string): SyncState => {
    const loaded = stateOf(language, namespace);
    return loaded.ok ? loaded.value : EMPTY_STATE;
  };

  const previousEnglish = new Map<string, Catalog>();
  for (const namespace of [...english.keys(), ...vanished]) {
    const previous = catalogOf(snapshot.sourceLanguage, namespace);
    previousEnglish.set(namespace, previous);
    const catalog = english.get(namespace);
    if (catalog) emit(localeFile(snapshot.sourceLanguage, namespace), formatCatalog(catalog));
    else if (prune) emit(localeFile(snapshot.sourceLanguage, namespace), null);
    const file = documentOf.get(namespace);
    if (catalog && file)
      fatal.push(
        ...idProblems({
          file,
          namespace,
          blocks: blocksOf.get(namespace) ?? [],
          english: catalog,
          previous,
          acceptMoves: options.acceptMoves ?? false,
          restore: (key) => options.restore?.some((r) => matches(r.namespace, namespace) && matches(r.key, key)) ?? false,
          obsolete: () => new Map(snapshot.targetLanguages.map((l) => [l, stateValue(l, namespace).obsolete])),
        }),
      );
  }

  const languages: LanguageReport[] = [];
  const unvouched: Unvouched[] = [];
  for (const language of snapshot.targetLanguages) {
    const namespaces: NamespaceReport[] = [];
    const evidence = options.evidence?.get(language);
    const replacements = replacementsAcross(
      rewrites(evidence, (namespace) => {
        const loaded = loadLocale(files, language, namespace);
        return loaded?.ok ? loaded.value.catalog : EMPTY;
      }),
    );
    for (const namespace of [...english.keys(), ...vanished]) {
      const targetPath = localeFile(language, namespace);
      const statePath = stateFile(language, namespace);
      const loaded = loadLocale(files, language, namespace);
      const content = loaded ? take(loaded, { catalog: EMPTY, positions: new Map(), text: '' }, into) : undefined;
      const state = take(stateOf(language, namespace), EMPTY_STATE, into);
      const target = content?.catalog ?? EMPTY;
      const source = english.get(namespace) ?? EMPTY;
      const live = english.has(namespace);
      if (live && !loaded && state.entries.size > 0) {
        fatal.push({
          severity: 'error',
          code: 'missing-locale-file',
          file: targetPath,
          language,
          namespace,
          message: `the file is missing, but ${statePath} records ${state.entries.size} translation(s) in it. Restore it (git checkout -- ${targetPath}); only if those translations are to go, delete ${statePath} as well`,
        });
      }
      if (live && content) {
        fatal.push(
          ...unknownKeys({
            file: targetPath,
            language,
            namespace,
            target,
            positions: content.positions,
            english: source,
            previousEnglish: previousEnglish.get(namespace) ?? EMPTY,
            recorded: new Set([...state.entries.keys(), ...state.obsolete.keys()]),
          }),
        );
      }
      const confirm = new Set(
        [...source.keys()].filter((key) =>
          options.confirm?.some((c) => matches(c.language, language) && matches(c.namespace, namespace) && matches(c.key, key)),
        ),
      );
      const context = { language, namespace, english: source, target, glossary, same, file: targetPath };
      const found = new Map<string, Problem[]>();
      const result = syncCatalog({
        english: source,
        previousEnglish: previousEnglish.get(namespace) ?? EMPTY,
        target,
        state,
        ...(evidence ? { evidence: (key: string) => evidence.get(`${namespace}:${key}`) } : {}),
        replacements: new Set([...replacements].filter((id) => id.startsWith(`${namespace}:`)).map((id) => id.slice(namespace.length + 1))),
        usable: (key, translation, from) => {
          const list = checkEntry({ ...context, madeFrom: () => from }, key, source.get(key) ?? '', translation);
          found.set(key, list);
          return usableWith(list);
        },
        confirm,
        prune,
      });
      namespaces.push({ namespace, entries: result.report });
      for (const key of result.unvouched) unvouched.push({ language, namespace, key, translation: result.target.get(key) ?? '' });
      if (!live) {
        // A namespace nothing defines: its files stay as they are, unless pruning was asked for.
        if (prune) {
          emit(targetPath, null);
          emit(statePath, null);
        }
        continue;
      }
      // Where the translator will fix it: the key's line in the locale file.
      for (const key of source.keys())
        problems.push(...(found.get(key) ?? []).map((p) => (p.line === undefined ? { ...p, ...content?.positions.get(key) } : p)));
      emit(targetPath, formatCatalog(result.target));
      emit(statePath, formatState(result.state));
    }
    const counts = countStatuses(namespaces);
    const live = counts.translated + counts.stale + counts.untranslated;
    languages.push({ language, namespaces, counts, completeness: live === 0 ? 1 : counts.translated / live });
  }

  return { fatal, problems, warnings, writes, languages, english, unvouched };
}

/** The rewrites that evidence describes, keyed `namespace:key`, for telling a replacement across entries from an edit. */
function rewrites(evidence: LanguageEvidence | undefined, catalogOf: (namespace: string) => Catalog): Rewrite[] {
  if (!evidence) return [];
  const out: Rewrite[] = [];
  for (const [id, e] of evidence) {
    if (e.before === undefined || e.change === undefined) continue;
    const namespace = id.slice(0, id.indexOf(':'));
    out.push({ id, before: e.before, after: catalogOf(namespace).get(id.slice(namespace.length + 1)) ?? '', change: e.change });
  }
  return out;
}
