import { access, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PLAIN } from '../../src/core/report/render.ts';
import type { CommandEnvironment } from '../../src/commands/shared/io.ts';

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

export async function tempProject(files: Record<string, string>): Promise<TempProject> {
  const dir = await mkdtemp(join(tmpdir(), 'nordefco-'));
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

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Run a command's main function in-process against a project directory, capturing its output. */
export async function runCommand(
  command: (argv: readonly string[], env: CommandEnvironment) => Promise<number>,
  dir: string,
  argv: readonly string[] = [],
): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { cwd: dir, out: (t) => out.push(t), err: (t) => err.push(t), style: PLAIN });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A small English document in the project's format. */
export function documentText(blocks: readonly (readonly [string | undefined, string])[], nextId = 1): string {
  const body = blocks.map(([id, text]) => (id ? `<!-- id: ${id} -->\n${text}` : text)).join('\n\n');
  return `---\nnamespace: doc\ndate: 2024-11-21\nnext-id: ${nextId}\n---\n\n${body}\n`;
}
