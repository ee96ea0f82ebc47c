import type { Problem } from '../common/problems.ts';
import type { EntryStatus } from '../state/state.ts';
import type { ExtractionPlan, LanguageReport, NamespaceReport, Unvouched } from './extraction.ts';
import type { SyncReportEntry } from './merge.ts';
import type { NamespacePlan } from './namespace-plan.ts';
import type { Sources } from './sources.ts';

/**
 * An extraction plan put together a namespace at a time, from each namespace's plan or from the
 * summary a shell kept of it (a namespace planned before from the same bytes).
 */

/** What the whole project's step gives the plan: its problems, the documents given ids, the English. */
export type SourcesPart = Pick<Sources, 'fatal' | 'warnings' | 'writes' | 'read' | 'english'>;

/**
 * What a namespace's plan adds to a plan that keeps counts only, when it writes nothing, stops nothing and
 * leaves no translation to judge by evidence: all a shell need keep of it to add it again (summarise).
 */
export interface NamespaceSummary {
  readonly warnings: readonly Problem[];
  readonly languages: readonly {
    readonly warnings: readonly Problem[];
    readonly problems: readonly Problem[];
    readonly counts: Readonly<Record<EntryStatus, number>>;
  }[];
}

/** The summary of a namespace's plan, or undefined when the plan has more to it (writes, fatal problems, unvouched translations). */
export function summarise(plan: NamespacePlan): NamespaceSummary | undefined {
  if (plan.fatal.length > 0 || plan.writes.size > 0) return undefined;
  if (plan.languages.some((part) => part.fatal.length > 0 || part.writes.size > 0 || part.unvouched.length > 0)) return undefined;
  return summaryOf(plan);
}

const summaryOf = (plan: NamespacePlan): NamespaceSummary => ({
  warnings: plan.warnings,
  languages: plan.languages.map((part) => ({ warnings: part.warnings, problems: part.problems, counts: countsOf(part.report.entries) })),
});

const countsOf = (entries: readonly SyncReportEntry[]): Record<EntryStatus, number> => {
  const counts = { translated: 0, stale: 0, untranslated: 0, obsolete: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
};

const addCounts = (into: Record<EntryStatus, number>, counts: Readonly<Record<EntryStatus, number>>): void => {
  for (const status of ['translated', 'stale', 'untranslated', 'obsolete'] as const) into[status] += counts[status];
};

export interface PlanAssembly {
  add(plan: NamespacePlan): void;
  /** A namespace's plan as summarise kept it (an assembly that keeps counts only). */
  addSummary(summary: NamespaceSummary): void;
  /** The plan, the whole project's problems and writes listed first. */
  plan(sources: SourcesPart): ExtractionPlan;
}

function languageReport(
  language: string,
  part: { readonly reports: readonly NamespaceReport[]; readonly counts: Record<EntryStatus, number> } | undefined,
): LanguageReport {
  const counts = part?.counts ?? { translated: 0, stale: 0, untranslated: 0, obsolete: 0 };
  const live = counts.translated + counts.stale + counts.untranslated;
  return { language, namespaces: part?.reports ?? [], counts, completeness: live === 0 ? 1 : counts.translated / live };
}

/**
 * The plan put together a namespace at a time. With `counts`, a language's report keeps only its counts
 * (`namespaces` empty), so that what a namespace's plan holds can go as soon as it is added.
 */
export function planAssembly(targetLanguages: readonly string[], options: { readonly counts: boolean }): PlanAssembly {
  const head = { fatal: [] as Problem[], warnings: [] as Problem[] };
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  const parts = targetLanguages.map(() => ({
    fatal: [] as Problem[],
    warnings: [] as Problem[],
    problems: [] as Problem[],
    unvouched: [] as Unvouched[],
    writes: new Map<string, string | null>(),
    reports: [] as NamespaceReport[],
    counts: { translated: 0, stale: 0, untranslated: 0, obsolete: 0 },
  }));
  const addSummary = (summary: NamespaceSummary): void => {
    head.warnings.push(...summary.warnings);
    summary.languages.forEach((part, index) => {
      const into = parts[index];
      if (!into) return;
      into.warnings.push(...part.warnings);
      into.problems.push(...part.problems);
      addCounts(into.counts, part.counts);
    });
  };
  return {
    add(plan) {
      head.fatal.push(...plan.fatal);
      for (const [path, content] of plan.writes) writes.set(path, content);
      for (const [path, text] of plan.read) read.set(path, text);
      plan.languages.forEach((part, index) => {
        const into = parts[index];
        if (!into) return;
        into.fatal.push(...part.fatal);
        into.unvouched.push(...part.unvouched);
        for (const [path, content] of part.writes) into.writes.set(path, content);
        if (!options.counts) into.reports.push(part.report);
      });
      addSummary(summaryOf(plan));
    },
    addSummary,
    plan(sources) {
      const all = new Map([...sources.writes, ...writes]);
      for (const part of parts) for (const [path, content] of part.writes) all.set(path, content);
      const languages = targetLanguages.map((language, index) => languageReport(language, parts[index]));
      return {
        fatal: [...sources.fatal, ...head.fatal, ...parts.flatMap((p) => p.fatal)],
        problems: parts.flatMap((p) => p.problems),
        warnings: [...sources.warnings, ...head.warnings, ...parts.flatMap((p) => p.warnings)],
        writes: all,
        languages,
        english: sources.english,
        unvouched: parts.flatMap((p) => p.unvouched),
        read: new Map([...sources.read, ...read]),
      };
    },
  };
}
