import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import type { Catalog } from '../core/common/catalog.ts';
import { GLOSSARY_FILE, localeFile, stateFile } from '../core/common/paths.ts';
import { codeCatalogs } from '../core/document/scan-code.ts';
import { treeWarnings } from '../core/locale/locale-tree.ts';
import { planAssembly, planExtraction, type ExtractionPlan, type ExtractOptions } from '../core/sync/extraction.ts';
import { planNamespace, type NamespaceContext } from '../core/sync/namespace-plan.ts';
import { replacementsFor } from '../core/sync/replacements.ts';
import { documentSource, projectRest, type NamespaceSource } from '../core/sync/sources.ts';
import { planInPasses, type PlanOptions } from './plan.ts';
import { BrokenInput, listProject, readCode, readSnapshot, type SnapshotOptions } from './project-io.ts';
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
function readText(root: string, path: string): string {
  const decoded = decodeUtf8(path, readFileSync(join(root, path)));
  if (!decoded.ok) throw new BrokenInput(decoded.problems);
  return decoded.value;
}

/** These paths' texts, those the listing has. */
function readFiles(root: string, listed: ReadonlySet<string>, paths: readonly string[]): Map<string, string> {
  return new Map(paths.filter((p) => listed.has(p)).map((p) => [p, readText(root, p)]));
}

const namespaceFiles = (namespace: string): string[] => [
  localeFile(SOURCE_LANGUAGE, namespace),
  ...TARGET_LANGUAGES.flatMap((language) => [localeFile(language, namespace), stateFile(language, namespace)]),
];

type Options = ExtractOptions & SnapshotOptions;

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
  };
  return { listing, listed, code, common, context };
}

/** The plan, or undefined when the project's sources are in doubt (see above). */
async function planInParts(root: string, options: Options): Promise<ExtractionPlan | undefined> {
  const project = await projectContext(root, options);
  if (!project) return undefined;
  const { listing, listed, code, common, context } = project;
  const assembly = planAssembly(TARGET_LANGUAGES, { counts: true });
  const live = new Set<string>();
  // The English is kept only to check what --confirm and --restore name, and for judging the evidence of unvouched translations.
  const english = new Map<string, Catalog>();
  const keep = (options.confirm ?? []).length > 0 || (options.restore ?? []).length > 0;
  const plan = (source: NamespaceSource): void => {
    const planned = planNamespace(context, source, readFiles(root, listed, namespaceFiles(source.namespace)));
    assembly.add(planned);
    if (source.english && (keep || planned.languages.some((part) => part.unvouched.length > 0)))
      english.set(source.namespace, source.english);
  };
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  for (const file of listing.documents) {
    const text = readText(root, file);
    const source = documentSource({ file, text }, options);
    if (!source.ok || live.has(source.value.namespace) || code.catalogs.has(source.value.namespace)) return undefined;
    if (source.value.written !== undefined) {
      writes.set(file, source.value.written);
      read.set(file, text);
    }
    live.add(source.value.namespace);
    plan(source.value);
  }
  for (const [namespace, catalog] of code.catalogs) {
    live.add(namespace);
    plan({ namespace, english: catalog });
  }
  const rest = projectRest(common, live);
  for (const namespace of rest.tree.vanished) plan({ namespace });
  const warnings = [...rest.warnings, ...treeWarnings(rest.tree, options.prune ?? false)];
  return assembly.plan({ fatal: [], warnings, writes, read, english });
}

/**
 * planProject's passes (src/node/plan.ts: the record, evidence for the unvouched translations only),
 * each pass a namespace at a time; a project whose sources are in doubt is planned whole.
 */
export async function planProjectInParts(root: string, options: PlanOptions & SnapshotOptions = {}): Promise<ExtractionPlan> {
  const { codeScan, ...planOptions } = options;
  const pass = async (extractOptions: ExtractOptions): Promise<ExtractionPlan> =>
    (await planInParts(root, { ...extractOptions, codeScan })) ?? planExtraction(await readSnapshot(root, { codeScan }), extractOptions);
  return planInPasses(root, pass, planOptions);
}
