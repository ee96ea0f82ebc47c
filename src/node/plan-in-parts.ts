import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import type { Catalog } from '../core/common/catalog.ts';
import { GLOSSARY_FILE, localeFile, stateFile } from '../core/common/paths.ts';
import { codeCatalogs } from '../core/document/scan-code.ts';
import type { ProjectFiles } from '../core/locale/loaders.ts';
import { treeWarnings } from '../core/locale/locale-tree.ts';
import { planExtraction, type ExtractionPlan, type ExtractOptions } from '../core/sync/extraction.ts';
import { planAssembly, summarise } from '../core/sync/plan-assembly.ts';
import { planNamespace, type NamespaceContext } from '../core/sync/namespace-plan.ts';
import { replacementsFor } from '../core/sync/replacements.ts';
import { documentSource, projectRest, type NamespaceSource } from '../core/sync/sources.ts';
import { openPlanCache, type ContentRead, type NamespaceBytes, type PlanCache, type PlanCacheFile } from './plan-cache.ts';
import { planInPasses, type PlanOptions } from './plan.ts';
import { heapCollector } from './collector.ts';
import { locate } from './records/records.mjs';
import { BrokenInput, listProject, readCode, readSnapshot, type SnapshotOptions } from './project-io.ts';
import { reuseReader } from './reuse-reader.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * The extraction plan of `npm run extract`, with the project read a namespace at a time: a document
 * is read and its namespace planned (src/core/sync/namespace-plan.ts, as planExtraction does) with
 * that namespace's locale files, then all of it let go before the next, so memory holds one
 * namespace, however large the project. The plan's languages carry their counts only (what extract
 * prints), and its English only when --confirm or --restore is given (to check that each names an entry)
 * and for the namespaces whose translations the evidence judges (gatherEvidence reads it).
 *
 * A project whose sources are in doubt (a document that cannot be read, a namespace defined twice,
 * code that cannot be scanned, a broken glossary) cannot be planned this way, since which namespaces
 * there are is then unclear until every document has been read: it is planned whole (planExtraction),
 * which names every problem; the same answer, only with the whole project in memory.
 */
function decodeText(path: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8(path, bytes);
  if (!decoded.ok) throw new BrokenInput(decoded.problems);
  return decoded.value;
}

/** These paths' bytes, undefined for those the listing does not have; with a reader, views valid until its next group. */
function readBytes(
  root: string,
  listed: ReadonlySet<string>,
  paths: readonly string[],
  reader?: ReturnType<typeof reuseReader>,
): Map<string, Uint8Array | undefined> {
  reader?.begin();
  const read = (path: string): Uint8Array => (reader ? reader.read(join(root, path)) : readFileSync(join(root, path)));
  return new Map(paths.map((p) => [p, listed.has(p) ? read(p) : undefined]));
}

/** The texts of the files there are. */
function textsOf(files: NamespaceBytes): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [path, bytes] of files) if (bytes) texts.set(path, decodeText(path, bytes));
  return texts;
}

/**
 * The texts of a namespace's files, each decoded when the plan asks for it and not kept, so that the
 * plan holds one language's texts at a time, not all seven. Every file is checked first, in order, so
 * that the first that is not UTF-8 stops the run as when all were decoded at once.
 */
function lazyTextsOf(files: NamespaceBytes): ProjectFiles {
  for (const [path, bytes] of files) if (bytes && !isUtf8(bytes)) decodeText(path, bytes);
  return {
    has: (path) => files.get(path) !== undefined,
    get(path) {
      const bytes = files.get(path);
      return bytes && decodeText(path, bytes);
    },
  };
}

/** These paths' texts, those the listing has. */
const readFiles = (root: string, listed: ReadonlySet<string>, paths: readonly string[]): Map<string, string> =>
  textsOf(readBytes(root, listed, paths));

const namespaceFiles = (namespace: string): string[] => [
  localeFile(SOURCE_LANGUAGE, namespace),
  ...TARGET_LANGUAGES.flatMap((language) => [localeFile(language, namespace), stateFile(language, namespace)]),
];

