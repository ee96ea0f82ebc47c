import type { ReviewData, ReviewEntry, ReviewStatus } from '../wire/review-data.ts';
import type { ExtractionPlan } from '../sync/extraction.ts';
import { fingerprint } from '../common/hash.ts';
import { SOURCE_LANGUAGE } from '../../languages.ts';
import { LOCALES_DIR, localeFile } from '../common/paths.ts';
import { wordDiff } from './word-diff.ts';
import { loadGlossary, loadState } from '../locale/loaders.ts';
import type { Glossary } from '../sync/checks.ts';
import { reviewAlignment } from '../align/review-alignment.ts';
import type { ReviewAlignment } from '../wire/review-data.ts';
import { visibleCharacters } from '../common/characters.ts';

/**
 * The review from the same extraction plan `npm run status` prints, so its counts are the status
 * counts by construction. `locales` gives the locale files' texts for their versions.
 */
export function reviewData(plan: ExtractionPlan, locales: ReadonlyMap<string, string>, documents: readonly string[] = []): ReviewData {
  const glossary = loadGlossary(locales);
  const languages = plan.languages.map((report) => {
    const entries: ReviewEntry[] = [];
    const versions: Record<string, string> = {};
    for (const ns of report.namespaces) {
      const text = locales.get(localeFile(report.language, ns.namespace));
      if (text !== undefined) versions[ns.namespace] = fingerprint(text);
      const english = plan.english.get(ns.namespace);
      for (const entry of ns.entries) {
        if (entry.status === 'translated') continue;
        const status: ReviewStatus = entry.status;
        const problems = plan.problems
          .filter((p) => p.language === report.language && p.namespace === ns.namespace && p.key === entry.key)
          .map((p) => ({ severity: p.severity, code: p.code, message: p.message }));
        const current = english?.get(entry.key);
        entries.push({
          namespace: ns.namespace,
          key: entry.key,
          status,
          ...(current === undefined || status === 'obsolete' ? {} : { english: current }),
          // A text that holds a bidi control or NUL is on this page for its translator to fix: shown by code, never acting.
          ...(entry.translation ? { translation: visibleCharacters(entry.translation) } : {}),
          ...(entry.from === undefined ? {} : { from: visibleCharacters(entry.from) }),
          ...(entry.unverified ? { unverified: true as const } : {}),
          ...(status === 'stale' && entry.from !== undefined && current !== undefined && entry.from !== current
            ? { diff: wordDiff(entry.from, current) }
            : {}),
          problems,
        });
      }
    }
    const alignments = report.namespaces
      .filter((ns) => documents.includes(ns.namespace))
      .flatMap((ns) => alignmentsOf(report.language, ns, plan.english.get(ns.namespace), locales, glossary.ok ? glossary.value : []));
    return { language: report.language, counts: report.counts, entries, versions, alignments };
  });
  const englishPrefix = `${LOCALES_DIR}/${SOURCE_LANGUAGE}/`;
  // Writes elsewhere are sync state and obsolete stores catching up with hand edits: no reason to wait.
  const englishBehind = [...plan.writes.keys()].some((path) => path.startsWith(englishPrefix) || !path.startsWith(`${LOCALES_DIR}/`));
  return {
    upToDate: plan.writes.size === 0 && plan.fatal.length === 0,
    englishUpToDate: !englishBehind && plan.fatal.length === 0,
    languages,
  };
}

/** Each translated paragraph's alignment: the translator's correction where it holds, else the aligner's (review-alignment.ts). */
function alignmentsOf(
  language: string,
  ns: ExtractionPlan['languages'][number]['namespaces'][number],
  english: ReadonlyMap<string, string> | undefined,
  locales: ReadonlyMap<string, string>,
  glossary: Glossary,
): ReviewAlignment[] {
  const state = loadState(locales, language, ns.namespace);
  return ns.entries.flatMap((entry) => {
    const source = english?.get(entry.key);
    if ((entry.status !== 'translated' && entry.status !== 'stale') || !entry.translation || source === undefined) return [];
    const correction = state.ok ? state.value.entries.get(entry.key)?.align : undefined;
    return [
      reviewAlignment({
        namespace: ns.namespace,
        key: entry.key,
        english: source,
        translation: entry.translation,
        language,
        glossary,
        correction,
      }),
    ];
  });
}
