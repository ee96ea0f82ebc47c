import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DA_FILE, englishWaiting, pull } from '../support/evidence-scenario.ts';
import { TWO_NEW, type GitProject } from '../support/git-project.ts';
import { ROOT } from '../support/root.ts';

/**
 * A records log with a changed byte is broken input (hostile-git N9): each command that needs the
 * damaged part stops with one error naming the log, its line and column, exits 2 and writes nothing.
 * Real git, real hooks, the commands run as programs (their exit code is the process's).
 */

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (p: GitProject, command: string, ...args: string[]) =>
  spawnSync(tsx, [join(ROOT, `src/commands/${command}.ts`), ...args], { cwd: p.dir, encoding: 'utf8' });

/** One letter changed in the payload of the log's last blob (the pull's record), its length kept; its line number. */
async function damageLastBlob(p: GitProject): Promise<{ log: string; line: number }> {
  const log = p.git('rev-parse', '--git-path', 'nordefco-reader/records.jsonl').trim();
  const lines = (await readFile(join(p.dir, log), 'utf8')).split('\n');
  const index = lines.findLastIndex((l) => l.startsWith('#'));
  const blob = lines[index] ?? '';
  const at = blob.search(/[a-z]/u);
  lines[index] = `${blob.slice(0, at)}${blob[at] === 'a' ? 'b' : 'a'}${blob.slice(at + 1)}`;
  await writeFile(join(p.dir, log), lines.join('\n'));
  return { log, line: index + 1 };
}

async function files(p: GitProject): Promise<string> {
  return `${p.git('status', '--porcelain', '--untracked-files=all')}${await p.read(DA_FILE)}${await p.read('locales/.sync/da/doc.json')}`;
}

describe('a records log with a changed byte (hostile-git N9)', () => {
  it('status, extract and the build stop with one error naming the log, its line and column: exit 2, nothing written', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    const { log, line } = await damageLastBlob(p);
    const before = await files(p);
    for (const command of ['status', 'extract', 'build-check']) {
      const result = run(p, command);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).not.toContain('unexpected error');
      expect(result.stderr.trim()).toMatch(
        new RegExp(
          `^(build: nothing was built: )?error: +${log.replaceAll('.', '\\.')}:${line}:\\d+ +changed after it was written: record \\d+ names bytes`,
          'u',
        ),
      );
      expect(result.stderr).toContain('Move the file away to start the records afresh');
      expect(await files(p)).toBe(before);
    }
  });
});