type Options = ExtractOptions &
  SnapshotOptions & {
    readonly planCache?: PlanCacheFile | undefined;
    /** The project is a git working tree: what is read carries the translations' blob ids (see ContentRead). */
    readonly blobs?: boolean;
  };

/** What every namespace's plan needs of the whole project, or undefined when the code or the glossary is in doubt. */
async function projectContext(root: string, options: Options) {
  const listing = await listProject(root);
  const listed = new Set(listing.locales);
  const scanned = await readCode(root, listing.code, options.codeScan);
  const code = codeCatalogs(scanned.flatMap((scan) => scan.strings));
  const common = {
    sourceLanguage: SOURCE_LANGUAGE,
    targetLanguages: TARGET_LANGUAGES,
    // JSON files first, as readSnapshot lists them: the order warnings about unknown files come in.
    localePaths: [...listing.locales.filter((p) => p.endsWith('.json')), ...listing.locales.filter((p) => !p.endsWith('.json'))],
    files: readFiles(root, listed, [GLOSSARY_FILE]),
  };
  if (scanned.some((scan) => scan.problems.length > 0) || code.problems.length > 0) return undefined;
  // The glossary is read before any namespace is planned, and again with the tree once every namespace is known.
  const glossary = projectRest(common, new Set());
  if (glossary.fatal.length > 0) return undefined;
  const evidenced = [...(options.evidence?.values() ?? [])].flatMap((e) => [...e.keys()].map((id) => id.slice(0, id.indexOf(':'))));
  const context: NamespaceContext = {
    sourceLanguage: SOURCE_LANGUAGE,
    targetLanguages: TARGET_LANGUAGES,
    glossary: glossary.glossary,
    same: glossary.same,
    options,
    replacements: replacementsFor(options, readFiles(root, listed, [...new Set(evidenced)].flatMap(namespaceFiles))),
    // 1 MiB: at 10,000 paragraphs a peak about 1 MiB lower than with 2 and 3 lower than with 4, for a few more collections.
    released: heapCollector(2 ** 20),
  };
  return { listing, listed, code, common, context };
}

/** The cache, when this run may use it: not for --confirm or --restore (they change a plan without changing its files), nor ids chosen by a test. */
async function cacheFor(options: Options, glossary: string | undefined): Promise<PlanCache | undefined> {
  if (!options.planCache || (options.confirm ?? []).length > 0 || (options.restore ?? []).length > 0 || options.newId) return undefined;
  return openPlanCache(options.planCache, [String(options.prune ?? false), String(options.acceptMoves ?? false), glossary], {
    blobs: options.blobs ?? false,
  });
}

type Project = NonNullable<Awaited<ReturnType<typeof projectContext>>>;

/**
 * Namespaces planned one at a time into an assembly: afresh (and kept by the cache under the source's
 * key, unless judged with evidence, which a later run may not have), or as the cache holds them.
 */
function namespacePlanner(root: string, project: Project, options: Options, cache: PlanCache | undefined) {
  const assembly = planAssembly(TARGET_LANGUAGES, { counts: true });
  // The English is kept only to check what --confirm and --restore name, and for judging the evidence of unvouched translations.
  const english = new Map<string, Catalog>();
  const keep = (options.confirm ?? []).length > 0 || (options.restore ?? []).length > 0;
  // A namespace's files are hashed, decoded if planned, then let go, before the next is read.
  const reader = reuseReader();
  const bytesOf = (namespace: string): NamespaceBytes => readBytes(root, project.listed, namespaceFiles(namespace), reader);
  return {
    assembly,
    english,
    plan(source: NamespaceSource, key?: string, files = bytesOf(source.namespace)): void {
      const planned = planNamespace(project.context, source, lazyTextsOf(files), cache?.writtenOf(files));
      assembly.add(planned);
      cache?.asWritten(files, planned.asWritten);
      if (source.english && (keep || planned.languages.some((part) => part.unvouched.length > 0)))
        english.set(source.namespace, source.english);
      const summary = cache && key !== undefined && options.evidence === undefined ? summarise(planned) : undefined;
      if (summary) cache?.planned(key ?? '', files, summary);
      project.context.released?.();
    },
    /** Added as the cache holds it (true) when it holds the namespace's plan from this source and its files as they are; else its files as read. */
    cached(namespace: string, key: string): NamespaceBytes | true {
      const files = bytesOf(namespace);
      const summary = cache?.summary(key, files);
      if (!summary) return files;
      assembly.addSummary(summary);
      return true;
    },
  };
}

