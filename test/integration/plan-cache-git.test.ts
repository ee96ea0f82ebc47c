import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import type { PlanCacheFile } from '../../src/node/plan-cache.ts';
import { BLOCKS, DA, docWith, gitProject, type GitProject } from '../support/git-project.ts';
import { runCommand, tempDir, type Captured } from '../support/project.ts';

/**
 * With its cache (src/node/plan-cache.ts), extract's record reads the locale files by the keys its plan
 * read them by (one read and one hash per file and run: takeRecord's `contents`, with the blob ids git
 * needs). Twin repositories on the same clock take the same steps, branches, commits and stashes
 * included, one extracting with the cache and one without: each step prints the same, leaves the same
 * files and appends the same records, byte for byte.
 */
interface Twin {
  readonly p: GitProject;
  readonly extract: (args?: readonly string[]) => Promise<Captured>;
}

const logOf = (p: GitProject): Promise<string> =>
  readFile(join(p.dir, p.git('rev-parse', '--git-path', 'nordefco-reader/records.jsonl').trim()), 'utf8').catch(() => '');

async function twins(): Promise<[Twin, Twin]> {
  const cache: PlanCacheFile = { file: join(await tempDir(), 'plans.json'), build: 'test' };
  const [cached, plain] = [await gitProject(), await gitProject()];
  return [
    { p: cached, extract: (args = []) => runCommand(extract, cached.dir, args, { planCache: cache }) },
    { p: plain, extract: (args = []) => runCommand(extract, plain.dir, args) },
  ];
}

/** The working tree's files (git's own are compared by the records they lead to). */
const files = async (p: GitProject): Promise<Map<string, string>> =>
  new Map([...(await p.snapshot())].filter(([path]) => !path.startsWith('.git/')));

const shown = (run: Captured, dir: string): Captured => ({
  code: run.code,
  out: run.out.replaceAll(dir, '<dir>'),
  err: run.err.replaceAll(dir, '<dir>'),
});

describe('the plan cache in a git repository', () => {
  it('leaves the records a run without it leaves, step by step', async () => {
    const pair = await twins();
    const steps: [string, (t: Twin) => Promise<unknown>][] = [
      ['extract', (t) => t.extract()],
      ['commit', async (t) => t.p.commitAll('English')],
      ['translate', (t) => t.p.edit('locales/da/doc.json', `${JSON.stringify(DA, null, 2)}\n`)],
      ['extract', (t) => t.extract()],
      ['extract again', (t) => t.extract()],
      ['commit', async (t) => t.p.commitAll('Danish')],
      ['branch', async (t) => t.p.git('checkout', '-q', '-b', 'revise')],
      ['revise', (t) => t.p.edit('src/documents/doc.md', docWith({ two: `${BLOCKS[1]?.[1] ?? ''} Again.` }))],
      ['extract', (t) => t.extract()],
      ['commit', async (t) => t.p.commitAll('Revise two')],
      ['edit', (t) => t.p.setValue('locales/da/doc.json', 'two', 'De blev enige igen.')],
      ['extract --check', (t) => t.extract(['--check'])],
      ['stash', async (t) => t.p.git('stash', '-q')],
      ['extract', (t) => t.extract()],
      ['main', async (t) => t.p.git('checkout', '-q', 'main')],
      ['extract', (t) => t.extract()],
      ['back', async (t) => t.p.git('checkout', '-q', 'revise')],
      ['pop', async (t) => t.p.git('stash', 'pop', '-q')],
      ['extract', (t) => t.extract()],
      ['confirm', (t) => t.extract(['--confirm', 'da:doc:two'])],
      ['extract', (t) => t.extract()],
    ];
    const [a, b] = pair;
    for (const [name, step] of steps) {
      const [ran, twin] = [await step(a), await step(b)];
      a.p.tick();
      b.p.tick();
      if (typeof ran === 'object' && ran !== null && 'code' in ran)
        expect(shown(ran as Captured, a.p.dir), name).toEqual(shown(twin as Captured, b.p.dir));
      expect(await files(a.p), name).toEqual(await files(b.p));
      expect(await logOf(a.p), name).toBe(await logOf(b.p));
    }
    expect(await logOf(pair[0].p)).not.toBe('');
  }, 120_000);
});
