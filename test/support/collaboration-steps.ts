import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  commitAll,
  commitForOther,
  DA_FILE,
  DOC_FILE,
  flat,
  hasBranch,
  killedExtract,
  legitimateEdit,
  otherBranch,
  resave,
  saveThroughDevServer,
  squashMerge,
  stashPop,
  takeSide,
  writeTranslation,
  type Truth,
} from './collaboration.ts';
import { reusedId, typedUnderMarker } from './collaboration-refusals.ts';
import { BLOCKS, type GitProject } from './git-project.ts';

/**
 * The kinds of step of the collaboration property test (test/integration/collaboration-property.test.ts), one entry
 * each: how to draw it and how to run it. Its run says whether it did anything (a merge with no other branch does
 * not), so that the test can fail when a kind never ran.
 */
export interface Operation<S> {
  readonly weight: number;
  readonly draw: fc.Arbitrary<S>;
  /** Runs the step; false when it had nothing to act on. */
  run(p: GitProject, step: S, truth: Truth): Promise<boolean>;
  /** Whether the tools wrote files in this step: they must have kept every translation. */
  readonly writes?: (step: S) => boolean;
}

export const KEYS = BLOCKS.map(([id]) => id);
const key = fc.integer({ min: 0, max: KEYS.length - 1 });
const idOf = (index: number): string => KEYS[index] ?? 'one';
const side = fc.constantFrom('ours' as const, 'theirs' as const);

export const OPERATIONS = {
  english: {
    weight: 4,
    draw: fc.record({ key, extract: fc.boolean() }),
    async run(p, s, truth) {
      const id = idOf(s.key);
      const doc = await p.read(DOC_FILE);
      truth.englishVersion++;
      const text = doc.replace(
        new RegExp(`(<!-- id: ${id} -->\\n)([^\\n]*)`),
        (_m, marker: string, line: string) => `${marker}${line.replace(/( v\d+)?\.$/, ` v${truth.englishVersion}.`)}`,
      );
      await p.edit(DOC_FILE, text);
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
    draw: fc.record({ side }),
    async run(p, s, truth) {
      const target = await commitForOther(p, truth, 'before merge');
      if (target === undefined) return false;
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
    draw: fc.record({ side }),
    run: (p, s, truth) => squashMerge(p, truth, s.side),
  } satisfies Operation<{ side: 'ours' | 'theirs' }>,
  rebase: {
    weight: 2,
    draw: fc.record({ ignoreDate: fc.boolean() }),
    async run(p, s, truth) {
      const target = await commitForOther(p, truth, 'before rebase');
      if (target === undefined) return false;
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
    run: (p, s, truth) => typedUnderMarker(p, idOf(s.key), truth),
  } satisfies Operation<{ key: number }>,
  'reused-id': {
    weight: 1,
    draw: fc.record({ key }),
    run: (p, s, truth) => reusedId(p, idOf(s.key), truth),
    writes: () => true,
  } satisfies Operation<{ key: number }>,
};
