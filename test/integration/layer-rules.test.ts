import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/root.ts';

/**
 * docs/architecture.md's layer table, and its sentences on Node's modules and on processes, are what
 * eslint.config.js enforces: each layer's probe file imports one file of every layer, and the lint must refuse
 * exactly the imports the table does not list. The rules are read from the document, so the two cannot drift apart.
 */
const DOC = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** One file of each layer, for the others to import (test data: any file of the layer would do). */
const SAMPLE: Record<string, string> = {
  languages: 'src/languages.ts',
  wire: 'src/core/wire/review-data.ts',
  core: 'src/core/common/result.ts',
  node: 'src/node/lock.ts',
  app: 'src/app/routes.ts',
  site: 'src/site/html.ts',
  commands: 'src/commands/shared/io.ts',
  bench: 'src/bench/measure.ts',
  documents: 'src/documents/declaration.md',
  test: 'test/support/root.ts',
};

interface Layer {
  readonly name: string;
  readonly folder: string;
  /** The layers it may import; undefined for one that is not code. */
  readonly imports: readonly string[] | undefined;
}

/** The rows of the table under "Layer rules, and why": | layer | folder | may import | why |. */
function layers(): Layer[] {
  const section = DOC.slice(DOC.indexOf('## Layer rules, and why'));
  const rows = [...section.matchAll(/^\| (\w+) \| `([^`]+)` \| ([^|]+) \|/gm)];
  const names = rows.map((row) => row[1] ?? '');
  return rows.map(([, name = '', folder = '', cell = '']) => {
    const text = cell.trim();
    const imports = text === 'every layer' ? names : text === 'nothing' ? [] : text.startsWith('(') ? undefined : text.split(', ');
    return { name, folder, imports };
  });
}

/** The layers a sentence of the document names, e.g. "The portable layers (languages, wire, core, app)". */
function named(pattern: RegExp): string[] {
  const match = pattern.exec(DOC.replace(/\s+/g, ' '));
  if (!match?.[1]) throw new Error(`docs/architecture.md no longer says ${String(pattern)}`);
  return match[1].split(/, | and /);
}

const eslint = new ESLint({ cwd: ROOT, cache: false });

/** The layer rules' refusals of one import written in a file of `folder` (a file the lint is told of, never written). */
async function refusals(layer: Layer, specifier: string): Promise<string[]> {
  const file = layer.folder.endsWith('/') ? join(ROOT, layer.folder, 'layer-probe.ts') : join(ROOT, layer.folder);
  const code = `import * as probe from '${specifier}';\nexport { probe };\n`;
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** How a file in the layer's folder names `target`. */
function specifierFrom(layer: Layer, target: string): string {
  const from = layer.folder.endsWith('/') ? join(ROOT, layer.folder) : dirname(join(ROOT, layer.folder));
  const path = relative(from, join(ROOT, target));
  return path.startsWith('.') ? path : `./${path}`;
}

const code = layers().filter((layer) => layer.imports !== undefined);

describe('the layer rules of docs/architecture.md', () => {
  it('lists every layer, each with a sample file in its folder', () => {
    const table = layers();
    expect(table.map((l) => l.name).sort()).toEqual(Object.keys(SAMPLE).sort());
    for (const layer of table) expect(SAMPLE[layer.name]?.startsWith(layer.folder), layer.name).toBe(true);
  });

  it.each(code.map((layer) => [layer.name, layer] as const))(
    '%s imports what the table lists, and lint refuses the rest',
    async (_, layer) => {
      for (const [target, file] of Object.entries(SAMPLE)) {
        if (target === layer.name) continue;
        const refused = await refusals(layer, specifierFrom(layer, file));
        const allowed = layer.imports?.includes(target) ?? false;
        expect(refused.length === 0, `${layer.name} importing ${target} (${file}): ${refused.join('; ') || 'allowed'}`).toBe(allowed);
      }
    },
    60_000,
  );

  it("refuses Node's own modules in the portable layers only, and processes outside the layers that start them", async () => {
    const portable = named(/The portable layers \(([^)]+)\) may not import Node's own modules/);
    const starters = named(/Only ([\w, ]+ and \w+) may start a process/);
    // Of the source's layers: the tests outside the fast tiers start programs as they need.
    for (const layer of code.filter((l) => l.name !== 'test')) {
      const fs = await refusals(layer, 'node:fs');
      expect(fs.length > 0, `${layer.name} importing node:fs: ${fs.join('; ') || 'allowed'}`).toBe(portable.includes(layer.name));
      const processes = await refusals(layer, 'node:child_process');
      expect(processes.length === 0, `${layer.name} importing node:child_process: ${processes.join('; ') || 'allowed'}`).toBe(
        starters.includes(layer.name),
      );
    }
  }, 60_000);

  it('refuses a relative import that does not name its file exactly, in every layer', async () => {
    const file = join(ROOT, 'src/core/common/probe.ts');
    const exact = (result: ESLint.LintResult | undefined): string[] =>
      (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}:${m.column}`);
    const code = "import { a } from './x';\nexport * from '../y';\nexport const c = () => import('./w');\nexport { a };\n";
    expect(exact((await eslint.lintText(code, { filePath: file }))[0])).toHaveLength(3);
    const named = "import { a } from './x.ts';\nexport * from '../y/index.ts';\nexport const c = () => import('./w.mjs');\nexport { a };\n";
    expect(exact((await eslint.lintText(named, { filePath: file }))[0])).toEqual([]);
  }, 60_000);
});
