import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/commands/extract.ts';
import type { PlanCacheFile } from '../../src/node/plan-cache.ts';
import { documentText, runCommand, tempDir, tempProject, type Captured, type TempProject } from '../support/project.ts';

/**
 * extract keeps what it found in each namespace (src/node/plan-cache.ts) and must never be seen to:
 * twin projects take the same random edits (English, translations, sync states, the glossary, a
 * document removed and put back, bytes that are not UTF-8) and run the same extracts, one with the
 * cache and one without, and every run prints the same and leaves the same files. The edits keep
 * files' sizes where they can, and no time stamp is looked at either way.
 */
const RUNS = Number(process.env['PLAN_CACHE_RUNS'] ?? 8);
const DOCS = ['alpha', 'beta'] as const;
const KEYS = ['one', 'two', 'three'] as const;
const ENGLISH = ['First paragraph.', 'Second paragraph.', 'Third paragraph.', 'Frist paragraph.', 'A {{count}} paragraphs.'];
const TRANSLATIONS = ['Første afsnit.', 'Andet afsnit.', 'First paragraph.', '', 'Et {{antal}} afsnit.', 'Förste afsnit.'];

const document = (namespace: string, texts: readonly string[]): string =>
  documentText(KEYS.map((id, i) => [id, texts[i] ?? ENGLISH[i] ?? ''] as const)).replace('namespace: doc', `namespace: ${namespace}`);

async function twin(): Promise<TempProject> {
  const files: Record<string, string> = {};
  for (const namespace of DOCS) files[`src/documents/${namespace}.md`] = document(namespace, ENGLISH);
  return tempProject(files);
}

type Edit =
  | { kind: 'english'; doc: number; key: number; text: number }
  | { kind: 'translate'; language: 'da' | 'sv'; doc: number; key: number; text: number }
  | { kind: 'state'; language: 'da' | 'sv'; doc: number; how: 'seen' | 'from' | 'delete' }
  | { kind: 'glossary'; on: boolean }
  | { kind: 'document'; doc: number; on: boolean }
  | { kind: 'broken'; doc: number }
  | { kind: 'reformat'; file: 'locales/da' | 'locales/en' | 'locales/.sync/da'; doc: number };

/** An edit, then extract run with these arguments, then once more as it is mostly run (a cache is kept when nothing is written). */
interface Step {
  readonly edit: Edit;
  readonly args: readonly string[];
}

const index = (n: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: n - 1 });
const language = fc.constantFrom('da' as const, 'sv' as const);
const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('english' as const), doc: index(DOCS.length), key: index(KEYS.length), text: index(ENGLISH.length) }),
  fc.record({
    kind: fc.constant('translate' as const),
    language,
    doc: index(DOCS.length),
    key: index(KEYS.length),
    text: index(TRANSLATIONS.length),
  }),
  fc.record({
    kind: fc.constant('state' as const),
    language,
    doc: index(DOCS.length),
    how: fc.constantFrom('seen' as const, 'from' as const, 'delete' as const),
  }),
  fc.record({ kind: fc.constant('glossary' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('document' as const), doc: index(DOCS.length), on: fc.boolean() }),
  fc.record({ kind: fc.constant('broken' as const), doc: index(DOCS.length) }),
  fc.record({
    kind: fc.constant('reformat' as const),
    file: fc.constantFrom('locales/da' as const, 'locales/en' as const, 'locales/.sync/da' as const),
    doc: index(DOCS.length),
  }),
);
const STEP: fc.Arbitrary<Step> = fc.record({ edit: EDIT, args: fc.constantFrom([], [], ['--check'], ['--prune'], ['--strict']) });

const GLOSSARY = `${JSON.stringify({ terms: [{ en: ['paragraph'], da: ['afsnit'], sv: ['stycke'] }] }, null, 2)}\n`;

async function readOr(p: TempProject, path: string): Promise<string | undefined> {
  return (await p.exists(path)) ? p.read(path) : undefined;
}

