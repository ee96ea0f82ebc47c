import type { Catalog } from '../common/catalog.ts';
import type { IdSource } from '../document/document-ids.ts';
import type { LanguageEvidence } from '../state/evidence.ts';
import type { SyncReportEntry } from './merge.ts';
import { planAssembly } from './plan-assembly.ts';
import type { Problem } from '../common/problems.ts';
import type { CodeScan } from '../document/scan-code.ts';
import type { EntryState, EntryStatus } from '../state/state.ts';
import { planNamespace, type NamespacePlan } from './namespace-plan.ts';
import { replacementsFor } from './replacements.ts';
import { readSources, type Sources } from './sources.ts';

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
  /**
   * The working tree's sync state for the key as this run read it (it recorded another text, or the
   * key would be vouched for): one more sync state, as the index's is, for the texts of the same words.
   */
  readonly recorded?: EntryState;
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
  /** What was read of each file in `writes` (null: there was none): what the writer checks the disk against before writing. */
  readonly read: ReadonlyMap<string, string | null>;
}

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

export function planExtraction(snapshot: ProjectSnapshot, options: ExtractOptions = {}): ExtractionPlan {
  const sources = readSources(
    {
      ...snapshot,
      localePaths: [...snapshot.locales.keys(), ...(snapshot.otherFiles ?? [])],
      files: snapshot.locales,
    },
    options,
  );
  const context = {
    sourceLanguage: snapshot.sourceLanguage,
    targetLanguages: snapshot.targetLanguages,
    glossary: sources.glossary,
    same: sources.same,
    options,
    replacements: replacementsFor(options, snapshot.locales),
  };
  const plans = sources.namespaces.map((source) => planNamespace(context, source, snapshot.locales));
  return assemblePlan(snapshot.targetLanguages, sources, plans);
}

/** The plan of the whole project from its sources and its namespaces' plans, everything listed as it comes: by language, then namespace. */
function assemblePlan(targetLanguages: readonly string[], sources: Sources, plans: readonly NamespacePlan[]): ExtractionPlan {
  const assembly = planAssembly(targetLanguages, { counts: false });
  for (const plan of plans) assembly.add(plan);
  return assembly.plan(sources);
}
