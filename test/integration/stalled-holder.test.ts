import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { LOCK_FILE } from '../../src/node/lock.ts';
import { planProject } from '../../src/node/plan.ts';
import { readIn, readSnapshot } from '../../src/node/project-io.ts';
import { saveTranslations } from '../../src/node/save-translations.ts';
import { commitWrites } from '../../src/node/transaction.ts';
import { documentText, runCommand, tempProject, type TempProject } from '../support/project.ts';
import { ROOT } from '../support/root.ts';

/**
 * No acknowledged save is lost when the command holding the lock stalls (Ctrl-Z, a suspended laptop, a
 * 5 MB value): real processes, stopped with SIGSTOP while a save arrives, then resumed with SIGCONT.
 * The save is refused, or it survives; never "saved" and then overwritten.
 */
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Danish current for both paragraphs, paragraph two 5 MB long: extract holds the lock for a while. */
async function setUp(): Promise<TempProject> {
  const p = await tempProject({
    'src/documents/doc.md': documentText([
      ['one', 'First.'],
      ['two', 'Second.'],
    ]),
  });
  expect((await runCommand(extract, p.dir, ['--quiet'])).code).toBe(0);
  const long = 'Anden sætning. '.repeat(350_000).trim();
  await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Første.', two: long }, null, 2)}\n`);
  return p;
}

/** `npm run extract` in its own process, stopped (SIGSTOP) once it holds the lock; undefined if it finished first. */
async function stoppedExtract(dir: string, after = 0): Promise<{ exited: Promise<number | null>; resume: () => void } | undefined> {
  const loader = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const started = spawn(process.execPath, ['--import', loader, join(ROOT, 'src/commands/extract.ts'), '--quiet'], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
  // Never left stopped or running: resumed and killed when the test finishes, whatever its outcome.
  onTestFinished(async () => {
    if (started.exitCode !== null || started.signalCode !== null) return;
    started.kill('SIGCONT');
    started.kill('SIGKILL');
    await new Promise((resolve) => started.once('exit', resolve));
  });
  const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && !existsSync(join(dir, LOCK_FILE))) await sleep(1);
  if (after > 0) await sleep(after);
  if (done || !existsSync(join(dir, LOCK_FILE))) {
    await exited;
    return undefined;
  }
  started.kill('SIGSTOP');
  return { exited, resume: () => void started.kill('SIGCONT') };
}

async function danish(p: TempProject): Promise<{ one: string; status: string }> {
  const data = JSON.parse(await p.read('locales/da/doc.json')) as Record<string, string>;
  const result = await runCommand(status, p.dir, ['--json', '--lang', 'da']);
  const statuses = (JSON.parse(result.out) as Record<string, Record<string, string>>)['da'] ?? {};
  return { one: data['one'] ?? '', status: statuses['doc:one'] ?? '' };
}

const SAVE = {
  language: 'da',
  namespace: 'doc',
  origin: 'editor',
  edits: [{ key: 'one', translation: 'Den første.', from: 'First.' }],
} as const;

describe('a lock holder that is stopped', () => {
  it('keeps the lock past any staleness: a save waits, then is refused by name; resumed, the command finishes', async () => {
    const p = await setUp();
    let stopped;
    for (let attempt = 0; attempt < 5 && !stopped; attempt++) stopped = await stoppedExtract(p.dir);
    expect(stopped, 'extract never held the lock long enough to be stopped').toBeDefined();
    // The old lock went stale after 10 s; the save waits 15 s.
    const outcome = await saveTranslations(p.dir, SAVE);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toBe('conflict');
      expect(outcome.message).toMatch(/Nothing was saved: locales\/ is being written by `npm run extract` \(process \d+, since/);
    }
    stopped?.resume();
    expect(await stopped?.exited).toBe(0);
    expect(await danish(p)).toEqual({ one: 'Første.', status: 'translated' });
  }, 120_000);

  it('resumed after its lock was removed by hand and a save made, does not write its old plan over the save', async () => {
    const p = await setUp();
    let stops = 0;
    for (const after of [0, 20, 60, 150, 300]) {
      await runCommand(extract, p.dir, ['--quiet']);
      await p.write('locales/da/doc.json', (await p.read('locales/da/doc.json')).replace(/"one": "[^"]*"/, '"one": "Første."'));
      const stopped = await stoppedExtract(p.dir, after);
      if (!stopped) continue;
      stops++;
      // What the refusal message tells a person to do when they believe no command runs.
      await rm(join(p.dir, LOCK_FILE), { force: true });
      const outcome = await saveTranslations(p.dir, SAVE);
      expect(outcome.ok, outcome.ok ? '' : outcome.message).toBe(true);
      stopped.resume();
      // Refused (exit 1: the files changed after it read them) or run on the saved files (exit 0): either way the save stands.
      expect([0, 1]).toContain(await stopped.exited);
      expect(await danish(p)).toEqual({ one: 'Den første.', status: 'translated' });
    }
    expect(stops, 'no run was stopped while it held the lock').toBeGreaterThan(0);
  }, 180_000);
});

describe('a writer re-checks what it read, just before writing', () => {
  it('extract refuses, writing nothing, when a file changed after it read it', async () => {
    const p = await setUp();
    await runCommand(extract, p.dir, ['--quiet']);
    await p.write('src/documents/doc.md', documentText([['one', 'First, revised.']]));
    const snapshot = await readSnapshot(p.dir);
    const plan = await planProject(p.dir, snapshot);
    expect(plan.writes.has('locales/da/doc.json')).toBe(true);
    await p.write('locales/da/doc.json', `${JSON.stringify({ one: 'Saved meanwhile.', two: '' }, null, 2)}\n`);
    const before = await p.snapshot();
    const committed = await commitWrites(p.dir, plan.writes, { command: 'npm run extract', read: readIn(snapshot, plan.writes.keys()) });
    expect(committed).toEqual({ ok: false, changed: ['locales/da/doc.json'] });
    expect(await p.snapshot()).toEqual(before);
  });
});
