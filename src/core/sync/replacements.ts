import type { Catalog } from '../common/catalog.ts';
import { loadLocale, type ProjectFiles } from '../locale/loaders.ts';
import { replacementsAcross, type LanguageEvidence, type Rewrite } from '../state/evidence.ts';
import type { ExtractOptions } from './extraction.ts';

const EMPTY: Catalog = new Map();

/**
 * By language, the rewrites evidence shows to be one replacement across entries (evidence.ts); `files`
 * must hold the locale files of the namespaces the evidence names.
 */
export function replacementsFor(options: ExtractOptions, files: ProjectFiles): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [language, evidence] of options.evidence ?? []) {
    const catalogOf = (namespace: string): Catalog => {
      const loaded = loadLocale(files, language, namespace);
      return loaded?.ok ? loaded.value.catalog : EMPTY;
    };
    out.set(language, replacementsAcross(rewrites(evidence, catalogOf)));
  }
  return out;
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
