import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_LANGUAGE } from '../../src/languages.ts';
import { installHooks } from '../../src/node/records/install.mjs';
import { englishAt, fingerprint, foldRecords, SOURCE } from '../../src/node/records/records.mjs';
import { recordKind } from '../../src/node/records/take-record.mjs';
import { gitEnv } from '../support/git-env.ts';
import { tempProject, type TempProject } from '../support/project.ts';
import { readLog } from '../support/records-log.ts';
import { ROOT } from '../support/root.ts';

/**
 * The git hooks npm install sets up (core.hooksPath = .githooks) and the records they keep, with
 * real git: installed once, chained to the hooks a user already had, silent outside git, never
 * failing a git command, and recording each HEAD move.
 */
const ENV = gitEnv('T');
const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A repository holding a project (at `sub`, or at the top) with the hooks and the recorder copied in, and one commit. */
async function repository(sub = ''): Promise<{ p: TempProject; dir: string }> {
  const p = await tempProject({});
  const dir = join(p.dir, sub);
  for (const path of ['.githooks', 'src/node/records', 'src/core/state/words.mjs'])
    await cp(join(ROOT, path), join(dir, path), { recursive: true });
  await mkdir(join(dir, 'locales/en'), { recursive: true });
  await mkdir(join(dir, 'locales/da'), { recursive: true });
  await writeFile(join(dir, 'locales/en/doc.json'), '{ "one": "One." }\n');
  await writeFile(join(dir, 'locales/da/doc.json'), '{ "one": "En." }\n');
  git(p.dir, 'init', '-q', '-b', 'main');
  git(p.dir, 'add', '-A');
  git(p.dir, 'commit', '-q', '-m', 'start');
  return { p, dir };
}

const log = (dir: string) => readLog(join(dir, '.git/nordefco-reader/records.jsonl'));

describe('the git hooks', () => {
  it('are installed once, take a first record, and record a checkout that brings other English', async () => {
    const { dir } = await repository();
    expect(await installHooks(dir)).toContain('core.hooksPath is .githooks');
    expect(git(dir, 'config', '--get', 'core.hooksPath').trim()).toBe('.githooks');
    await installHooks(dir);
    expect(git(dir, 'config', '--get-all', 'core.hooksPath').trim()).toBe('.githooks');
    expect(() => git(dir, 'config', '--get', 'nordefco-reader.chainHooksPath')).toThrow();
    expect((await log(dir)).map((r) => r.h)).toEqual(['install']);
    git(dir, 'checkout', '-q', '-b', 'revised');
    await writeFile(join(dir, 'locales/en/doc.json'), '{ "one": "One, revised." }\n');
    git(dir, 'commit', '-q', '-am', 'revise');
    git(dir, 'checkout', '-q', 'main');
    const records = await log(dir);
    expect(records.map((r) => r.h)).toEqual(['install', 'post-commit', 'post-checkout']);
    expect(records[2]?.e).toEqual({ 'doc:one': fingerprint('One.') });
  });

  it("keep running the user's own hooks, from .git/hooks or from a hooks path set before", async () => {
    const { dir } = await repository();
    await writeFile(join(dir, '.git/hooks/post-checkout'), `#!/bin/sh\necho "$@" > "${dir}/ran-default"\n`);
    await chmod(join(dir, '.git/hooks/post-checkout'), 0o755);
    await installHooks(dir);
    git(dir, 'checkout', '-q', '-b', 'other');
    expect((await readFile(join(dir, 'ran-default'), 'utf8')).trim()).toMatch(/^[0-9a-f]{40} [0-9a-f]{40} 1$/);

    git(dir, 'config', '--unset', 'core.hooksPath');
    await mkdir(join(dir, 'my-hooks'));
    await writeFile(join(dir, 'my-hooks/post-merge'), `#!/bin/sh\necho merged > "${dir}/ran-mine"\n`);
    await chmod(join(dir, 'my-hooks/post-merge'), 0o755);
    git(dir, 'config', 'core.hooksPath', 'my-hooks');
    expect(await installHooks(dir)).toContain('hooks in my-hooks still run');
    await writeFile(join(dir, 'locales/da/doc.json'), '{ "one": "Én." }\n');
    git(dir, 'commit', '-q', '-am', 'Danish');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', 'other');
    expect((await readFile(join(dir, 'ran-mine'), 'utf8')).trim()).toBe('merged');
  });

  it('work for a project in a folder of the repository', async () => {
    const { p, dir } = await repository('site');
    await installHooks(dir);
    expect(git(p.dir, 'config', '--get', 'core.hooksPath').trim()).toBe('site/.githooks');
    git(p.dir, 'checkout', '-q', '-b', 'other');
    await writeFile(join(dir, 'locales/da/doc.json'), '{ "one": "Én." }\n');
    git(p.dir, 'commit', '-q', '-am', 'Danish');
    expect((await log(p.dir)).map((r) => r.h)).toEqual(['install', 'post-commit']);
  });

  it('never fail a git command, and do nothing outside git', async () => {
    const { dir } = await repository();
    await installHooks(dir);
    // The record cannot be written: the checkout still succeeds, with a warning.
    await rm(join(dir, '.git/nordefco-reader/records.jsonl'));
    await mkdir(join(dir, '.git/nordefco-reader/records.jsonl'));
    expect(() => git(dir, 'checkout', '-q', '-b', 'other')).not.toThrow();
    const outside = await tempProject({});
    try {
      expect(await installHooks(outside.dir)).toBe('not a git working tree: no git hooks installed');
      expect([...(await outside.snapshot()).keys()]).toEqual([]);
    } finally {
      await outside.remove();
    }
  });
});

