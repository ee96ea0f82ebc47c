import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitAll,
  DA_FILE,
  flat,
  hasBranch,
  killedExtract,
  legitimateEdit,
  newTruth,
  otherBranch,
  resave,
  saveThroughDevServer,
  squashMerge,
  stashPop,
  takeSide,
  writeTranslation,
  type Truth,
} from '../support/collaboration.ts';
import { BLOCKS, gitProject, type GitProject } from '../support/git-project.ts';

/**
 * Random sequences of collaboration on a real git repository with the project's hooks installed: two
 * branches, English edits (extracted or not), translation edits, extract run or skipped, commits,
 * merges and squash merges (conflicts resolved by taking a side), rebases (with dates reset or not),
 * stashes popped later, a file taken from the other branch, files re-saved and dated into the future
 * or the past, saves of one paragraph through the development server, extracts killed mid-write,
 * state files deleted and restored, and the everyday flow (extract, edit, extract) at any point.
 * Invariants: no translation counts as current unless it was written or confirmed against the English
 * of now; none was changed or dropped by the tools; none is attached to another paragraph; and an edit
 * made after its English arrived is current at once, and stays current wherever its vouching sync state
 * was committed, as long as its English is the English of now.
 *
 * Each operation is one entry of OPERATIONS: how to draw it and how to run it. Its run says whether it
 * did anything (a merge with no other branch does not), and the test fails if any operation never ran
 * in the whole property run, so that an operation cannot silently stop being exercised.
 */
const KEYS = BLOCKS.map(([id]) => id);
const RUNS = Number(process.env['COLLAB_RUNS'] ?? 25);

interface Operation<S> {
  readonly weight: number;
  readonly draw: fc.Arbitrary<S>;
  /** Runs the step; false when it had nothing to act on. */
  run(p: GitProject, step: S, truth: Truth): Promise<boolean>;
  /** Whether the tools wrote files in this step: they must have kept every translation. */
  readonly writes?: (step: S) => boolean;
}

const key = fc.integer({ min: 0, max: KEYS.length - 1 });
const idOf = (index: number): string => KEYS[index] ?? 'one';

