import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import { LOCK_FILE, LockBusy, withProjectLock } from '../../src/node/lock.ts';
import { saveTranslations } from '../../src/node/save-translations.ts';
import { commitWrites, JOURNAL, recoverInterrupted } from '../../src/node/transaction.ts';
import { fingerprint } from '../../src/core/common/hash.ts';
import { documentText, runCommand, tempProject } from '../support/project.ts';
import { ROOT } from '../support/root.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('whole runs or nothing', () => {
  it('completes an interrupted run from its journal, keeping a file someone changed since, and says so', async () => {
    const p = await tempProject({
      'a.txt': 'new A',
      'b.txt': 'old B',
      'c.txt': 'someone else',
      'locales/x.json.123456789.1700000000000.tmp': 'half',
    });
    const journal = {
      command: 'npm run extract',
      writes: [
        { path: 'a.txt', content: 'new A', before: fingerprint('old A') },
        { path: 'b.txt', content: 'new B', before: fingerprint('old B') },
        { path: 'c.txt', content: 'new C', before: fingerprint('old C') },
        { path: 'd.txt', content: null, before: null },
      ],
    };
    await p.write(JOURNAL, JSON.stringify(journal));
    const recovery = await recoverInterrupted(p.dir);
    expect(recovery.recovered).toBe(true);
    expect(recovery.message).toContain(
      'Recovered from an interrupted `npm run extract`: completed 1 of its 4 file(s), removed 1 temporary file(s)',
    );
    expect(recovery.message).toContain('Left as they are, since they changed after the interruption: c.txt');
    expect(await p.read('a.txt')).toBe('new A');
    expect(await p.read('b.txt')).toBe('new B');
    expect(await p.read('c.txt')).toBe('someone else');
    expect(await p.exists(JOURNAL)).toBe(false);
    expect(await p.exists('locales/x.json.123456789.1700000000000.tmp')).toBe(false);
    expect((await recoverInterrupted(p.dir)).recovered).toBe(false);
  });

  it('writes files as one run and leaves no journal', async () => {
    const p = await tempProject({ 'a.txt': 'old' });
    await commitWrites(
      p.dir,
      new Map([
        ['a.txt', 'new'],
        ['dir/b.txt', 'b'],
        ['gone.txt', null],
      ]),
      {
        command: 'test',
        read: new Map([
          ['a.txt', 'old'],
          ['dir/b.txt', null],
          ['gone.txt', null],
        ]),
      },
    );
    expect(await p.read('a.txt')).toBe('new');
    expect(await p.read('dir/b.txt')).toBe('b');
    expect(await p.exists(JOURNAL)).toBe(false);
  });
});

describe('the project lock', () => {
  it('makes a save from the browser during a sync wait for it, and then land on top of it, never lost', async () => {
    const p = await tempProject({ 'src/documents/doc.md': documentText([['one', 'First.']]) });
    expect((await runCommand(extract, p.dir)).code).toBe(0);
    const events: string[] = [];
    const sync = withProjectLock(p.dir, { command: 'npm run extract' }, async () => {
      await sleep(400);
      events.push('sync done');
      await writeFile(join(p.dir, 'locales/da/doc.json'), `${JSON.stringify({ one: '' }, null, 2)}\n`);
    });
    await sleep(50);
    const save = saveTranslations(p.dir, {
      language: 'da',
      namespace: 'doc',
      edits: [{ key: 'one', translation: 'Første.', from: 'First.' }],
      origin: 'editor',
    }).then((outcome) => {
      events.push('save done');
      return outcome;
    });
    await sync;
    const outcome = await save;
    expect(events).toEqual(['sync done', 'save done']);
    expect(outcome.ok).toBe(true);
    expect(JSON.parse(await p.read('locales/da/doc.json'))).toEqual({ one: 'Første.' });
  });

  it('refuses clearly, naming the holder, when another command keeps it too long', async () => {
    const p = await tempProject({});
    const holder = withProjectLock(p.dir, { command: 'npm run po:import' }, () => sleep(800));
    await sleep(50);
    const refused = withProjectLock(p.dir, { command: 'npm run extract', waitMs: 200 }, async () => 'ran');
    await expect(refused).rejects.toThrow(LockBusy);
    await expect(refused).rejects.toThrow(/being written by `npm run po:import` \(process \d+/);
    await holder;
    expect(await withProjectLock(p.dir, { command: 'npm run extract' }, async () => 'ran')).toBe('ran');
  });

  it('takes over at once from a holder that was killed', async () => {
    const p = await tempProject({});
    const script = `import { withProjectLock } from ${JSON.stringify(join(ROOT, 'src/node/lock.ts'))};\nawait withProjectLock(process.argv[2], { command: 'killed' }, async () => { console.log('held'); await new Promise(() => setInterval(() => {}, 1000)); });\n`;
    await p.write('hold.mts', script);
    const child = spawn(process.execPath, ['--import', 'tsx', join(p.dir, 'hold.mts'), p.dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: ROOT,
    });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve()));
    expect(await p.exists(LOCK_FILE)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // Well inside the 10 s after which a lock counts as stale: the dead holder is noticed, not waited out.
    expect(await withProjectLock(p.dir, { command: 'npm run extract', waitMs: 2000 }, async () => 'ran')).toBe('ran');
    expect(await readFile(join(p.dir, 'hold.mts'), 'utf8')).toBe(script);
  });
});
