import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../support/simple-corpus.ts';
import { extract } from '../../src/commands/extract.ts';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import { JOURNAL } from '../../src/node/transaction.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { runCommand } from '../support/project.ts';
import { ROOT } from '../support/root.ts';

/**
 * Random SIGKILLs during extract and po:import on a generated corpus: whatever the moment, the next
 * run must produce exactly the tree an uninterrupted run gives, say that it recovered, and leave no
 * temporary file. Bounded: a handful of kills per command, each aimed at the write phase (the kill
 * lands once the run's journal exists, after a random delay).
 */
const KILLS = 4;
let work: string;

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const path = relative(dir, join(name.parentPath, name.name));
    out.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return out;
}

const copy = async (from: string, name: string): Promise<string> => {
  const to = join(work, name);
  await cp(from, to, { recursive: true, preserveTimestamps: true });
  return to;
};

/** Run a command in its own process and SIGKILL it a random moment after its journal appears. */
function runAndKill(dir: string, script: string, seed: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    // extract as npm runs it, compiled (src/commands/run.mjs); the others through tsx's loader, by its
    // file URL: the corpus folder has no node_modules to resolve `tsx` from.
    const loader = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const args = script.endsWith('extract.ts')
      ? [join(ROOT, 'src/commands/run.mjs'), 'extract', '--quiet']
      : ['--import', loader, join(ROOT, script)];
    const child = spawn(process.execPath, args, {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    let done = false;
    const delay = (seed * 7919) % 4;
    const poll = setInterval(() => {
      if (existsSync(join(dir, JOURNAL))) {
        clearInterval(poll);
        setTimeout(() => {
          if (!done) child.kill('SIGKILL');
        }, delay);
      }
    }, 1);
    child.on('exit', (_code, signal) => {
      done = true;
      clearInterval(poll);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

let extractStart: string;
let extractExpected: Map<string, string>;
let importStart: string;
let importExpected: Map<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'nordefco-kill-'));
  const base = join(work, 'base');
  await writeCorpus(base, 20, 10);
  expect((await runCommand(extract, base, ['--quiet'])).code).toBe(0);

  // Pending work for extract: every document's English revised, a paragraph added, translations edited.
  extractStart = await copy(base, 'extract-start');
  for (const name of await readdir(join(extractStart, 'src/documents'))) {
    const path = join(extractStart, 'src/documents', name);
    const text = await readFile(path, 'utf8');
    // With its id: a new id is random, and the runs compared must make the same tree.
    await writeFile(path, `${text.replace(/\.\n/, ', revised.\n')}\n<!-- id: added -->\nA new paragraph about total defence.\n`);
  }
  for (const language of TARGET_LANGUAGES) {
    const path = join(extractStart, 'locales', language, 'doc-3.json');
    const data = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
    data['p2'] = `${data['p2'] ?? ''} (edited)`;
    await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
  }
  const reference = await copy(extractStart, 'extract-reference');
  expect((await runCommand(extract, reference, ['--quiet'])).code).toBe(0);
  extractExpected = await tree(reference);

  // Pending work for po:import: one PO file per language, each with edited entries.
  importStart = await copy(base, 'import-start');
  expect((await runCommand(poExport, importStart)).code).toBe(0);
  for (const language of TARGET_LANGUAGES) {
    const path = join(importStart, 'po', `${language}.po`);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replaceAll(`"${language}: `, `"${language} (revised): `));
  }
  const importReference = await copy(importStart, 'import-reference');
  expect((await runCommand(poImport, importReference)).code).toBe(0);
  importExpected = await tree(importReference);
  expect(importExpected).not.toEqual(await tree(importStart));
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each([
  {
    command: 'extract',
    script: 'src/commands/extract.ts',
    start: () => extractStart,
    expected: () => extractExpected,
    rerun: () => extract,
  },
  {
    command: 'po:import',
    script: 'src/commands/po-import.ts',
    start: () => importStart,
    expected: () => importExpected,
    rerun: () => poImport,
  },
])('a kill during $command', ({ command, script, start, expected, rerun }) => {
  it(`recovers to the uninterrupted result (${KILLS} random kills)`, async () => {
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      const dir = await copy(start(), `${command.replace(':', '-')}-${i}`);
      const outcome = await runAndKill(dir, script, i + 1);
      if (outcome === 'killed') killed++;
      const interrupted = existsSync(join(dir, JOURNAL));
      const next = await runCommand(rerun(), dir);
      expect(next.code, next.err).toBe(0);
      if (interrupted) expect(next.err).toContain(`Recovered from an interrupted \`npm run ${command}\``);
      const result = await tree(dir);
      expect([...result.keys()].filter((p) => p.endsWith('.tmp') || p.includes('.lock'))).toEqual([]);
      expect(result).toEqual(expected());
      await rm(dir, { recursive: true, force: true });
    }
    // The kills must really have landed in runs, or the loop proves nothing.
    expect(killed).toBeGreaterThan(0);
  }, 180_000);
});