/** One step on one twin. */
async function apply(p: TempProject, step: Edit): Promise<void> {
  const namespace = DOCS[step.kind === 'glossary' ? 0 : step.doc] ?? 'alpha';
  const path = `src/documents/${namespace}.md`;
  if (step.kind === 'english') {
    const text = await readOr(p, path);
    const texts = KEYS.map((id) => new RegExp(`<!-- id: ${id} -->\\n(.*)`).exec(text ?? '')?.[1] ?? '');
    texts[step.key] = ENGLISH[step.text] ?? '';
    if (text !== undefined) await p.write(path, document(namespace, texts));
  } else if (step.kind === 'translate') {
    const file = `locales/${step.language}/${namespace}.json`;
    const values = JSON.parse((await readOr(p, file)) ?? '{}') as Record<string, string>;
    values[KEYS[step.key] ?? 'one'] = TRANSLATIONS[step.text] ?? '';
    await p.write(file, `${JSON.stringify(values, null, 2)}\n`);
  } else if (step.kind === 'state') {
    const file = `locales/.sync/${step.language}/${namespace}.json`;
    const text = await readOr(p, file);
    if (text === undefined) return;
    if (step.how === 'delete') await rm(join(p.dir, file));
    // The same length: a fingerprint or an English that says another thing.
    else if (step.how === 'seen')
      await p.write(
        file,
        text.replace(/"seen": "(.)/, (_, c: string) => `"seen": "${c === '0' ? '1' : '0'}`),
      );
    else await p.write(file, text.replace('paragraph', 'paragrahp'));
  } else if (step.kind === 'glossary') {
    if (step.on) await p.write('locales/glossary.json', GLOSSARY);
    else await rm(join(p.dir, 'locales/glossary.json'), { force: true });
  } else if (step.kind === 'document') {
    if (step.on) await p.write(path, document(namespace, ENGLISH));
    else await rm(join(p.dir, path), { force: true });
  } else if (step.kind === 'reformat') {
    // The same content laid out otherwise: extract writes it out again.
    const file = `${step.file}/${namespace}.json`;
    const text = await readOr(p, file);
    if (text !== undefined && text.startsWith('{')) await p.write(file, `${JSON.stringify(JSON.parse(text) as unknown, null, 4)}\n`);
  } else if (step.kind === 'broken')
    await writeFile(join(p.dir, `locales/da/${namespace}.json`), Buffer.from('{\n  "one": "F\xe6rste"\n}\n', 'latin1'));
}

const shown = (run: Captured, dir: string): Captured => ({
  code: run.code,
  out: run.out.replaceAll(dir, '<dir>'),
  err: run.err.replaceAll(dir, '<dir>'),
});

/**
 * A project of one document with two paragraphs translated into Danish, and a cache that holds its
 * plan (two runs: the second writes nothing) with the Danish count altered, so that any use of it shows.
 */
async function warm(cache: PlanCacheFile): Promise<TempProject> {
  const p = await tempProject({ 'src/documents/alpha.md': document('alpha', ENGLISH) });
  await runCommand(extract, p.dir, [], { planCache: cache });
  await p.write('locales/da/alpha.json', '{\n  "one": "Første afsnit.",\n  "two": "Andet afsnit."\n}\n');
  await runCommand(extract, p.dir, [], { planCache: cache });
  await runCommand(extract, p.dir, [], { planCache: cache });
  const kept = await readFile(cache.file, 'utf8');
  expect(Object.keys((JSON.parse(kept) as { namespaces: object }).namespaces)).toHaveLength(1);
  await writeFile(cache.file, kept.replace('"translated":2', '"translated":7'));
  return p;
}

/** Replace text in a file with text of the same length. */
async function sameLength(p: TempProject, path: string, from: string, to: string): Promise<void> {
  expect(to.length).toBe(from.length);
  const text = await p.read(path);
  expect(text).toContain(from);
  await p.write(path, text.replace(from, to));
}

describe('the namespace plan cache', () => {
  it.each([
    ['a translation', (p: TempProject) => sameLength(p, 'locales/da/alpha.json', 'Første', 'First ')],
    ['a sync state', (p: TempProject) => sameLength(p, 'locales/.sync/da/alpha.json', '"from": "First', '"from": "Frist')],
    [
      "a sync state's fingerprint",
      async (p: TempProject) => {
        const seen = /"seen": "(.)/.exec(await p.read('locales/.sync/da/alpha.json'))?.[0] ?? '';
        await sameLength(p, 'locales/.sync/da/alpha.json', seen, `${seen.slice(0, -1)}${seen.endsWith('0') ? '1' : '0'}`);
      },
    ],
    ['the English locale file', (p: TempProject) => sameLength(p, 'locales/en/alpha.json', 'First', 'Frist')],
    ['the document', (p: TempProject) => sameLength(p, 'src/documents/alpha.md', 'First', 'Frist')],
    ['the glossary', (p: TempProject) => p.write('locales/glossary.json', GLOSSARY)],
    [
      'the layout of a translation file',
      (p: TempProject) => p.write('locales/da/alpha.json', '{"one": "Første afsnit.", "two": "Andet afsnit."}\n'),
    ],
    [
      'the layout of a sync state',
      async (p: TempProject) =>
        p.write('locales/.sync/da/alpha.json', (await p.read('locales/.sync/da/alpha.json')).replaceAll('  ', '\t')),
    ],
  ])('is not used once %s changes, even to the same size', async (_, edit) => {
    const cache: PlanCacheFile = { file: join(await tempDir(), 'plans.json'), build: 'test' };
    const p = await warm(cache);
    await edit(p);
    const plain = await tempDir();
    await cp(p.dir, plain, { recursive: true });
    const withCache = await runCommand(extract, p.dir, [], { planCache: cache });
    const without = await runCommand(extract, plain, []);
    expect(shown(withCache, p.dir)).toEqual(shown(without, plain));
    expect(withCache.out).not.toContain('7 translated');
  });

  it('is used while nothing changes, and not by another build or with other options', async () => {
    const cache: PlanCacheFile = { file: join(await tempDir(), 'plans.json'), build: 'test' };
    const p = await warm(cache);
    const altered = await readFile(cache.file, 'utf8');
    // The count altered in the cache shows: the namespace was not planned again.
    expect((await runCommand(extract, p.dir, [], { planCache: cache })).out).toContain('7 translated');
    for (const [args, build] of [
      [[], 'other'],
      [['--prune'], 'test'],
      [['--accept-moves'], 'test'],
      [['--confirm', 'da:alpha:one'], 'test'],
      [['--restore', 'alpha:one'], 'test'],
    ] as const) {
      await writeFile(cache.file, altered);
      const run = await runCommand(extract, p.dir, args, { planCache: { ...cache, build } });
      expect(run.out, args.join(' ')).not.toContain('7 translated');
    }
  });

  it('is never seen: every run with it prints and writes what a run without it does', async () => {
    let hits = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(STEP, { minLength: 3, maxLength: 8 }), async (steps) => {
        const cached = await twin();
        const plain = await twin();
        const cache: PlanCacheFile = { file: join(await tempDir(), 'plans.json'), build: 'test' };
        const run = async (args: readonly string[]): Promise<void> => {
          const before = await readFile(cache.file, 'utf8').catch(() => '');
          const withCache = await runCommand(extract, cached.dir, args, { planCache: cache });
          const without = await runCommand(extract, plain.dir, args);
          expect(shown(withCache, cached.dir)).toEqual(shown(without, plain.dir));
          expect(await cached.snapshot()).toEqual(await plain.snapshot());
          if (before.includes('"namespaces":{"')) hits++;
        };
        try {
          await run([]);
          for (const step of steps) {
            await apply(cached, step.edit);
            await apply(plain, step.edit);
            await run(step.args);
            await run([]);
          }
        } finally {
          await Promise.all([cached.remove(), plain.remove()]);
        }
      }),
      { numRuns: RUNS },
    );
    // The cache was there to be used, not only written.
    expect(hits).toBeGreaterThan(0);
  }, 300_000);
});
