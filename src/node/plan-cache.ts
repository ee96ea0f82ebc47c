import { createHash, type Hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { replaceCacheFile } from './cache-file.ts';
import type { NamespaceSummary } from '../core/sync/plan-assembly.ts';

/**
 * What extract found in each namespace, kept by a compiled command (dist-cli/namespace-plans.json) so
 * that a namespace none of whose files changed is not planned again: the plan of a namespace depends
 * only on the build of the commands, the glossary, the options, its document (or its code's English)
 * and its own locale and state files, and the cache is keyed by a SHA-256 of exactly those bytes. One
 * byte changed in any of them, whatever the file's size and time stamps say, and the namespace is
 * planned afresh; another build never reads what this one kept. Only namespaces that write nothing,
 * stop nothing and leave no translation to judge by evidence are kept (summarise), and a document
 * given ids is read afresh each time: what is kept is what such a plan adds to extract's counts and
 * problems, nothing else.
 */
export interface PlanCacheFile {
  /** The cache file (dist-cli/namespace-plans.json). */
  readonly file: string;
  /** The build of the commands (src/commands/run.mjs's fingerprint). */
  readonly build: string;
}

interface Stored {
  /** A document's key -> the namespace it defines (a document that needed no ids). */
  readonly documents: ReadonlyMap<string, string>;
  /** A namespace's key -> its summary. */
  readonly namespaces: ReadonlyMap<string, NamespaceSummary>;
}

/** The parts of a key, each framed by its length, so that no two lists of parts hash alike. */
function keyOf(parts: readonly (string | Uint8Array | undefined)[]): string {
  const hash: Hash = createHash('sha256');
  for (const part of parts) {
    if (part === undefined) hash.update('-\0');
    else {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      hash.update(`${bytes.length}\0`).update(bytes);
    }
  }
  return hash.digest('base64url');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isCounts = (value: unknown): boolean =>
  isRecord(value) && ['translated', 'stale', 'untranslated', 'obsolete'].every((status) => Number.isInteger(value[status]));

const isSummary = (value: unknown): value is NamespaceSummary =>
  isRecord(value) &&
  Array.isArray(value['warnings']) &&
  Array.isArray(value['languages']) &&
  value['languages'].every((l) => isRecord(l) && Array.isArray(l['warnings']) && Array.isArray(l['problems']) && isCounts(l['counts']));

/** What a build kept; nothing for another build, or a file that is missing or damaged. */
async function load(cache: PlanCacheFile): Promise<Stored> {
  const documents = new Map<string, string>();
  const namespaces = new Map<string, NamespaceSummary>();
  try {
    const data = JSON.parse(await readFile(cache.file, 'utf8')) as unknown;
    if (!isRecord(data) || data['build'] !== cache.build || !isRecord(data['documents']) || !isRecord(data['namespaces']))
      return { documents, namespaces };
    for (const [key, namespace] of Object.entries(data['documents'])) if (typeof namespace === 'string') documents.set(key, namespace);
    for (const [key, summary] of Object.entries(data['namespaces'])) if (isSummary(summary)) namespaces.set(key, summary);
  } catch {
    // Missing or damaged: nothing kept.
  }
  return { documents, namespaces };
}

/** A namespace's files by path as read (undefined: there is none). */
export type NamespaceBytes = ReadonlyMap<string, Uint8Array | undefined>;

export interface PlanCache {
  /** The key of a document's source: its path and bytes. */
  documentKey(file: string, bytes: Uint8Array): string;
  /** The key of code's English: the namespace and its entries. */
  codeKey(namespace: string, entries: Iterable<readonly [string, string]>): string;
  /** The namespace a document of this key defines, when a run read it and gave it no ids. */
  namespaceOf(documentKey: string): string | undefined;
  documentRead(documentKey: string, namespace: string): void;
  /** A namespace's summary, when a run planned it from this source and these files. */
  summary(sourceKey: string, files: NamespaceBytes): NamespaceSummary | undefined;
  planned(sourceKey: string, files: NamespaceBytes, summary: NamespaceSummary): void;
  /** Keep what this run used or found, and only that (the cache stays the size of the project). */
  save(): Promise<void>;
}

/** The cache of a build, for runs whose options and glossary make `context` (every byte a plan reads besides its namespace's). */
export async function openPlanCache(cache: PlanCacheFile, context: readonly (string | undefined)[]): Promise<PlanCache> {
  const stored = await load(cache);
  const base = keyOf([cache.build, ...context]);
  const documents = new Map<string, string>();
  const namespaces = new Map<string, NamespaceSummary>();
  let changed = false;
  const namespaceKey = (source: string, files: NamespaceBytes): string =>
    keyOf([base, source, ...[...files].flatMap(([path, bytes]) => [path, bytes])]);
  return {
    documentKey: (file, bytes) => keyOf([base, 'document', file, bytes]),
    codeKey: (namespace, entries) => keyOf([base, 'code', namespace, ...[...entries].flat()]),
    namespaceOf(key) {
      const namespace = stored.documents.get(key);
      if (namespace !== undefined) documents.set(key, namespace);
      return namespace;
    },
    documentRead(key, namespace) {
      changed ||= stored.documents.get(key) !== namespace;
      documents.set(key, namespace);
    },
    summary(source, files) {
      const key = namespaceKey(source, files);
      const summary = stored.namespaces.get(key);
      if (summary) namespaces.set(key, summary);
      return summary;
    },
    planned(source, files, summary) {
      namespaces.set(namespaceKey(source, files), summary);
      changed = true;
    },
    async save() {
      const unused = documents.size !== stored.documents.size || namespaces.size !== stored.namespaces.size;
      if (!changed && !unused) return;
      const data = { build: cache.build, documents: Object.fromEntries(documents), namespaces: Object.fromEntries(namespaces) };
      await replaceCacheFile(cache.file, data);
    },
  };
}
