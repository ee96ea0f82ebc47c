import type { ExtractionPlan, LanguageReport } from '../sync/extraction.ts';
import { formatLocation, type Problem } from '../common/problems.ts';
import { wordDiff } from './word-diff.ts';

/** Terminal styling, only when writing to a terminal that wants colour. */
export interface Style {
  readonly removed: (s: string) => string;
  readonly added: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

export const PLAIN: Style = {
  removed: (s) => `[-${s}-]`,
  added: (s) => `{+${s}+}`,
  dim: (s) => s,
  bold: (s) => s,
};

export const COLOUR: Style = {
  removed: (s) => `\x1b[31m[-${s}-]\x1b[39m`,
  added: (s) => `\x1b[32m{+${s}+}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};

/** Words of unchanged text kept on each side of a change: enough to find the place, not the whole paragraph. */
const CONTEXT_WORDS = 5;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** `text` cut to its first (`keep: 'start'`) or last `count` words, with the white space at the cut. */
function clip(text: string, count: number, keep: 'start' | 'end'): string {
  const tokens = text.split(/(\s+)/);
  let seen = 0;
  const kept: string[] = [];
  for (const token of keep === 'start' ? tokens : [...tokens].reverse()) {
    if (token.trim() !== '' && ++seen > count) break;
    kept.push(token);
  }
  return keep === 'start' ? kept.join('') : kept.reverse().join('');
}

/** The unchanged text between changes (or before the first, after the last), cut to the words around the changes. */
function context(text: string, first: boolean, last: boolean): string {
  if (first && last) return text;
  if (wordCount(text) <= CONTEXT_WORDS) return text;
  if (first) return `…${clip(text, CONTEXT_WORDS, 'end')}`;
  if (last) return `${clip(text, CONTEXT_WORDS, 'start')}…`;
  if (wordCount(text) <= 2 * CONTEXT_WORDS + 1) return text;
  return `${clip(text, CONTEXT_WORDS, 'start').trimEnd()} … ${clip(text, CONTEXT_WORDS, 'end').trimStart()}`;
}

/** How the English changed, word by word: each change with a few words either side, not the whole paragraph. */
function renderDiff(before: string, after: string, style: Style): string {
  const parts = wordDiff(before, after);
  return parts
    .map((p, i) => {
      if (p.kind === 'removed') return style.removed(p.text);
      if (p.kind === 'added') return style.added(p.text);
      return context(p.text, i === 0, i === parts.length - 1);
    })
    .join('');
}

export function renderProblem(problem: Problem): string {
  const where = formatLocation(problem);
  const key = problem.language && problem.key ? `${problem.language} ${problem.namespace ?? ''}:${problem.key}` : (problem.key ?? '');
  return [`${problem.severity}:`, where, key, problem.message].filter(Boolean).join('  ');
}

function percent(value: number): string {
  return `${Math.floor(value * 1000) / 10}%`;
}

function renderLanguage(report: LanguageReport, style: Style, { verbose }: { readonly verbose: boolean }): string {
  const c = report.counts;
  const lines = [
    `${style.bold(report.language.padEnd(3))} ${percent(report.completeness).padStart(6)} complete   ${c.translated} translated, ${c.stale} stale, ${c.untranslated} untranslated, ${c.obsolete} obsolete`,
  ];
  if (!verbose) return lines.join('\n');
  for (const ns of report.namespaces) {
    for (const e of ns.entries) {
      if (e.status === 'translated') continue;
      lines.push(`  ${e.status.padEnd(12)} ${ns.namespace}:${e.key}${e.pruned ? ' (pruned)' : ''}`);
      if (e.status === 'stale' && e.unverified && e.from !== '')
        lines.push(
          `      ${style.dim('no record of the English it was made from, or it was marked for review: check it against the English now, then edit it or --confirm it')}`,
        );
      // A draft of a paragraph never translated before (a fuzzy or unreviewed target) has no older English.
      if (e.status === 'stale' && e.from === '')
        lines.push(
          `      ${style.dim('a draft, never reviewed against the English, or a text marked for review: review it, then mark it translated')}`,
        );
      else if (e.status === 'stale' && e.from !== undefined && e.to !== undefined && e.from !== e.to) {
        lines.push(
          `      ${style.dim(e.unverified ? 'English changed (at the latest):' : 'English changed:')} ${renderDiff(e.from, e.to, style)}`,
        );
      }
      if (e.status === 'untranslated' && e.unusable)
        lines.push(`      ${style.dim('its text cannot count as a translation (see the problems below)')}`);
    }
  }
  return lines.join('\n');
}

/** Each language's status; `verbose: false` gives one line a language (extract's summary). */
export function renderStatus(plan: ExtractionPlan, style: Style, { verbose = true }: { readonly verbose?: boolean } = {}): string {
  return plan.languages.map((l) => renderLanguage(l, style, { verbose })).join('\n');
}

export function renderWrites(plan: ExtractionPlan): string {
  return [...plan.writes].map(([path, content]) => `  ${content === null ? 'delete' : 'write '} ${path}`).join('\n');
}
