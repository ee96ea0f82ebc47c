import type { Catalog } from '../common/catalog.ts';
import { withLineEndingsOf } from '../common/line-endings.ts';
import type { Problem } from '../common/problems.ts';
import { success, take, type Failure, type Success } from '../common/result.ts';
import { documentCatalog, type Block } from '../document/document.ts';
import { assignIds } from '../document/document-ids.ts';
import { codeCatalogs, type CodeScan } from '../document/scan-code.ts';
import { loadDocument, loadGlossaryFile, type ProjectFiles } from '../locale/loaders.ts';
import { classifyLocaleTree, treeWarnings } from '../locale/locale-tree.ts';
import type { Glossary } from './checks.ts';
import type { ExtractOptions, SourceFile } from './extraction.ts';

/**
 * The first step of an extraction, over the whole project: the English of every document and of the
 * code, which namespaces there are (and which nothing defines any more), and the glossary. What
 * follows is done one namespace at a time (namespace-plan.ts), so that a shell may read a large
 * project's locale files a namespace at a time.
 */
export interface SourcesInput {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  /** Read in order, each only once: a shell may read each file when asked for it. */
  readonly documents: Iterable<SourceFile>;
  readonly code: readonly CodeScan[];
  /** Every file under locales/ (JSON or not), relative to the project root: the locale tree. */
  readonly localePaths: readonly string[];
  /** Holds the glossary file, if there is one. */
  readonly files: ProjectFiles;
}

export interface NamespaceSource {
  readonly namespace: string;
  /** The English as extracted now; undefined for a namespace nothing defines any more (vanished). */
  readonly english?: Catalog;
  /** The document that defines it, with its blocks as written (before new ids are given): for the id checks. */
  readonly document?: { readonly file: string; readonly blocks: readonly Block[] };
}

export interface Sources {
  readonly fatal: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Documents given ids: path -> new text; and what was read of each. */
  readonly writes: ReadonlyMap<string, string | null>;
  readonly read: ReadonlyMap<string, string | null>;
  /** Every namespace to sync, in order: the documents', the code's, then those nothing defines any more. */
  readonly namespaces: readonly NamespaceSource[];
  readonly english: ReadonlyMap<string, Catalog>;
  readonly glossary: Glossary;
  /** `namespace:key` of texts rightly the same in every language. */
  readonly same: ReadonlySet<string>;
}

/** A document's namespace, English and blocks, with ids given to new paragraphs (`written`: its new text, when it changes). */
export interface DocumentSource extends Required<NamespaceSource> {
  readonly written?: string;
}

/** A document read, or its problems, which say `unread` when it could not be parsed at all (rather than given ids). */
export type DocumentReading = Success<DocumentSource> | (Failure & { readonly unread: boolean });

export function documentSource(doc: SourceFile, options: ExtractOptions): DocumentReading {
  const loaded = loadDocument(doc.file, doc.text);
  if (!loaded.ok) return { ...loaded, unread: true };
  const withIds = assignIds(doc.text, loaded.value, options.newId);
  if (!withIds.ok) return { ...withIds, unread: false };
  const written = withLineEndingsOf(doc.text, withIds.value.text);
  const source = {
    namespace: withIds.value.document.namespace,
    english: documentCatalog(withIds.value.document),
    document: { file: doc.file, blocks: loaded.value.blocks },
  };
  return success(written === doc.text ? source : { ...source, written });
}

/** The glossary, and the namespaces that have files but that nothing defines any more (with the warnings about the tree). */
export function projectRest(input: Omit<SourcesInput, 'documents' | 'code'>, live: ReadonlySet<string>) {
  const sink = { fatal: [] as Problem[], warnings: [] as Problem[] };
  const { glossary, same } = take(
    loadGlossaryFile(input.files),
    { glossary: [], same: new Set<string>(), sources: new Map<string, string>() },
    sink,
  );
  const tree = classifyLocaleTree({
    paths: input.localePaths,
    sourceLanguage: input.sourceLanguage,
    targetLanguages: input.targetLanguages,
    live,
  });
  return { ...sink, glossary, same, tree };
}

export function readSources(input: SourcesInput, options: ExtractOptions): Sources {
  const fatal: Problem[] = [];
  const warnings: Problem[] = [];
  const english = new Map<string, Catalog>();
  const documents = new Map<string, NamespaceSource['document']>();
  const writes = new Map<string, string | null>();
  const read = new Map<string, string | null>();
  let unreadDocuments = false;
  for (const doc of input.documents) {
    const source = documentSource(doc, options);
    if (!source.ok) {
      fatal.push(...source.problems);
      unreadDocuments ||= source.unread;
      continue;
    }
    const { namespace, written } = source.value;
    if (written !== undefined) {
      writes.set(doc.file, written);
      read.set(doc.file, doc.text);
    }
    if (english.has(namespace))
      fatal.push({
        severity: 'error',
        code: 'namespace',
        message: `namespace "${namespace}" is used by two documents`,
        file: doc.file,
        line: 1,
        column: 1,
      });
    english.set(namespace, source.value.english);
    documents.set(namespace, source.value.document);
  }

  const code = codeCatalogs(input.code.flatMap((s) => s.strings));
  fatal.push(...input.code.flatMap((s) => s.problems), ...code.problems);
  for (const [namespace, catalog] of code.catalogs) {
    if (english.has(namespace))
      fatal.push({ severity: 'error', code: 'namespace', message: `namespace "${namespace}" is used both by a document and by the code` });
    english.set(namespace, catalog);
  }

  const rest = projectRest(input, new Set(english.keys()));
  fatal.push(...rest.fatal);
  warnings.push(...rest.warnings);
  // A document that cannot be read still defines its namespace: no warning that it vanished.
  const vanished = unreadDocuments ? [] : rest.tree.vanished;
  warnings.push(...treeWarnings({ ...rest.tree, vanished }, options.prune ?? false));
  const namespaces: NamespaceSource[] = [
    ...[...english].map(([namespace, catalog]) => {
      const document = documents.get(namespace);
      return document ? { namespace, english: catalog, document } : { namespace, english: catalog };
    }),
    ...vanished.map((namespace) => ({ namespace })),
  ];
  return { fatal, warnings, writes, read, namespaces, english, glossary: rest.glossary, same: rest.same };
}
