import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { poExport } from '../../src/commands/po-export.ts';
import { poImport } from '../../src/commands/po-import.ts';
import type { Command } from '../../src/commands/shared/command.ts';
import { EXIT } from '../../src/commands/shared/io.ts';
import { status } from '../../src/commands/status.ts';
import { tmxExport } from '../../src/commands/tmx-export.ts';
import { tmxImport } from '../../src/commands/tmx-import.ts';
import { xliffExport } from '../../src/commands/xliff-export.ts';
import { xliffImport } from '../../src/commands/xliff-import.ts';
import { LOCK_FILE, withProjectLock } from '../../src/node/lock.ts';
import { JOURNAL } from '../../src/node/transaction.ts';
import { changedFiles, expectNothingWritten, expectRefused, runCommand, tempDir, type TempProject } from '../support/project.ts';
import { twoParagraphs } from '../support/po-fixture.ts';
import { ROOT } from '../support/root.ts';

/**
 * Every export and import goes through the one pipeline (src/commands/shared/pipeline.ts), proved on a
 * real project for each: it takes the project lock (a held lock makes it wait, then refuse by name, exit
 * 1, nothing written), and it writes its whole run or nothing (killed before its journal, nothing; killed
 * after, the next command completes the run to what an uninterrupted one writes).
 */

/** Danish: doc:one current ("Første."), doc:two untranslated. */
const setUp = (): Promise<TempProject> => twoParagraphs('{\n  "one": "Første.",\n  "two": ""\n}\n');

/** An exported file with doc:two translated in it, as a translator would bring it back. */
async function translated(p: TempProject, exporter: Command, file: string, edit: (text: string) => string): Promise<void> {
  expect((await runCommand(exporter, p.dir, ['--lang', 'da'])).code).toBe(0);
  const text = await p.read(file);
  expect(edit(text)).not.toBe(text);
  await p.write(file, edit(text));
}

const TMX_UNIT = `<tu tuid="doc:two">
      <tuv xml:lang="en-GB"><seg>Second.</seg></tuv>
      <tuv xml:lang="da-DK"><seg>Anden.</seg></tuv>
    </tu>
  </body>`;

interface Case {
  readonly name: string;
  readonly command: Command;
  readonly script: string;
  /** What the project needs before the command has something to write. */
  readonly prepare?: (p: TempProject) => Promise<void>;
}

const CASES: readonly Case[] = [
  { name: 'po:export', command: poExport, script: 'src/commands/po-export.ts' },
  { name: 'xliff:export', command: xliffExport, script: 'src/commands/xliff-export.ts' },
  { name: 'tmx:export', command: tmxExport, script: 'src/commands/tmx-export.ts' },
  {
    name: 'po:import',
    command: poImport,
    script: 'src/commands/po-import.ts',
    prepare: (p) => translated(p, poExport, 'po/da.po', (t) => t.replace('msgid "Second."\nmsgstr ""', 'msgid "Second."\nmsgstr "Anden."')),
  },
  {
    name: 'xliff:import',
    command: xliffImport,
    script: 'src/commands/xliff-import.ts',
    prepare: (p) =>
      translated(p, xliffExport, 'xliff/da.xlf', (t) =>
        t.replace('<source>Second.</source>', '<source>Second.</source>\n        <target state="translated">Anden.</target>'),
      ),
  },
  {
    name: 'tmx:import',
    command: tmxImport,
    script: 'src/commands/tmx-import.ts',
    prepare: (p) => translated(p, tmxExport, 'tmx/da.tmx', (t) => t.replace('</tu>\n  </body>', `</tu>\n    ${TMX_UNIT}`)),
  },
];

const ARGS = ['--lang', 'da'];

/**
 * The project's files but the commands' own bookkeeping: the lock (and the temporary file a waiting
 * command makes, tries and removes), and the records log every run may append to (there is no git here).
 */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (!entry.isFile() || path.startsWith(LOCK_FILE) || path.endsWith('.sync/.records')) continue;
    out.set(path, await readFile(join(dir, path), 'utf8'));
  }
  return out;
}

/**
 * Run the command in its own process and SIGKILL it as soon as `moment` (a file of the project) exists:
 * whether it was killed (not finished first), whether its journal was there then, and whether it was still
 * there once the process had ended (the run can complete, and remove it, before the signal lands).
 */
