import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { documentText, tempProject, type TempProject } from './project.ts';
import { ROOT } from './root.ts';

/**
 * A copy of the tools that npm run extract and status compile (src/commands/run.mjs into dist-cli/), so that
 * a test's builds and caches are its own: src/ and package.json, with the repository's packages; of `own`,
 * a copy of its own, the others linked one by one.
 */
export async function copyTools(dir: string, { own }: { own?: string } = {}): Promise<string> {
  await cp(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  await cp(join(ROOT, 'package.json'), join(dir, 'package.json'));
  if (own === undefined) await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  else
    for (const entry of await readdir(join(ROOT, 'node_modules'))) {
      const [from, to] = [join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry)];
      await (entry === own ? cp(from, to, { recursive: true }) : mkdir(dirname(to), { recursive: true }).then(() => symlink(from, to)));
    }
  return dir;
}

export interface Run {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
}

/** A command as npm runs it, in a project folder. */
export function run(tool: string, project: string, ...args: string[]): Run {
  const child = spawnSync(process.execPath, [join(tool, 'src/commands/run.mjs'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: child.status, out: child.stdout, err: child.stderr };
}

/** Replace text in a file with text of the same length, then give the file back its time stamps. */
export async function editInPlace(path: string, from: string, to: string): Promise<void> {
  expect(to.length).toBe(from.length);
  const before = await stat(path);
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
  await utimes(path, before.atime, before.mtime);
  expect((await stat(path)).size).toBe(before.size);
}

export const CODE = (english: string): string =>
  `export const a = (t: (k: string, o: object) => string) => t('greeting', { defaultValue: '${english}' });\n`;

export async function project(): Promise<TempProject> {
  return tempProject({
    'src/documents/doc.md': documentText([['one', 'First paragraph.']]),
    'src/app/a.ts': CODE('Hello'),
  });
}

/** The build of a command the last run ran (its manifest names it), and its code. */
export async function lastBuild(tool: string, command = 'extract'): Promise<{ hash: string; code: string }> {
  const { hash } = JSON.parse(await readFile(join(tool, `dist-cli/${command}.json`), 'utf8')) as { hash: string };
  return { hash, code: await readFile(join(tool, `dist-cli/${command}-${hash}.cjs`), 'utf8') };
}
