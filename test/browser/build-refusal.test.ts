import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, fixtureEdit } from './fixture-site.ts';
import { ROOT } from '../support/root.ts';

/** The published page tells the truth: a build refuses a tree whose locales/ the documents have moved past. */
let dir: string;
beforeAll(async () => {
  dir = await copyProject(ROOT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function build(): { code: number; output: string } {
  try {
    const out = execFileSync(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return { code: 0, output: out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('npm run build', () => {
  it('refuses, naming npm run extract, when the English document changed since the last extract', async () => {
    await writeFile(join(dir, 'src/documents/declaration.md'), (await fixtureEdit(dir)).text);
    const result = build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('locales/ is out of step with the English documents');
    expect(result.output).toContain('Run `npm run extract`, then build again.');
    expect(result.output).toContain('locales/en/declaration.json');
  }, 120_000);

  it('npm run build stops at a broken document with its own message (file:line:column), exit 2 and no stack trace', async () => {
    const path = join(dir, 'src/documents/declaration.md');
    const lines = (await readFile(path, 'utf8')).split('\n');
    const at = lines.findIndex((line) => line.startsWith('<!-- id: '));
    lines[at] = (lines[at] ?? '').replace('<!-- id: ', '<!-- ID: ');
    await writeFile(path, lines.join('\n'));
    let result: { code: number; stderr: string };
    try {
      execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
      result = { code: 0, stderr: '' };
    } catch (error) {
      result = { code: (error as { status: number }).status, stderr: (error as { stderr: string }).stderr };
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `error:  src/documents/declaration.md:${at + 1}:1  a comment that looks like an id marker but is not one`,
    );
    expect(result.stderr.split('\n').filter((line) => /^\s+at /.test(line))).toEqual([]);
  }, 120_000);
});
