import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTools, editInPlace, lastBuild, project, run } from '../support/compiled-tools.ts';
import type { TempProject } from '../support/project.ts';
import { ROOT } from '../support/root.ts';

/**
 * What decides a compiled command is more than the files esbuild loaded: the package.json files that say
 * how they are read, the places a package imported by name would be found first, the links to packages.
 * A change to any of them means a new build, never the old one run (src/commands/shared/bundle-inputs.mjs).
 * The marker: jsonc-parser's error name 'InvalidSymbol', which its ES module build (lib/esm/main.js) holds.
 */
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'nordefco-resolution-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of jsonc-parser at `to` whose error name is `marker`. */
async function markedCopy(to: string, marker: string): Promise<string> {
  await cp(join(ROOT, 'node_modules/jsonc-parser'), to, { recursive: true });
  const main = join(to, 'lib/esm/main.js');
  await writeFile(main, (await readFile(main, 'utf8')).replace("'InvalidSymbol'", `'${marker}'`));
  return to;
}

/** Run extract with the tools in a project, then the build it ran. */
async function extractWith(tool: string, p: TempProject, ...args: string[]): Promise<{ hash: string; code: string }> {
  const ran = run(tool, p.dir, 'extract', ...args);
  expect(ran.status, ran.err).toBe(0);
  return lastBuild(tool);
}

describe('the compiled commands are built again', () => {
  it("when a package's package.json chooses other files, or npm installs packages", async () => {
    const tool = await copyTools(join(work, 'package'), { own: 'jsonc-parser' });
    const [p, esm] = [await project(), join(tool, 'node_modules/jsonc-parser/lib/esm')];
    try {
      expect((await extractWith(tool, p)).code).toContain('"InvalidSymbol"');
      await writeFile(join(esm, 'othr.js'), (await readFile(join(esm, 'main.js'), 'utf8')).replace("'InvalidSymbol'", "'AnotherSymbol'"));
      await editInPlace(join(tool, 'node_modules/jsonc-parser/package.json'), '/lib/esm/main.js', '/lib/esm/othr.js');
      const chosen = await extractWith(tool, p);
      expect(chosen.code).toContain('"AnotherSymbol"');
      // A file resolution tries before the one loaded: main.js imports './impl/parser', and .jsx comes before .js.
      const parser = await readFile(join(esm, 'impl/parser.js'), 'utf8');
      await writeFile(join(esm, 'impl/parser.jsx'), `${parser}\nglobalThis.beside = 'JsxSymbol';\n`);
      const jsx = await extractWith(tool, p);
      expect(jsx.code).toContain('JsxSymbol');
      // Nothing changed: the same build (a tool's dot folder in node_modules is no change).
      await writeFile(join(tool, 'node_modules/.tool-cache'), '');
      expect((await extractWith(tool, p, '--check')).hash).toBe(jsx.hash);
      // npm's record of what it installed, rewritten (as by an install that nests a package where it is found first).
      const lock = join(tool, 'node_modules/.package-lock.json');
      await rm(lock);
      await writeFile(
        lock,
        (await readFile(join(ROOT, 'node_modules/.package-lock.json'), 'utf8')).replace('"lockfileVersion"', '"lockfileVERSION"'),
      );
      expect((await extractWith(tool, p, '--check')).hash).not.toBe(jsx.hash);
    } finally {
      await p.remove();
    }
  }, 120_000);

  it('when a linked package (npm link) changes, or its link points elsewhere', async () => {
    const tool = await copyTools(join(work, 'linked'), { own: 'jsonc-parser' });
    const p = await project();
    const link = join(tool, 'node_modules/jsonc-parser');
    try {
      await rename(link, join(work, 'linked-a'));
      await symlink(join(work, 'linked-a'), link);
      expect((await extractWith(tool, p)).code).toContain('"InvalidSymbol"');
      await rm(link);
      await symlink(await markedCopy(join(work, 'linked-b'), 'LinkedSymbol'), link);
      expect((await extractWith(tool, p)).code).toContain('"LinkedSymbol"');
      // The linked package's own files change, with no install to rewrite npm's record.
      const esm = join(work, 'linked-b/lib/esm');
      await writeFile(join(esm, 'othr.js'), (await readFile(join(esm, 'main.js'), 'utf8')).replace("'LinkedSymbol'", "'EditedSymbol'"));
      await editInPlace(join(work, 'linked-b/package.json'), '/lib/esm/main.js', '/lib/esm/othr.js');
      expect((await extractWith(tool, p)).code).toContain('"EditedSymbol"');
    } finally {
      await p.remove();
    }
  }, 120_000);

  it('when a package appears where resolution finds it first (node_modules beside the sources)', async () => {
    const tool = await copyTools(join(work, 'shadowed'));
    const p = await project();
    try {
      expect((await extractWith(tool, p)).code).toContain('"InvalidSymbol"');
      // A folder with an index.js and no package.json is a package too.
      const nearer = join(tool, 'src/node_modules/jsonc-parser');
      await cp(join(await markedCopy(join(work, 'nearer'), 'NearerSymbol'), 'lib/esm'), nearer, { recursive: true });
      await rename(join(nearer, 'main.js'), join(nearer, 'index.js'));
      expect((await extractWith(tool, p)).code).toContain('"NearerSymbol"');
    } finally {
      await p.remove();
    }
  }, 120_000);

  it("when the project's package.json changes how its files are read", async () => {
    const tool = await copyTools(join(work, 'type'));
    const p = await project();
    try {
      const before = await extractWith(tool, p);
      const manifest = join(tool, 'package.json');
      await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"type": "module"', '"type": "commonjs"'));
      const after = await extractWith(tool, p, '--check');
      expect(after.hash).not.toBe(before.hash);
      expect(after.code).not.toBe(before.code);
    } finally {
      await p.remove();
    }
  }, 120_000);
});