const OPERATIONS = {
  english: {
    weight: 4,
    draw: fc.record({ key, extract: fc.boolean() }),
    async run(p, s, truth) {
      const id = idOf(s.key);
      const doc = await p.read('src/documents/doc.md');
      truth.englishVersion++;
      const text = doc.replace(
        new RegExp(`(<!-- id: ${id} -->\\n)([^\\n]*)`),
        (_m, marker: string, line: string) => `${marker}${line.replace(/( v\d+)?\.$/, ` v${truth.englishVersion}.`)}`,
      );
      await p.edit('src/documents/doc.md', text);
      if (s.extract) await p.extract();
      return true;
    },
    writes: (s) => s.extract,
  } satisfies Operation<{ key: number; extract: boolean }>,
  translate: {
    weight: 4,
    draw: fc.record({ key }),
    run: async (p, s, truth) => (await writeTranslation(p, idOf(s.key), truth)) !== undefined,
  } satisfies Operation<{ key: number }>,
  extract: {
    weight: 3,
    draw: fc.constant({}),
    async run(p) {
      await p.extract();
      return true;
    },
    writes: () => true,
  } satisfies Operation<object>,
  confirm: {
    weight: 1,
    draw: fc.record({ key }),
    async run(p, s, truth) {
      const id = idOf(s.key);
      const run = await p.extract('--confirm', `da:doc:${id}`);
      if (run.code > 1) return false;
      const english = (await flat(p, 'locales/en/doc.json'))[id];
      const translation = (await flat(p, DA_FILE))[id];
      if (english !== undefined && translation) truth.against.get(translation)?.add(english);
      return true;
    },
    writes: () => true,
  } satisfies Operation<{ key: number }>,
  'legitimate-edit': {
    weight: 2,
    draw: fc.record({ key }),
    // A person's edit between two extracts: the tools' side is what the extract operation checks.
    run: (p, s, truth) => legitimateEdit(p, idOf(s.key), truth),
  } satisfies Operation<{ key: number }>,
  commit: {
    weight: 3,
    draw: fc.constant({}),
    async run(p, _s, truth) {
      await commitAll(p, truth, `step ${truth.counter}`);
      return true;
    },
  } satisfies Operation<object>,
  switch: {
    weight: 3,
    draw: fc.constant({}),
    async run(p, _s, truth) {
      await commitAll(p, truth, 'wip');
      const target = otherBranch(p);
      if (!hasBranch(p, target)) p.git('branch', target);
      p.git('checkout', '-q', target);
      return true;
    },
  } satisfies Operation<object>,
  merge: {
    weight: 3,
    draw: fc.record({ side: fc.constantFrom('ours' as const, 'theirs' as const) }),
    async run(p, s, truth) {
      await commitAll(p, truth, 'before merge');
      const target = otherBranch(p);
      if (!hasBranch(p, target)) return false;
      if (p.tryGit('merge', '-q', '--no-edit', target) !== 0) {
        takeSide(p, s.side);
        p.git('add', '-A');
        p.git('commit', '-q', '--no-edit');
      }
      return true;
    },
  } satisfies Operation<{ side: 'ours' | 'theirs' }>,
  'squash-merge': {
    weight: 2,
    draw: fc.record({ side: fc.constantFrom('ours' as const, 'theirs' as const) }),
    run: (p, s, truth) => squashMerge(p, truth, s.side),
  } satisfies Operation<{ side: 'ours' | 'theirs' }>,
  rebase: {
    weight: 2,
    draw: fc.record({ ignoreDate: fc.boolean() }),
    async run(p, s, truth) {
      await commitAll(p, truth, 'before rebase');
      const target = otherBranch(p);
      if (!hasBranch(p, target)) return false;
      if (p.tryGit('rebase', '-q', ...(s.ignoreDate ? ['--ignore-date'] : []), target) !== 0) {
        p.tryGit('rebase', '--abort');
        return false;
      }
      return true;
    },
  } satisfies Operation<{ ignoreDate: boolean }>,
  stash: {
    weight: 2,
    draw: fc.constant({}),
    run: async (p) => p.git('status', '--porcelain', '--untracked-files=no').trim() !== '' && p.tryGit('stash', '-q') === 0,
  } satisfies Operation<object>,
  'stash-pop': {
    weight: 3,
    draw: fc.constant({}),
    run: (p) => stashPop(p),
  } satisfies Operation<object>,
  'checkout-file': {
    weight: 2,
    draw: fc.constant({}),
    async run(p) {
      const target = otherBranch(p);
      return hasBranch(p, target) && p.tryGit('checkout', target, '--', DA_FILE) === 0;
    },
  } satisfies Operation<object>,
  resave: {
    weight: 1,
    draw: fc.record({ days: fc.constantFrom(-3650, 1, 365) }),
    run: (p, s) => resave(p, s.days),
  } satisfies Operation<{ days: number }>,
  'dev-server-save': {
    weight: 1,
    draw: fc.record({ key }),
    run: (p, s, truth) => saveThroughDevServer(p, idOf(s.key), truth),
  } satisfies Operation<{ key: number }>,
  'killed-extract': {
    weight: 2,
    draw: fc.record({ after: fc.integer({ min: 0, max: 6 }) }),
    run: (p, s) => killedExtract(p, s.after),
  } satisfies Operation<{ after: number }>,
  'delete-state': {
    weight: 1,
    draw: fc.constant({}),
    async run(p) {
      await rm(join(p.dir, 'locales/.sync/da/doc.json'), { force: true });
      return true;
    },
  } satisfies Operation<object>,
  'restore-state': {
    weight: 1,
    draw: fc.constant({}),
    async run(p) {
      return p.tryGit('checkout', 'HEAD', '--', 'locales/.sync') === 0;
    },
  } satisfies Operation<object>,
  'typed-under-marker': {
    weight: 1,
    draw: fc.record({ key }),
    async run(p, s, truth) {
      const id = idOf(s.key);
      const doc = await p.read(DOC);
      const marker = `<!-- id: ${id} -->\n`;
      if (!doc.includes(marker)) return false;
      const typed = `A paragraph typed under the marker, number ${++truth.counter}, about air defence.`;
      await p.edit(DOC, doc.replace(marker, `${marker}${typed}\n\n`));
      const before = await localeFiles(p);
      const refused = await p.extract();
      // The extraction stops and writes nothing: no translation moves to the typed paragraph.
      expect(refused.code, refused.err).toBe(2);
      expect(refused.err).toContain(`is under the marker of id "${id}"`);
      expect(await localeFiles(p)).toEqual(before);
      // The fix the message gives: the marker down above its own paragraph; the next extract gives the new one an id.
      await p.edit(DOC, doc.replace(marker, `${typed}\n\n${marker}`));
      return true;
    },
  } satisfies Operation<{ key: number }>,
  'reused-id': {
    weight: 1,
    draw: fc.record({ key }),
    async run(p, s, truth) {
      const id = idOf(s.key);
      const doc = await p.read(DOC);
      const block = new RegExp(`<!-- id: ${id} -->\\n([^\\n]*)\\n\\n?`).exec(doc);
      if (!block) return false;
      // The paragraph removed (its translations go to the obsolete store)...
      await p.edit(DOC, doc.replace(block[0], ''));
      if ((await p.extract()).code > 1) {
        await p.edit(DOC, doc);
        return false;
      }
      // ...and its id used again for another paragraph: refused while a translation of the old one is stored.
      const stored = (await flat(p, 'locales/.sync/da/doc.json')) as unknown as { obsolete?: Record<string, unknown> };
      await p.edit(DOC, doc.replace(block[0], `<!-- id: ${id} -->\nAnother paragraph, number ${++truth.counter}, on logistics.\n\n`));
      const before = await localeFiles(p);
      const reused = await p.extract();
      if (stored.obsolete?.[id] !== undefined) {
        expect(reused.code, reused.err).toBe(2);
        expect(reused.err).toContain(`id "${id}" belonged to a paragraph removed earlier`);
        expect(await localeFiles(p)).toEqual(before);
      }
      // The removed paragraph put back as it was: its translation returns with it.
      await p.edit(DOC, doc);
      return (await p.extract()).code <= 1;
    },
    writes: () => true,
  } satisfies Operation<{ key: number }>,
};