function killedAt(
  dir: string,
  script: string,
  moment: string,
): Promise<{ readonly killed: boolean; readonly journal: boolean; readonly left: boolean }> {
  const loader = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', loader, join(ROOT, script), ...ARGS], { cwd: dir, stdio: 'ignore' });
  return new Promise((resolve) => {
    let journal = false;
    const poll = setInterval(() => {
      if (!existsSync(join(dir, moment))) return;
      journal = existsSync(join(dir, JOURNAL));
      clearInterval(poll);
      child.kill('SIGKILL');
    }, 1);
    child.once('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL', journal, left: existsSync(join(dir, JOURNAL)) });
    });
  });
}

describe.each(CASES)('$name', ({ command, script, prepare }) => {
  async function ready(): Promise<TempProject> {
    const p = await setUp();
    await prepare?.(p);
    return p;
  }

  /** Hold the project lock while `act` runs, as another command would. */
  const holding = <T>(p: TempProject, act: () => Promise<T>): Promise<T> => withProjectLock(p.dir, { command: 'npm run extract' }, act);

  it('refuses, naming the holder, when another command keeps the lock (exit 1, nothing written)', async () => {
    const p = await ready();
    // The lock file is the test's, the same before and after.
    const refused = await holding(p, () => expectNothingWritten(p, () => runCommand(command, p.dir, ARGS, { lockWaitMs: 300 })));
    expect(refused.code, refused.err).toBe(EXIT.failed);
    expect(refused.err).toMatch(/locales\/ is being written by `npm run extract` \(process \d+, since/);
  });

  it('waits for the lock, and runs once it is released (exit 0)', async () => {
    const p = await ready();
    const before = await tree(p.dir);
    let run: Promise<{ code: number; err: string }> | undefined;
    await holding(p, async () => {
      run = runCommand(command, p.dir, ARGS);
      let settled = false;
      void run.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      expect(changedFiles(before, await tree(p.dir))).toEqual([]);
    });
    const result = await run;
    expect(result?.code, result?.err).toBe(EXIT.ok);
    expect(changedFiles(before, await tree(p.dir))).not.toEqual([]);
  });

  it('killed at any moment, leaves its whole run or nothing: the next command completes it from the journal', async () => {
    const start = await ready();
    const reference = await copyOf(start.dir);
    expect((await runCommand(command, reference, ARGS)).code).toBe(EXIT.ok);
    const expected = await tree(reference);
    const untouched = await tree(start.dir);
    // Killed once it holds the lock (before it writes, as a rule), then once its journal is written
    // (again, up to ten times: a small export on an idle machine can finish in the millisecond between
    // its journal appearing and the kill landing, as it did once in CI with three tries).
    let landed = false;
    for (const moment of [LOCK_FILE, ...Array<string>(10).fill(JOURNAL)]) {
      if (landed) break;
      const dir = await copyOf(start.dir);
      const { killed, journal, left } = await killedAt(dir, script, moment);
      const next = await runCommand(status, dir, ['--summary']);
      expect(next.code, next.err).toBe(EXIT.ok);
      if (left) expect(next.err).toContain('Recovered from an interrupted `npm run');
      const after = await tree(dir);
      expect([...after.keys()].filter((path) => path.endsWith('.tmp'))).toEqual([]);
      expect(after).toEqual(journal || left || !killed ? expected : untouched);
      landed = moment === JOURNAL && killed && left;
    }
    // A kill must have landed in the write, or this proves nothing about the journal.
    expect(landed).toBe(true);
  }, 120_000);
});

describe.each(CASES.filter((c) => c.name.endsWith(':export')))('$name', ({ name, command }) => {
  it('refuses --out, the old spelling of --dir, naming --dir (exit 2, nothing written)', async () => {
    const p = await setUp();
    const refused = await expectRefused(command, p, [...ARGS, '--out', 'elsewhere'], EXIT.broken);
    expect(refused.err).toBe(
      `${name}: --out is now --dir, the same option as the import's (the folder the files go to and come back from): use --dir elsewhere; nothing was written.`,
    );
  });
});

async function copyOf(dir: string): Promise<string> {
  const to = await tempDir();
  await cp(dir, to, { recursive: true, preserveTimestamps: true });
  return to;
}
