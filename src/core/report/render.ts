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

function renderDiff(before: string, after: string, style: Style): string {
  return wordDiff(before, after)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? style.removed(p.text) : style.added(p.text)))
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

function renderLanguage(report: LanguageReport, style: Style, verbose: boolean): string {
  const c = report.counts;
  const lines = [
    `${style.bold(report.language.padEnd(3))} ${percent(report.completeness).padStart(6)} complete   ${c.translated} translated, ${c.stale} stale, ${c.untranslated} untranslated, ${c.obsolete} obsolete`,
  ];
  if (!verbose) return lines.join('\n');
  for (const ns of report.namespaces) {
    for (const e of ns.entries) {
      if (e.status === 'translated') continue;
      lines.push(`  ${e.status.padEnd(12)} ${ns.namespace}:${e.key}${e.pruned ? ' (pruned)' : ''}`);
      if (e.status === 'stale' && e.unverified)
        lines.push(
          `      ${style.dim('no record of the English it was made from: check it against the English now, then edit it or --confirm it')}`,
        );
      if (e.status === 'stale' && e.from !== undefined && e.to !== undefined && e.from !== e.to) {
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

export function renderStatus(plan: ExtractionPlan, style: Style, verbose = true): string {
  return plan.languages.map((l) => renderLanguage(l, style, verbose)).join('\n');
}

export function renderWrites(plan: ExtractionPlan): string {
  return [...plan.writes].map(([path, content]) => `  ${content === null ? 'delete' : 'write '} ${path}`).join('\n');
}
