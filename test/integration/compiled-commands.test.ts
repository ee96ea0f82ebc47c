import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTools, CODE, editInPlace, project, run } from '../support/compiled-tools.ts';
import { documentText, type TempProject } from '../support/project.ts';

/**
 * `npm run extract` and `npm run status` run JavaScript compiled from src/ (src/commands/run.mjs,
 * dist-cli/) and keep the interface strings found in each code file (dist-cli/code-scan-{command}.json). Neither
 * may ever be seen stale: after any edit, the next run behaves as the sources and files now say, even
 * when the edit keeps the file's size and time stamps (a checkout, an editor, a tool that restores them).
 * Each test works on its own copy of the tools, so the builds and caches are its own.
 */
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'nordefco-compiled-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const tools = (name: string): Promise<string> => copyTools(join(work, name));

const english = async (p: TempProject, namespace: string): Promise<unknown> => p.json(`locales/en/${namespace}.json`);

describe('the compiled commands', () => {
  it('are rebuilt when any source they were made from changes, whatever its size and time stamps', async () => {
    const tool = await tools('sources');
    const p = await project();
    try {
      expect(run(tool, p.dir, 'extract', '--help').out).toContain('Extract the English');
      // The command's own file, then a module deep below it.
      await editInPlace(join(tool, 'src/commands/extract.ts'), 'Extract the English', 'EXTRACT the ENGLISH');
      expect(run(tool, p.dir, 'extract', '--help').out).toContain('EXTRACT the ENGLISH');
      expect(run(tool, p.dir, 'extract').out).toContain('% complete');
      await editInPlace(join(tool, 'src/core/report/render.ts'), ' complete   ', ' COMPLETE   ');
      expect(run(tool, p.dir, 'extract').out).toContain('% COMPLETE');
      expect(run(tool, p.dir, 'status', '--summary').out).toContain('% COMPLETE');
      // A build that is missing or a manifest that is damaged is built again, never run as found.
      for (const name of await readdir(join(tool, 'dist-cli'))) if (name.endsWith('.cjs')) await rm(join(tool, 'dist-cli', name));
      await writeFile(join(tool, 'dist-cli/status.json'), '{"hash": "');
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(run(tool, p.dir, 'status', '--summary').out).toContain('% COMPLETE');
      // A build damaged since (bytes changed, the same length; then emptied) is built again, never run.
      const built = join(tool, 'dist-cli', (await readdir(join(tool, 'dist-cli'))).find((n) => /^extract-.*\.cjs$/.test(n)) ?? '');
      const bytes = await readFile(built);
      for (const damaged of [Buffer.from(bytes.toString('latin1').replace(' COMPLETE ', ' BROKENXX '), 'latin1'), Buffer.alloc(0)]) {
        expect(damaged.equals(bytes)).toBe(false);
        await writeFile(built, damaged);
        expect(run(tool, p.dir, 'extract').out).toContain('% COMPLETE');
        expect((await readFile(built)).equals(bytes)).toBe(true);
      }
    } finally {
      await p.remove();
    }
  }, 120_000);

  it('see every change to the code, documents and locale files, whatever their size and time stamps', async () => {
    const tool = await tools('files');
    const p = await project();
    try {
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(await english(p, 'ui')).toEqual({ greeting: 'Hello' });
      await editInPlace(join(p.dir, 'src/app/a.ts'), "'Hello'", "'Hallo'");
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(await english(p, 'ui')).toEqual({ greeting: 'Hallo' });
      // A file added and one removed.
      await p.write('src/app/b.ts', CODE('Hi').replace('greeting', 'welcome'));
      await rm(join(p.dir, 'src/app/a.ts'));
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(await english(p, 'ui')).toEqual({ welcome: 'Hi' });
      // The document and a translation, edited in place.
      await editInPlace(join(p.dir, 'src/documents/doc.md'), 'First paragraph.', 'First PARAGRAPH.');
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(await english(p, 'doc')).toEqual({ one: 'First PARAGRAPH.' });
      // A translation becomes a copy of the English, which counts as untranslated.
      await p.write('locales/da/doc.json', '{\n  "one": "First PARAGRAPX."\n}\n');
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      const da = async (): Promise<string | undefined> =>
        (JSON.parse(run(tool, p.dir, 'status', '--json', '--lang', 'da').out) as Record<string, Record<string, string>>)['da']?.['doc:one'];
      expect(await da()).toBe('translated');
      await editInPlace(join(p.dir, 'locales/da/doc.json'), 'PARAGRAPX', 'PARAGRAPH');
      expect(await da()).toBe('untranslated');
      // A damaged cache is no cache.
      await writeFile(join(tool, 'dist-cli/code-scan-extract.json'), '{"build": 1, "scans": [');
      await p.write('src/app/b.ts', CODE('Hey').replace('greeting', 'welcome'));
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(await english(p, 'ui')).toEqual({ welcome: 'Hey' });
    } finally {
      await p.remove();
    }
  }, 120_000);

  it('load the TypeScript compiler only to scan code they have not seen with these contents', async () => {
    const tool = await tools('typescript');
    const p = await project();
    // Says, when the command exits, whether the compiler was loaded (it is loaded with require()).
    const probe = join(work, 'probe.cjs');
    await writeFile(
      probe,
      "process.on('exit', () => { if (Object.keys(require.cache).some((id) => id.endsWith('/typescript/lib/typescript.js'))) process.stderr.write('TYPESCRIPT LOADED\\n'); });\n",
    );
    const loaded = (...args: string[]): boolean => {
      const child = spawnSync(process.execPath, ['--require', probe, join(tool, 'src/commands/run.mjs'), 'extract', ...args], {
        cwd: p.dir,
        encoding: 'utf8',
      });
      expect(child.status).toBe(0);
      return child.stderr.includes('TYPESCRIPT LOADED');
    };
    try {
      expect(loaded()).toBe(true);
      expect(loaded('--check')).toBe(false);
      // status keeps its own: extract after it does not scan again.
      expect(run(tool, p.dir, 'status', '--summary').status).toBe(0);
      expect(loaded('--check')).toBe(false);
      await p.write('src/documents/doc.md', documentText([['one', 'First paragraph, revised.']]));
      expect(loaded()).toBe(false);
      await editInPlace(join(p.dir, 'src/app/a.ts'), "'Hello'", "'Hallo'");
      expect(loaded()).toBe(true);
      expect(loaded('--check')).toBe(false);
      // Another build of the commands does not trust what this one found.
      await editInPlace(join(tool, 'src/commands/extract.ts'), 'Extract the English', 'EXTRACT the ENGLISH');
      expect(loaded('--check')).toBe(true);
    } finally {
      await p.remove();
    }
  }, 120_000);

  it("keep V8's code of a build beside it, and run as without it when it is damaged or another build's", async () => {
    const tool = await tools('v8-cache');
    const p = await project();
    const dist = join(tool, 'dist-cli');
    const cacheOf = async (command: string): Promise<string> => {
      const name = (await readdir(dist)).find((n) => n.startsWith(`${command}-`) && n.endsWith('.cjs.v8'));
      expect(name, `${command}'s code cache`).toBeDefined();
      return join(dist, name ?? '');
    };
    // Sealed: the first 32 bytes are the SHA-256 of the build's digest (its manifest's output) and the rest.
    const output = async (): Promise<string> =>
      (JSON.parse(await readFile(join(dist, 'extract.json'), 'utf8')) as { output: string }).output;
    const whole = async (bytes: Buffer): Promise<boolean> =>
      createHash('sha256')
        .update(await output())
        .update(bytes.subarray(32))
        .digest()
        .equals(bytes.subarray(0, 32));
    try {
      expect(run(tool, p.dir, 'extract').status).toBe(0);
      expect(run(tool, p.dir, 'status', '--summary').status).toBe(0);
      const [extractCache, statusCache] = [await cacheOf('extract'), await cacheOf('status')];
      expect(await whole(await readFile(extractCache))).toBe(true);
      const expected = run(tool, p.dir, 'extract', '--check');
      expect(expected.status, expected.err).toBe(0);
      // Bytes changed in the middle (the same length, which is all V8 checks), then another build's whole cache.
      const damaged = await readFile(extractCache);
      damaged.fill(0x5a, damaged.length >> 1, (damaged.length >> 1) + 64);
      await writeFile(extractCache, damaged);
      for (const attempt of ['damaged', "status's"]) {
        expect(run(tool, p.dir, 'extract', '--check'), attempt).toEqual(expected);
        expect(await whole(await readFile(extractCache)), attempt).toBe(true);
        expect((await readFile(extractCache)).equals(damaged), attempt).toBe(false);
        await cp(statusCache, extractCache);
      }
    } finally {
      await p.remove();
    }
  }, 120_000);
});
