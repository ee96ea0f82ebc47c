import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A copy of the project in which Icelandic has not translated the Ukraine paragraph and the
 * English of the Norfolk paragraph has changed since every translation was made, built as
 * the real site is: what a reader sees in those two cases, with and without scripts.
 */
/** A copy of the project's sources and locales in a temporary folder, sharing node_modules. */
export async function copyProject(root: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nordefco-fixture-'));
  for (const entry of ['src', 'locales', 'public', 'index.html', 'root.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.app.json', 'tsconfig.node.json']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export async function buildFixtureSite(root: string): Promise<string> {
  const dir = await copyProject(root);
  const isPath = join(dir, 'locales/is/declaration.json');
  const icelandic = JSON.parse(await readFile(isPath, 'utf8')) as Record<string, string>;
  icelandic['ukraine'] = '';
  await writeFile(isPath, `${JSON.stringify(icelandic, null, 2)}\n`);
  const docPath = join(dir, 'src/documents/declaration.md');
  const document = await readFile(docPath, 'utf8');
  await writeFile(docPath, document.replace('The Ministers look forward to further strengthening', 'The Ministers look forward to further deepening'));
  const run = (cmd: string, args: string[]): void => {
    // Vitest sets NODE_ENV=test, with which Vite would build the development variant (editing included).
    execFileSync(join(dir, 'node_modules/.bin', cmd), args, { cwd: dir, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  };
  run('tsx', ['src/cli/extract.ts', '--quiet']);
  run('vite', ['build', '--logLevel', 'error']);
  run('vite', ['build', '--ssr', 'src/build/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'error']);
  run('tsx', ['src/build/prerender.ts']);
  return join(dir, 'dist');
}
