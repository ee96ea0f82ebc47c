import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DA_FILE, flat, newTruth, stashPop, type Truth } from '../support/collaboration.ts';
import { KEYS, OPERATIONS, type Operation } from '../support/collaboration-steps.ts';
import { gitProject, type GitProject } from '../support/git-project.ts';

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
 * Each operation is one entry of OPERATIONS (test/support/collaboration-steps.ts): how to draw it and how to
 * run it. Its run says whether it did anything (a merge with no other branch does not), and the test fails if
 * any operation never ran in the whole property run, so that an operation cannot silently stop being exercised.
 */
const RUNS = Number(process.env['COLLAB_RUNS'] ?? 25);

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
    // How many steps of each kind did something, over the whole property run.
    const ran = new Map<Kind, number>((Object.keys(OPERATIONS) as Kind[]).map((kind) => [kind, 0]));
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