const DOC = 'src/documents/doc.md';

/** The Danish locale file and sync state, as text: what a refused extraction must leave as it was. */
const localeFiles = async (p: GitProject): Promise<string[]> =>
  Promise.all(['locales/en/doc.json', 'locales/da/doc.json', 'locales/.sync/da/doc.json'].map((path) => p.read(path).catch(() => '')));

type Kind = keyof typeof OPERATIONS;
type Step = { [K in Kind]: { kind: K; step: (typeof OPERATIONS)[K]['draw'] extends fc.Arbitrary<infer S> ? S : never } }[Kind];

const step: fc.Arbitrary<Step> = fc.oneof(
  ...(Object.keys(OPERATIONS) as Kind[]).map((kind) => ({
    weight: OPERATIONS[kind].weight,
    arbitrary: (OPERATIONS[kind].draw as fc.Arbitrary<unknown>).map((s) => ({ kind, step: s }) as Step),
  })),
);

/** Run one step through its operation; the cast is the one place the union meets the table. */
function runStep(p: GitProject, s: Step, truth: Truth): Promise<boolean> {
  const operation = OPERATIONS[s.kind] as Operation<unknown>;
  return operation.run(p, s.step, truth);
}

function writesFiles(s: Step): boolean {
  const operation = OPERATIONS[s.kind] as Operation<unknown>;
  return operation.writes?.(s.step) ?? false;
}

/**
 * One sequence in which every operation acts, run before the random ones, so that each is exercised
 * whatever the seed. An operation added to the table belongs here too (the count below insists).
 */
