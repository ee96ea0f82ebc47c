import { access, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { PLAIN } from '../../src/core/report/render.ts';
import { EXIT, type CommandEnvironment } from '../../src/commands/shared/io.ts';

export interface TempProject {
  readonly dir: string;
  read(path: string): Promise<string>;
  write(path: string, content: string): Promise<void>;
  json(path: string): Promise<unknown>;
  exists(path: string): Promise<boolean>;
  /** Every file under the project with its content, to prove a command wrote nothing. */
  snapshot(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

/**
 * Run `done` when the test that calls this finishes (the last registered first): how a temporary folder
 * is removed. Outside a test (in a beforeAll) nothing is registered: what the hook made is its own to
 * remove, by returning the removal from the beforeAll, which runs it after the file's tests.
 */
function whenTestFinishes(done: () => Promise<unknown>): void {
  try {
    onTestFinished(async () => void (await done()));
  } catch {
    // Not inside a test: the caller removes it.
  }
}

/** A temporary folder, removed when the test that made it finishes (see whenTestFinishes). */
export async function tempDir(prefix = 'nordefco-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  whenTestFinishes(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A project tree in a temporary folder, removed when the test that made it finishes (see whenTestFinishes). */
export async function tempProject(files: Record<string, string>): Promise<TempProject> {
  const dir = await tempDir();
  const project: TempProject = {
    dir,
    read: (path) => readFile(join(dir, path), 'utf8'),
    async write(path, content) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    },
    exists: (path) =>
      access(join(dir, path)).then(
        () => true,
        () => false,
      ),
    async json(path) {
      return JSON.parse(await project.read(path)) as unknown;
    },
    async snapshot() {
      const out = new Map<string, string>();
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
          const path = relative(dir, join(entry.parentPath, entry.name));
          out.set(path, await readFile(join(dir, path), 'utf8'));
        }
      }
      return out;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  for (const [path, content] of Object.entries(files)) await project.write(path, content);
  return project;
}

/** The files whose content differs between two snapshots, or that only one of them has. */
export function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

/** Run `act`, expecting it to change no file of the project (a refusal writes nothing); returns what `act` returned. */
export async function expectNothingWritten<T>(project: TempProject, act: () => Promise<T>): Promise<T> {
  const before = await project.snapshot();
  const result = await act();
  expect(changedFiles(before, await project.snapshot())).toEqual([]);
  return result;
}

/** Run a command that must refuse: it exits with `code` (broken input by default) and writes nothing. */
export async function expectRefused(
  command: (argv: readonly string[], env: CommandEnvironment) => Promise<number>,
  project: TempProject,
  argv: readonly string[] = [],
  code: number = EXIT.broken,
): Promise<Captured> {
  const result = await expectNothingWritten(project, () => runCommand(command, project.dir, argv));
  expect(result.code, result.err).toBe(code);
  return result;
}

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Run a command's main function in-process against a project directory, capturing its output; `extra` adds to its environment (e.g. a short lock wait). */
export async function runCommand(
  command: (argv: readonly string[], env: CommandEnvironment) => Promise<number>,
  dir: string,
  argv: readonly string[] = [],
  extra: Partial<CommandEnvironment> = {},
): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { cwd: dir, out: (t) => out.push(t), err: (t) => err.push(t), style: PLAIN, ...extra });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A small English document in the project's format. */
export function documentText(blocks: readonly (readonly [string | undefined, string])[], nextId = 1): string {
  const body = blocks.map(([id, text]) => (id ? `<!-- id: ${id} -->\n${text}` : text)).join('\n\n');
  return `---\nnamespace: doc\ndate: 2024-11-21\nnext-id: ${nextId}\n---\n\n${body}\n`;
}