describe('the records', () => {
  it('fold line by line: the first sighting of a value stays, English by record, a torn line is no record (lines before segments)', () => {
    const records = foldRecords(
      [
        JSON.stringify({ h: 'install', e: { 'doc:one': 'One.' }, b: { 'da:doc:one': ['a'] } }),
        '{"h":"post-merge","e":{"doc:one"',
        JSON.stringify({ h: 'post-merge', e: { 'doc:one': 'One, revised.' }, l: { 'da:doc:one': ['a', 'b'] }, c: ['c0ffee'] }),
      ].join('\n'),
    );
    expect(records.count).toBe(2);
    expect(records.seen.get('da:doc:one')).toEqual(
      new Map([
        ['a', { seq: 1, brought: true }],
        ['b', { seq: 2, brought: false }],
      ]),
    );
    expect([englishAt(records, 'doc:one', 0), englishAt(records, 'doc:one', 1), englishAt(records, 'doc:one', 2)]).toEqual([
      undefined,
      fingerprint('One.'),
      fingerprint('One, revised.'),
    ]);
    expect(records.local.has('c0ffee')).toBe(true);
  });

  it('tell the kinds of record point apart by the hook and the move', () => {
    expect(recordKind('post-checkout', ['a', 'b', '1'], '')).toBe('moving');
    expect(recordKind('post-checkout', ['a', 'a', '0'], '')).toBe('files');
    expect(recordKind('post-merge', ['1'], '')).toBe('files');
    expect(recordKind('post-merge', ['0'], '')).toBe('moving');
    expect(recordKind('post-commit', [], 'commit (amend): Danish')).toBe('commit');
    expect(recordKind('post-commit', [], 'cherry-pick: Danish')).toBe('moving');
    expect(recordKind('npm run extract', [], 'commit: Danish')).toBe('moving');
  });

  it('know the source language and fingerprint the canonical form', () => {
    expect(SOURCE).toBe(SOURCE_LANGUAGE);
    expect(fingerprint('Kø')).toBe(fingerprint('Kø'.normalize('NFD')));
  });
});
