import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planProject } from '../../src/node/plan.ts';
import { readSnapshot } from '../../src/node/project-io.ts';
import { writeJournal } from '../../src/node/transaction.ts';
import { BLOCKS, gitProject, type GitProject } from '../support/git-project.ts';

/**
 * Random sequences of collaboration on a real git repository: two branches, English edits (extracted
 * or not), translation edits, extract run or skipped, commits, merges (conflicts resolved by taking a
 * side), rebases, extracts killed mid-write, state files deleted and restored. After every sequence:
 * no translation counts as current unless it was written or confirmed against the English of now, none
 * was changed or dropped by the tools, none is attached to another paragraph.
 */
const KEYS = BLOCKS.map(([id]) => id);
const RUNS = Number(process.env['COLLAB_RUNS'] ?? 25);

type Step =
  | { kind: 'english'; key: number; extract: boolean }
  | { kind: 'translate'; key: number }
  | { kind: 'extract' }
  | { kind: 'confirm'; key: number }
  | { kind: 'commit' }
  | { kind: 'switch' }
  | { kind: 'merge'; side: 'ours' | 'theirs' }
  | { kind: 'rebase' }
  | { kind: 'killed-extract'; after: number }
  | { kind: 'delete-state' }
  | { kind: 'restore-state' };

const key = fc.integer({ min: 0, max: KEYS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('english' as const), key, extract: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('translate' as const), key }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'extract' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('confirm' as const), key }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'commit' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'switch' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('merge' as const), side: fc.constantFrom('ours' as const, 'theirs' as const) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'rebase' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('killed-extract' as const), after: fc.integer({ min: 0, max: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete-state' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restore-state' as const }) },
);

/** What the people in the sequence did, to judge the tool against. */
interface Truth {
  /** Translation text -> the paragraph it was written for (texts are unique). */
  readonly owner: Map<string, string>;
  /** Translation text -> every English (as locales/en showed it) it was written or confirmed against. */
  readonly against: Map<string, Set<string>>;
  counter: number;
  englishVersion: number;
}

const flat = async (p: GitProject, path: string): Promise<Record<string, string>> => {
  try {
    return JSON.parse(await p.read(path)) as Record<string, string>;
  } catch {
    return {};
  }
};

async function applyStep(p: GitProject, s: Step, truth: Truth): Promise<void> {
  p.tick();
  const other = (): string => (p.git('rev-parse', '--abbrev-ref', 'HEAD').trim() === 'main' ? 'side' : 'main');
  switch (s.kind) {
    case 'english': {
      const id = KEYS[s.key] ?? 'one';
      const doc = await p.read('src/documents/doc.md');
      truth.englishVersion++;
      const text = doc.replace(
        new RegExp(`(<!-- id: ${id} -->\\n)([^\\n]*)`),
        (_m, marker: string, line: string) => `${marker}${line.replace(/( v\d+)?\.$/, ` v${truth.englishVersion}.`)}`,
      );
      await p.edit('src/documents/doc.md', text);
      if (s.extract) await p.extract();
      return;
    }
    case 'translate': {
      const id = KEYS[s.key] ?? 'one';
      const english = (await flat(p, 'locales/en/doc.json'))[id];
      if (english === undefined) return;
      const text = `Oversættelse ${++truth.counter} af ${id}.`;
      truth.owner.set(text, id);
      truth.against.set(text, new Set([english]));
      await p.setValue('locales/da/doc.json', id, text);
      return;
    }
    case 'extract':
      await p.extract();
      return;
    case 'confirm': {
      const id = KEYS[s.key] ?? 'one';
      const run = await p.extract('--confirm', `da:doc:${id}`);
      if (run.code > 1) return;
      const english = (await flat(p, 'locales/en/doc.json'))[id];
      const translation = (await flat(p, 'locales/da/doc.json'))[id];
      if (english !== undefined && translation) truth.against.get(translation)?.add(english);
      return;
    }
    case 'commit':
      p.commitAll(`step ${truth.counter}`);
      return;
    case 'switch': {
      p.commitAll('wip');
      const target = other();
      if (p.tryGit('rev-parse', '--verify', '-q', target) !== 0) p.git('branch', target);
      p.git('checkout', '-q', target);
      return;
    }
    case 'merge': {
      p.commitAll('before merge');
      const target = other();
      if (p.tryGit('rev-parse', '--verify', '-q', target) !== 0) return;
      if (p.tryGit('merge', '-q', '--no-edit', target) !== 0) {
        const conflicted = p.git('diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean);
        for (const file of conflicted) p.git('checkout', `--${s.side}`, '--', file);
        p.git('add', '-A');
        p.git('commit', '-q', '--no-edit');
      }
      return;
    }
    case 'rebase': {
      p.commitAll('before rebase');
      const target = other();
      if (p.tryGit('rev-parse', '--verify', '-q', target) !== 0) return;
      if (p.tryGit('rebase', '-q', target) !== 0) p.tryGit('rebase', '--abort');
      return;
    }
    case 'killed-extract': {
      // What a SIGKILL during the write phase leaves: the journal and some of the files.
      const plan = await planProject(p.dir, await readSnapshot(p.dir));
      if (plan.fatal.length > 0 || plan.writes.size === 0) return;
      const entries = await writeJournal(p.dir, plan.writes, 'npm run extract');
      for (const entry of entries.slice(0, s.after)) {
        if (entry.content === null) await rm(join(p.dir, entry.path), { force: true });
        else await writeFile(join(p.dir, entry.path), entry.content);
      }
      return;
    }
    case 'delete-state':
      await rm(join(p.dir, 'locales/.sync/da/doc.json'), { force: true });
      return;
    case 'restore-state':
      p.tryGit('checkout', 'HEAD', '--', 'locales/.sync');
      return;
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
          const truth: Truth = { owner: new Map(), against: new Map(), counter: 0, englishVersion: 0 };
          for (const s of steps) {
            const before = await flat(p, 'locales/da/doc.json');
            await applyStep(p, s, truth);
            if (s.kind === 'extract' || s.kind === 'confirm' || (s.kind === 'english' && s.extract)) {
              // The tools never change or drop a translation: each is where it was, or in the obsolete store.
              const after = await flat(p, 'locales/da/doc.json');
              const store = ((await p.json('locales/.sync/da/doc.json')) as { obsolete: Record<string, { translation: string }> }).obsolete;
              for (const [k, value] of Object.entries(before)) {
                if (!value) continue;
                expect(after[k] === value || store[k]?.translation === value, `${k}: "${value}" after ${s.kind}`).toBe(true);
              }
            }
          }
          const final = await p.extract();
          expect(final.code, final.err).toBeLessThanOrEqual(1);
          const statuses = await p.statuses('da');
          const english = await flat(p, 'locales/en/doc.json');
          const da = await flat(p, 'locales/da/doc.json');
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
          }
        } finally {
          await p.remove();
        }
      }),
      { numRuns: RUNS, seed: Number(process.env['COLLAB_SEED'] ?? 20241121) },
    );
  }, 600_000);
});
