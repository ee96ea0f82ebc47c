import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../languages.ts';
import type { ProjectSnapshot, SourceFile } from '../core/sync/extraction.ts';
import { CODE_DIR, DOCUMENTS_DIR, LOCALES_DIR } from '../core/common/paths.ts';
import { scanCode, type CodeScanCache } from './code-scan.ts';
import type { CodeScan } from '../core/document/scan-code.ts';
import type { Problem } from '../core/common/problems.ts';
import { decodeUtf8 } from './utf8.ts';
import { renderProblem } from '../core/report/render.ts';

/**
 * A file that cannot be read as what it must be (not UTF-8): the command stops before it decides
 * anything, naming the file, line and column, and writes nothing.
 */
export class BrokenInput extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(renderProblem).join('\n'));
  }
}

/**
 * A file's text, decoded strictly (see utf8.ts); `shown` names it in the error. Read synchronously: a
 * project's hundreds of small files cost a fraction of the time of fs/promises' open, stat, read and
 * close, each a round trip through the thread pool (25 ms of npm run extract's 280 here).
 */
function readText(path: string, shown: string): string {
  const decoded = decodeUtf8(shown, readFileSync(path));
  if (!decoded.ok) throw new BrokenInput(decoded.problems);
  return decoded.value;
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const isCode = (path: string): boolean =>
  /\.(ts|tsx)$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path) && !path.endsWith('.d.ts') && !path.startsWith(`${DOCUMENTS_DIR}/`);

async function readAll(root: string, paths: readonly string[]): Promise<SourceFile[]> {
  return paths.map((file) => ({ file, text: readText(join(root, file), file) }));
}

const isJson = (path: string): boolean => path.endsWith('.json');

export interface SnapshotOptions {
  /** Keep the code's interface strings by file contents (a compiled command's; see code-scan.ts). */
  readonly codeScan?: CodeScanCache | undefined;
}

/** The files extraction reads, by path relative to the root: documents, code, and everything under locales/. */
export interface ProjectListing {
  readonly documents: readonly string[];
  readonly code: readonly string[];
  readonly locales: readonly string[];
}

export async function listProject(root: string): Promise<ProjectListing> {
  const [docPaths, codePaths, localePaths] = await Promise.all([
    listFiles(root, DOCUMENTS_DIR),
    listFiles(root, CODE_DIR),
    listFiles(root, LOCALES_DIR),
  ]);
  return { documents: docPaths.filter((p) => p.endsWith('.md')), code: codePaths.filter(isCode), locales: localePaths };
}

/** The interface strings of these code files (see code-scan.ts). */
export async function readCode(root: string, paths: readonly string[], cache?: CodeScanCache): Promise<CodeScan[]> {
  return scanCode(await readAll(root, paths), cache);
}

/** Read everything extraction needs from a project tree, the code scanned for its interface strings. */
export async function readSnapshot(root: string, options: SnapshotOptions = {}): Promise<ProjectSnapshot> {
  const listing = await listProject(root);
  const [documents, code, locales] = await Promise.all([
    readAll(root, listing.documents),
    readCode(root, listing.code, options.codeScan),
    readAll(root, listing.locales.filter(isJson)),
  ]);
  return {
    sourceLanguage: SOURCE_LANGUAGE,
    targetLanguages: TARGET_LANGUAGES,
    documents,
    code,
    locales: new Map(locales.map((f) => [f.file, f.text])),
    otherFiles: listing.locales.filter((p) => !isJson(p)),
  };
}

/** What a snapshot read of each of these paths (null: there was no such file): what commitWrites checks the disk against. */
export function readIn(snapshot: ProjectSnapshot, paths: Iterable<string>): Map<string, string | null> {
  const documents = new Map(snapshot.documents.map((d) => [d.file, d.text]));
  return new Map([...paths].map((path) => [path, snapshot.locales.get(path) ?? documents.get(path) ?? null]));
}

/** Files of a project by path relative to its root, those that exist: what the loaders read. */
export async function readProjectFiles(root: string, paths: readonly string[]): Promise<Map<string, string>> {
  const texts = await Promise.all(paths.map(async (path) => [path, await readOptional(join(root, path), path)] as const));
  return new Map(texts.flatMap(([path, text]) => (text === undefined ? [] : [[path, text] as [string, string]])));
}

/** A file's text, or undefined when there is no such file (any other error is one, invalid UTF-8 a BrokenInput naming it as `shown`). */
export async function readOptional(path: string, shown = path): Promise<string | undefined> {
  try {
    return readText(path, shown);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
