import { isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SOURCE_LANGUAGE } from '../languages.ts';
import { replaceCacheFile } from './cache-file.ts';
import { blobOf } from './records/git-sides.mjs';
import { contentKey } from './records/records.mjs';
import type { NamespaceSummary } from '../core/sync/plan-assembly.ts';

/**
 * What extract found in each namespace, kept by a compiled command (dist-cli/namespace-plans-{command}.json) so
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
  /** The cache file (dist-cli/namespace-plans-{command}.json). */
  readonly file: string;
  /** The build of the commands (src/commands/run.mjs's fingerprint). */
  readonly build: string;
}

interface Stored {
  /** A document's key -> the namespace it defines (a document that needed no ids). */
  readonly documents: ReadonlyMap<string, string>;
  /** A namespace's key -> its summary. */
  readonly namespaces: ReadonlyMap<string, NamespaceSummary>;
  /** The keys of files (path and bytes) found to hold exactly what extract writes for what it reads there. */
  readonly written: ReadonlySet<string>;
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
function load(cache: PlanCacheFile): Stored {
  const documents = new Map<string, string>();
  const namespaces = new Map<string, NamespaceSummary>();
  const written = new Set<string>();
  try {
    const data = JSON.parse(readFileSync(cache.file, 'utf8')) as unknown;
    if (!isRecord(data) || data['build'] !== cache.build || !isRecord(data['documents']) || !isRecord(data['namespaces']))
      return { documents, namespaces, written };
    for (const [key, namespace] of Object.entries(data['documents'])) if (typeof namespace === 'string') documents.set(key, namespace);
    for (const [key, summary] of Object.entries(data['namespaces'])) if (isSummary(summary)) namespaces.set(key, summary);
    if (Array.isArray(data['written'])) for (const key of data['written']) if (typeof key === 'string') written.add(key);
  } catch {
    // Missing or damaged: nothing kept.
  }
  return { documents, namespaces, written };
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
  /** The paths of these files that a run found to hold exactly what extract writes for what it reads there. */
  writtenOf(files: NamespaceBytes): Set<string>;
  /** These files (paths of `files`) hold exactly what extract writes for what it reads there. */
  asWritten(files: NamespaceBytes, paths: readonly string[]): void;
  /** Keep what this run used or found, and only that (the cache stays the size of the project). */
  save(): Promise<void>;
  /** The locale files this run read, by path, as last read (see ContentRead). */
  readonly reads: ReadonlyMap<string, ContentRead>;
}

/** What this run used or found: all that is kept, so that the cache stays the size of the project. */
interface Kept {
  readonly documents: Map<string, string>;
  readonly namespaces: Map<string, NamespaceSummary>;
  readonly written: Set<string>;
  changed: boolean;
}

/**
 * What a run read of a locale file, for the run's record (takeRecord's `contents`): the records' key of
 * its content (it is UTF-8) and, for a translation file in git, its blob id. So every file is read and
 * hashed once per run, by the cache and the records alike.
 */
export interface ContentRead {
  readonly key: string;
  readonly blob?: string;
}

/**
 * Each file's key (its path and content's key, under this build's `base`), made once per group of files
 * read, whether its namespace is then looked up, planned or kept; and what was read, as the records key it.
 */
function fileKeying(base: string, blobs: boolean, reads: Map<string, ContentRead>): (files: NamespaceBytes) => Map<string, string> {
  const fileKeys = new WeakMap<NamespaceBytes, Map<string, string>>();
  const keyFile = (path: string, bytes: Uint8Array | undefined): string => {
    const content = bytes === undefined ? undefined : contentKey(path, bytes);
    if (bytes === undefined || content === undefined || !isUtf8(bytes)) reads.delete(path);
    else
      reads.set(path, {
        key: content,
        ...(blobs && path.split('/')[1] !== SOURCE_LANGUAGE ? blobOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : {}),
      });
    return keyOf([base, path, content]);
  };
  return (files) => {
    let keys = fileKeys.get(files);
    if (!keys) fileKeys.set(files, (keys = new Map([...files].map(([path, bytes]) => [path, keyFile(path, bytes)]))));
    return keys;
  };
}

function writtenFacts(stored: Stored, kept: Kept, keysOf: (files: NamespaceBytes) => Map<string, string>) {
  return {
    writtenOf(files: NamespaceBytes): Set<string> {
      const found = new Set<string>();
      for (const [path, key] of keysOf(files))
        if (stored.written.has(key) && files.get(path) !== undefined) {
          found.add(path);
          kept.written.add(key);
        }
      return found;
    },
    asWritten(files: NamespaceBytes, paths: readonly string[]): void {
      const keys = keysOf(files);
      for (const path of paths) {
        const key = keys.get(path);
        if (key === undefined || files.get(path) === undefined) continue;
        kept.written.add(key);
        kept.changed ||= !stored.written.has(key);
      }
    },
  };
}

async function save(cache: PlanCacheFile, stored: Stored, kept: Kept): Promise<void> {
  const { documents, namespaces, written } = kept;
  const unused =
    documents.size !== stored.documents.size || namespaces.size !== stored.namespaces.size || written.size !== stored.written.size;
  if (!kept.changed && !unused) return;
  const data = {
    build: cache.build,
    documents: Object.fromEntries(documents),
    namespaces: Object.fromEntries(namespaces),
    written: [...written],
  };
  await replaceCacheFile(cache.file, data);
}

/**
 * The cache of a build, for runs whose options and glossary make `context` (every byte a plan reads
 * besides its namespace's); with `blobs` (a git working tree), the reads carry the translations' blob ids.
 */
export async function openPlanCache(
  cache: PlanCacheFile,
  context: readonly (string | undefined)[],
  { blobs = false }: { readonly blobs?: boolean } = {},
): Promise<PlanCache> {
  const stored = load(cache);
  const base = keyOf([cache.build, ...context]);
  const kept: Kept = { documents: new Map(), namespaces: new Map(), written: new Set(), changed: false };
  const reads = new Map<string, ContentRead>();
  const keysOf = fileKeying(base, blobs, reads);
  const namespaceKey = (source: string, files: NamespaceBytes): string => keyOf([base, source, ...keysOf(files).values()]);
  return {
    ...writtenFacts(stored, kept, keysOf),
    documentKey: (file, bytes) => keyOf([base, 'document', file, bytes]),
    codeKey: (namespace, entries) => keyOf([base, 'code', namespace, ...[...entries].flat()]),
    namespaceOf(key) {
      const namespace = stored.documents.get(key);
      if (namespace !== undefined) kept.documents.set(key, namespace);
      return namespace;
    },
    documentRead(key, namespace) {
      kept.changed ||= stored.documents.get(key) !== namespace;
      kept.documents.set(key, namespace);
    },
    summary(source, files) {
      const key = namespaceKey(source, files);
      const summary = stored.namespaces.get(key);
      if (summary) kept.namespaces.set(key, summary);
      return summary;
    },
    planned(source, files, summary) {
      kept.namespaces.set(namespaceKey(source, files), summary);
      kept.changed = true;
    },
    save: () => save(cache, stored, kept),
    reads,
  };
}