const EVERY_OPERATION: Step[] = [
  { kind: 'translate', step: { key: 0 } },
  { kind: 'english', step: { key: 1, extract: false } },
  { kind: 'killed-extract', step: { after: 2 } },
  { kind: 'extract', step: {} },
  { kind: 'switch', step: {} },
  { kind: 'english', step: { key: 0, extract: true } },
  { kind: 'translate', step: { key: 2 } },
  { kind: 'stash', step: {} },
  { kind: 'rebase', step: { ignoreDate: true } },
  { kind: 'stash-pop', step: {} },
  { kind: 'checkout-file', step: {} },
  { kind: 'resave', step: { days: 365 } },
  { kind: 'dev-server-save', step: { key: 1 } },
  { kind: 'legitimate-edit', step: { key: 0 } },
  { kind: 'commit', step: {} },
  { kind: 'squash-merge', step: { side: 'theirs' } },
  { kind: 'switch', step: {} },
  { kind: 'merge', step: { side: 'ours' } },
  { kind: 'delete-state', step: {} },
  { kind: 'restore-state', step: {} },
  { kind: 'confirm', step: { key: 1 } },
  { kind: 'typed-under-marker', step: { key: 2 } },
  { kind: 'reused-id', step: { key: 2 } },
];

/** How many steps of each kind did something, over the whole property run. */
const ran = new Map<Kind, number>((Object.keys(OPERATIONS) as Kind[]).map((kind) => [kind, 0]));

async function checkFinal(p: GitProject, truth: Truth): Promise<void> {
  const final = await p.extract();
  expect(final.code, final.err).toBeLessThanOrEqual(1);
  const statuses = await p.statuses('da');
  const english = await flat(p, 'locales/en/doc.json');
  const da = await flat(p, DA_FILE);
  for (const id of KEYS) {
    const text = da[id];
    if (!text) continue;
    // Never attached to another paragraph.
    if (truth.owner.has(text)) expect(truth.owner.get(text), `"${text}" is under ${id}`).toBe(id);
    // Current only with evidence: written or confirmed against exactly this English.
    if (statuses[`doc:${id}`] === 'translated') {
      const made = truth.against.get(text);
      expect(
        made?.has(english[id] ?? ''),
        `${id} "${text}" counts as current for "${english[id]}" but was made from ${[...(made ?? [])].join(' | ')}`,
      ).toBe(true);
    }
    // Not stale without cause: an edit made after its English, committed with the state that vouches for it.
    if (truth.committed.has(text) && truth.legitimate.get(text) === english[id])
      expect(statuses[`doc:${id}`], `${id} "${text}" was written against "${english[id]}" and committed with its sync state`).toBe(
        'translated',
      );
  }
}

describe('collaboration in git (property)', () => {
  it(`never counts a translation current without evidence, never loses or moves one (${RUNS} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
        const p = await gitProject();
        try {
          await p.extract();
          p.commitAll('start');
          const truth = newTruth();
          for (const s of steps) {
            const before = await flat(p, DA_FILE);
            p.tick();
            if (await runStep(p, s, truth)) ran.set(s.kind, (ran.get(s.kind) ?? 0) + 1);
            if (writesFiles(s)) {
              // The tools never change or drop a translation: each is where it was, or in the obsolete store.
              const after = await flat(p, DA_FILE);
              const store = ((await p.json('locales/.sync/da/doc.json')) as { obsolete: Record<string, { translation: string }> }).obsolete;
              for (const [k, value] of Object.entries(before)) {
                if (!value) continue;
                expect(after[k] === value || store[k]?.translation === value, `${k}: "${value}" after ${s.kind}`).toBe(true);
              }
            }
          }
          // Whatever was put aside comes back before the end, as it does.
          if (await stashPop(p)) ran.set('stash-pop', (ran.get('stash-pop') ?? 0) + 1);
          await checkFinal(p, truth);
        } finally {
          await p.remove();
        }
      }),
      { numRuns: RUNS, seed: Number(process.env['COLLAB_SEED'] ?? 20241121), examples: [[EVERY_OPERATION]] },
    );
    // Every operation must have run at least once, or the property proves nothing about it.
    console.log(`collaboration steps that ran: ${[...ran].map(([kind, count]) => `${kind} ${count}`).join(', ')}`);
    const never = [...ran].filter(([, count]) => count === 0).map(([kind]) => kind);
    expect(never, `operations that never ran in ${RUNS} sequences: ${never.join(', ')}`).toEqual([]);
  }, 600_000);
});
