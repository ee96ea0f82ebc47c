import { formatCatalog, type Catalog } from './catalog.ts';
import { checkTranslations, type Glossary } from './checks.ts';
import { assignIds, documentCatalog, parseDocument } from './document.ts';
import { parseGlossary } from './glossary-file.ts';
import { parseLocaleFile } from './locale-file.ts';
import { syncCatalog, type SyncReportEntry } from './merge.ts';
import { GLOSSARY_FILE, LOCALES_DIR, localeFile, STATE_DIR, stateFile } from './paths.ts';
import type { Problem } from './problems.ts';
import { codeCatalogs, scanSource } from './scan-code.ts';
import { EMPTY_STATE, type EntryStatus } from './state.ts';
import { formatState, parseState } from './state-file.ts';

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** Everything extraction reads, as text: the shell collects it, this module decides. */
export interface ProjectSnapshot {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly documents: readonly SourceFile[];
  readonly code: readonly SourceFile[];
  /** Files under locales/ by path relative to the project root. */
  readonly locales: ReadonlyMap<string, string>;
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
  /** Files whose content would change: path -> new content, or null to delete. */
  readonly writes: ReadonlyMap<string, string | null>;
  readonly languages: readonly LanguageReport[];
  /** The English catalogs by namespace, as extracted. */
  readonly english: ReadonlyMap<string, Catalog>;
}

const EMPTY: Catalog = new Map();

/** The confirmations that name no entry of any translated language: a typo, which must not pass for success. */
export function unmatchedConfirmations(plan: ExtractionPlan, confirm: readonly Confirmation[]): Confirmation[] {
  return confirm.filter(
    (c) =>
      !plan.languages.some(
        (report) =>
          matches(c.language, report.language) &&
          [...plan.english].some(([namespace, catalog]) => matches(c.namespace, namespace) && [...catalog.keys()].some((key) => matches(c.key, key))),
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

/** Namespaces that have files per language under locales/ (so a removed document's translations are still seen). */
function namespacesOnDisk(locales: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const pattern = new RegExp(`^(?:${LOCALES_DIR}|${STATE_DIR})/([^/]+)/([^/]+)\\.json$`);
  for (const path of locales.keys()) {
    const m = pattern.exec(path);
    if (!m?.[1] || !m[2]) continue;
    const set = found.get(m[1]) ?? new Set<string>();
    set.add(m[2]);
    found.set(m[1], set);
  }
  return found;
}

export function planExtraction(snapshot: ProjectSnapshot, options: ExtractOptions = {}): ExtractionPlan {
  const fatal: Problem[] = [];
  const problems: Problem[] = [];
  const english = new Map<string, Catalog>();
  const documentTexts = new Map(snapshot.documents.map((d) => [d.file, d.text]));
  const writes = new Map<string, string | null>();
  /** Keep a file's new content only when it differs from what is there: large projects hold less in memory. */
  const emit = (path: string, content: string | null): void => {
    const current = snapshot.locales.get(path) ?? documentTexts.get(path) ?? null;
    if (content !== current) writes.set(path, content);
    else writes.delete(path);
  };

  for (const doc of snapshot.documents) {
    const parsed = parseDocument(doc.file, doc.text);
    if (!parsed.ok) {
      fatal.push(...parsed.problems);
      continue;
    }
    const withIds = assignIds(doc.text, parsed.document);
    emit(doc.file, withIds.text);
    const namespace = withIds.document.namespace;
    if (english.has(namespace)) fatal.push({ severity: 'error', code: 'namespace', message: `namespace "${namespace}" is used by two documents`, file: doc.file, line: 1, column: 1 });
    english.set(namespace, documentCatalog(withIds.document));
  }

  const scanned = snapshot.code.map((f) => scanSource(f.file, f.text));
  const code = codeCatalogs(scanned.flatMap((s) => s.strings));
  fatal.push(...scanned.flatMap((s) => s.problems), ...code.problems);
  for (const [namespace, catalog] of code.catalogs) {
    if (english.has(namespace)) fatal.push({ severity: 'error', code: 'namespace', message: `namespace "${namespace}" is used both by a document and by the code` });
    english.set(namespace, catalog);
  }

  let glossary: Glossary = [];
  const glossaryText = snapshot.locales.get(GLOSSARY_FILE);
  if (glossaryText !== undefined) {
    const parsed = parseGlossary(GLOSSARY_FILE, glossaryText);
    if (parsed.ok) glossary = parsed.glossary;
    else fatal.push(...parsed.problems);
  }

  const readCatalog = (path: string): Catalog => {
    const text = snapshot.locales.get(path);
    if (text === undefined) return EMPTY;
    const parsed = parseLocaleFile(path, text);
    if (parsed.ok) return parsed.catalog;
    fatal.push(...parsed.problems);
    return EMPTY;
  };

  const onDisk = namespacesOnDisk(snapshot.locales);
  const previousEnglish = new Map<string, Catalog>();
  for (const namespace of new Set([...english.keys(), ...(onDisk.get(snapshot.sourceLanguage) ?? [])])) {
    const path = localeFile(snapshot.sourceLanguage, namespace);
    previousEnglish.set(namespace, readCatalog(path));
    const catalog = english.get(namespace);
    emit(path, catalog ? formatCatalog(catalog) : null);
  }

  const languages: LanguageReport[] = [];
  for (const language of snapshot.targetLanguages) {
    const namespaces: NamespaceReport[] = [];
    for (const namespace of new Set([...english.keys(), ...(onDisk.get(language) ?? [])])) {
      const targetPath = localeFile(language, namespace);
      const statePath = stateFile(language, namespace);
      const target = readCatalog(targetPath);
      const stateText = snapshot.locales.get(statePath);
      let state = EMPTY_STATE;
      if (stateText !== undefined) {
        const parsed = parseState(statePath, stateText);
        if (parsed.ok) state = parsed.state;
        else fatal.push(...parsed.problems);
      }
      const source = english.get(namespace) ?? EMPTY;
      const confirm = new Set(
        [...source.keys()].filter((key) => options.confirm?.some((c) => matches(c.language, language) && matches(c.namespace, namespace) && matches(c.key, key))),
      );
      const result = syncCatalog({
        english: source,
        previousEnglish: previousEnglish.get(namespace) ?? EMPTY,
        target,
        state,
        confirm,
        prune: options.prune ?? false,
      });
      namespaces.push({ namespace, entries: result.report });
      problems.push(...checkTranslations({ language, namespace, english: source, target: result.target, glossary, file: targetPath }));
      const keep = english.has(namespace);
      emit(targetPath, keep ? formatCatalog(result.target) : null);
      const empty = result.state.entries.size === 0 && result.state.obsolete.size === 0;
      emit(statePath, keep || !empty ? formatState(result.state) : null);
    }
    const counts = countStatuses(namespaces);
    const live = counts.translated + counts.stale + counts.untranslated;
    languages.push({ language, namespaces, counts, completeness: live === 0 ? 1 : counts.translated / live });
  }

  return { fatal, problems, writes, languages, english };
}
