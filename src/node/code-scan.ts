import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { scanSource, type CodeScan } from '../core/document/scan-code.ts';
import type { SourceFile } from '../core/sync/extraction.ts';
import { replaceCacheFile } from './cache-file.ts';
import { loadTypeScript } from './typescript.ts';

/**
 * The interface strings of the code (the t() calls), found with the TypeScript parser. Loading the
 * parser takes longer than the rest of an extraction, so a compiled command keeps what it found in each
 * file, keyed by the file's path and exact contents: a file is scanned again as soon as one character
 * of it differs, whatever its time stamps say, and a file whose contents are known is never scanned
 * twice. What a build of the commands found is never used by another build (its scanner may differ).
 */
export interface CodeScanCache {
  /** The cache file (dist-cli/code-scan-{command}.json). */
  readonly file: string;
  /** The build of the commands, which decides what a scan finds (src/commands/run.mjs's fingerprint). */
  readonly build: string;
}

interface CacheFile {
  readonly build: string;
  readonly scans: Record<string, CodeScan>;
}

const key = (file: SourceFile): string => createHash('sha256').update(file.file).update('\0').update(file.text).digest('base64url');

const isScan = (value: unknown): value is CodeScan =>
  typeof value === 'object' && value !== null && Array.isArray((value as CodeScan).strings) && Array.isArray((value as CodeScan).problems);

/** The scans a build stored; none for another build, or a file that is missing or damaged. */
function stored(cache: CodeScanCache): Map<string, CodeScan> {
  try {
    const data = JSON.parse(readFileSync(cache.file, 'utf8')) as Partial<CacheFile>;
    if (data.build !== cache.build || typeof data.scans !== 'object' || data.scans === null) return new Map();
    return new Map(Object.entries(data.scans).filter(([, scan]) => isScan(scan)));
  } catch {
    return new Map();
  }
}

/** Replace the cache with this run's scans. */
async function store(cache: CodeScanCache, scans: ReadonlyMap<string, CodeScan>): Promise<void> {
  const data: CacheFile = { build: cache.build, scans: Object.fromEntries(scans) };
  await replaceCacheFile(cache.file, data);
}

/** Each code file's interface strings, in order; with a cache, only files never seen with these contents are parsed. */
export async function scanCode(code: readonly SourceFile[], cache?: CodeScanCache): Promise<CodeScan[]> {
  if (code.length === 0) return [];
  if (!cache) {
    const ts = loadTypeScript();
    return code.map((f) => scanSource(ts, f.file, f.text));
  }
  const known = stored(cache);
  let ts: ReturnType<typeof loadTypeScript> | undefined;
  const used = new Map<string, CodeScan>();
  const scans = code.map((f) => {
    const id = key(f);
    const scan = known.get(id) ?? scanSource((ts ??= loadTypeScript()), f.file, f.text);
    used.set(id, scan);
    return scan;
  });
  // Entries of files no longer there (or no longer with those contents) go, so the cache stays the size of the code.
  if (ts !== undefined || used.size !== known.size) await store(cache, used);
  return scans;
}
