import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editEnglish, writeCorpus, type Corpus } from '../../src/bench/corpus.ts';
import { po4aVersion, PO4A_UPDATE, preparePo4a } from '../../src/bench/po4a.ts';
import { random } from '../../src/bench/text.ts';
import { extract } from '../../src/commands/extract.ts';
import { status } from '../../src/commands/status.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { parseDocument } from '../../src/core/document/document.ts';
import { runCommand } from '../support/project.ts';
import { haveTool, MSGFMT } from '../support/system-tools.ts';
import { ROOT } from '../support/root.ts';

/**
 * The corpus bench:extract measures on must be what it claims: realistic (distinct paragraphs of
 * varied length, documents of varied size, words of every language's own text), in sync as a fully
 * translated project is, and the same work for po4a as for the tool.
 */
let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nordefco-bench-corpus-'));
  corpus = await writeCorpus(dir, ROOT, 600);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function paragraphs(): Promise<{ texts: string[]; sizes: number[] }> {
  const texts: string[] = [];
  const sizes: number[] = [];
  for (const name of await readdir(join(dir, 'src/documents'))) {
    const parsed = parseDocument(name, await readFile(join(dir, 'src/documents', name), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
    texts.push(...parsed.value.blocks.map((b) => b.text));
    sizes.push(parsed.value.blocks.length);
  }
  return { texts, sizes };
}

describe('the benchmark corpus', () => {
  it('draws from a sound generator: uniform, and the same for the same seed', () => {
    const draws = Array.from(
      { length: 100_000 },
      (
        (rng) => () =>
          rng.between(0, 9)
      )(random(7)),
    );
    const counts = Array.from({ length: 10 }, (_, d) => draws.filter((x) => x === d).length);
    // Each digit within 5 % of its share: far inside what a sound generator gives (chi-square would too).
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
    const a = random(24);
    const b = random(24);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('has as many paragraphs as asked, all distinct, of natural and varied length, in documents of varied size', async () => {
    const { texts, sizes } = await paragraphs();
    expect(texts.length).toBe(600);
    expect(new Set(texts).size).toBe(texts.length);
    expect(sizes.length).toBe(corpus.documents);
    expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes.slice(0, -1)));
    const words = texts.map((t) => t.split(' ').length).sort((x, y) => x - y);
    const median = words[Math.floor(words.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(15);
    expect(words[words.length - 1]).toBeGreaterThan(2 * median);
    // No one word makes up the text (the old generator's "Nordic Nordic Nordic").
    const all = texts.join(' ').split(' ');
    const top = Math.max(...[...all.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>()).values()]);
    expect(top / all.length).toBeLessThan(0.1);
  });

  it('is fully translated and in sync: extract has nothing to do, status counts every entry translated', async () => {
    expect((await runCommand(extract, dir, ['--check'])).code).toBe(0);
    const json = JSON.parse((await runCommand(status, dir, ['--json'])).out) as Record<string, Record<string, string>>;
    for (const language of TARGET_LANGUAGES) {
      expect(Object.keys(json[language] ?? {}).length).toBe(600);
      expect(new Set(Object.values(json[language] ?? {}))).toEqual(new Set(['translated']));
    }
  }, 60_000);

  // po4a is optional (bench:extract measures the tool alone without it): no CI requirement.
  it.skipIf(po4aVersion() === undefined || !haveTool(MSGFMT))(
    'gives po4a the same work: fully translated PO files, and after the edits exactly the edited paragraphs fuzzy',
    async () => {
      const copy = `${dir}-po4a`;
      expect(spawnSync('cp', ['-a', dir, copy]).status).toBe(0);
      try {
        const messages = await preparePo4a(copy);
        const fuzzy = (language: string): number =>
          (readFileSync(join(copy, 'po', `${language}.po`), 'utf8').match(/^#, .*fuzzy/gm) ?? []).length;
        for (const language of TARGET_LANGUAGES) {
          const stats = spawnSync('msgfmt', ['--statistics', '-o', '/dev/null', join(copy, 'po', `${language}.po`)], { encoding: 'utf8' });
          expect(stats.stderr.trim()).toBe(`${messages} translated messages.`);
        }
        await editEnglish(copy, corpus);
        const [program = '', ...args] = PO4A_UPDATE;
        expect(spawnSync(program, args, { cwd: copy }).status).toBe(0);
        for (const language of TARGET_LANGUAGES) expect(fuzzy(language)).toBe(Math.ceil(corpus.documents / 10));
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
