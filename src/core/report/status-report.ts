import type { ExtractionPlan } from '../sync/extraction.ts';
import type { EntryStatus } from '../state/state.ts';

/** The machine-readable status: language -> "namespace:key" -> status. */
export type StatusJson = Record<string, Record<string, EntryStatus>>;

export function statusJson(plan: ExtractionPlan): StatusJson {
  const out: StatusJson = {};
  for (const language of plan.languages) {
    const entries: Record<string, EntryStatus> = {};
    for (const ns of language.namespaces) for (const e of ns.entries) entries[`${ns.namespace}:${e.key}`] = e.status;
    out[language.language] = entries;
  }
  return out;
}

/** Languages whose share of translated entries is below `minimum` (0..1). */
export function belowThreshold(plan: ExtractionPlan, minimum: number): string[] {
  return plan.languages.filter((l) => l.completeness < minimum).map((l) => l.language);
}