type Planner = ReturnType<typeof namespacePlanner>;

/** The documents' namespaces, planned; false when one cannot be read or a namespace is defined twice (see above). */
function planDocuments(root: string, project: Project, run: { options: Options; cache?: PlanCache | undefined; planner: Planner }) {
  const { options, cache, planner } = run;
  const live = new Set<string>();
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  const taken = (namespace: string): boolean => live.has(namespace) || project.code.catalogs.has(namespace);
  for (const file of project.listing.documents) {
    const bytes = readFileSync(join(root, file));
    const key = cache?.documentKey(file, bytes);
    const known = key === undefined ? undefined : cache?.namespaceOf(key);
    if (known !== undefined && taken(known)) return false;
    const files = known !== undefined && key !== undefined ? planner.cached(known, key) : undefined;
    if (known !== undefined && files === true) {
      live.add(known);
      continue;
    }
    const text = decodeText(file, bytes);
    const source = documentSource({ file, text }, options);
    if (!source.ok || taken(source.value.namespace)) return false;
    const { namespace, written } = source.value;
    if (written !== undefined) {
      writes.set(file, written);
      read.set(file, text);
    } else if (key !== undefined) cache?.documentRead(key, namespace);
    live.add(namespace);
    const sameFiles = files !== undefined && files !== true && known === namespace ? files : undefined;
    planner.plan(source.value, written === undefined ? key : undefined, sameFiles);
  }
  return { live, writes, read };
}

/** The plan and what it read of the locale files, or undefined when the project's sources are in doubt (see above). */
async function planInParts(
  root: string,
  options: Options,
): Promise<{ plan: ExtractionPlan; reads: ReadonlyMap<string, ContentRead> | undefined } | undefined> {
  const project = await projectContext(root, options);
  if (!project) return undefined;
  const cache = await cacheFor(options, project.common.files.get(GLOSSARY_FILE));
  const planner = namespacePlanner(root, project, options, cache);
  const documents = planDocuments(root, project, { options, cache, planner });
  if (!documents) return undefined;
  const { live, writes, read } = documents;
  for (const [namespace, catalog] of project.code.catalogs) {
    live.add(namespace);
    const key = cache?.codeKey(namespace, catalog);
    const files = key === undefined ? undefined : planner.cached(namespace, key);
    if (files !== true) planner.plan({ namespace, english: catalog }, key, files);
  }
  const rest = projectRest(project.common, live);
  for (const namespace of rest.tree.vanished) planner.plan({ namespace });
  const warnings = [...rest.warnings, ...treeWarnings(rest.tree, options.prune ?? false)];
  await cache?.save();
  return { plan: planner.assembly.plan({ fatal: [], warnings, writes, read, english: planner.english }), reads: cache?.reads };
}

/**
 * planProject's passes (src/node/plan.ts: the record, evidence for the unvouched translations only),
 * each pass a namespace at a time; a project whose sources are in doubt is planned whole.
 */
export async function planProjectInParts(
  root: string,
  options: PlanOptions & SnapshotOptions & { readonly planCache?: PlanCacheFile | undefined } = {},
): Promise<ExtractionPlan> {
  const { codeScan, planCache, ...planOptions } = options;
  // The record reads what the first pass read by its keys (one read and one hash per file and run); in
  // git it also needs each translation's blob id. Where git keeps things is asked once, for both.
  const where = options.record === undefined ? undefined : await locate(root);
  const blobs = where?.git !== undefined;
  let reads: ReadonlyMap<string, ContentRead> | undefined;
  const pass = async (extractOptions: ExtractOptions): Promise<ExtractionPlan> => {
    const parts = await planInParts(root, { ...extractOptions, codeScan, planCache, blobs });
    reads ??= parts?.reads;
    return parts?.plan ?? planExtraction(await readSnapshot(root, { codeScan }), extractOptions);
  };
  return planInPasses(root, pass, planOptions, () => ({ contents: reads, ...(where ? { where } : {}) }));
}
