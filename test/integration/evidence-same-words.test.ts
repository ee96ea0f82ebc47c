import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  gitProject,
  reviseEnglishOn,
  stateOf,
  translatedRepo,
  TWO_NEW,
  TWO_OLD_EDIT,
  TWO_V2,
  type GitProject,
} from '../support/git-project.ts';

/**
 * A change that alters no word (white space added, removed or doubled) reviews nothing: a stale
 * paragraph so changed stays stale, a current one stays current (hostile-git D4, s33_tiny_edit).
 * A change of one word is a review. Real git, real hooks.
 */
const TWO_V1 = BLOCKS[1]?.[1] ?? '';
const FILE = 'locales/da/doc.json';

/** Danish current on main; the revised English of `two` waiting on maint. */
async function englishWaiting(): Promise<GitProject> {
  const p = await translatedRepo();
  await reviseEnglishOn(p, 'maint');
  p.git('checkout', '-q', 'main');
  return p;
}

const pull = (p: GitProject): void => void p.git('merge', '-q', '--ff-only', 'maint');

async function twoAfterExtract(p: GitProject): Promise<{ status: string | undefined; from: string | undefined }> {
  const run = await p.extract();
  expect(run.code, run.err).toBe(0);
  const statuses = await p.statuses('da');
  expect(statuses).toMatchObject({ 'doc:one': 'translated', 'doc:three': 'translated' });
  return { status: statuses['doc:two'], from: (await stateOf(p, 'two'))?.from };
}

describe('a change of white space only reviews nothing', () => {
  it('an edit made against the old English, pulled over, then one trailing space (s33_tiny_edit): stale', async () => {
    const p = await englishWaiting();
    await p.setValue(FILE, 'two', TWO_OLD_EDIT);
    pull(p);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
    await p.setValue(FILE, 'two', `${TWO_OLD_EDIT} `);
    expect(await twoAfterExtract(p)).toEqual({ status: 'stale', from: TWO_V1 });
    expect(await p.read(FILE)).toContain(`${TWO_OLD_EDIT} "`);
  });

  it('a committed translation gone stale with the pull, its spaces doubled and a line break added: stale', async () => {
    const p = await englishWaiting();
    pull(p);
    const text = (await p.json(FILE)) as Record<string, string>;
    await p.setValue(FILE, 'two', ` ${(text['two'] ?? '').replaceAll(' ', '  ').replace('om', 'om\n')}`);
    expect(await twoAfterExtract(p)).toEqual({ status: 'stale', from: TWO_V1 });
  });

  it('several such changes in turn, a command run between them: still stale', async () => {
    const p = await englishWaiting();
    await p.setValue(FILE, 'two', TWO_OLD_EDIT);
    pull(p);
    await p.setValue(FILE, 'two', `${TWO_OLD_EDIT} `);
    await p.statuses('da');
    await p.setValue(FILE, 'two', `  ${TWO_OLD_EDIT}  `);
    expect(await twoAfterExtract(p)).toEqual({ status: 'stale', from: TWO_V1 });
  });
});

describe('no false stale', () => {
  it('a stale paragraph with one word changed after the pull is reviewed: current', async () => {
    const p = await englishWaiting();
    await p.setValue(FILE, 'two', TWO_OLD_EDIT);
    pull(p);
    await p.setValue(FILE, 'two', TWO_OLD_EDIT.replace('uddybe', 'styrke'));
    expect(await twoAfterExtract(p)).toEqual({ status: 'translated', from: TWO_V2 });
  });

  it('a translation written after the pull, seen by a command, then a trailing space: current', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(FILE, 'two', TWO_NEW);
    await p.statuses('da');
    await p.setValue(FILE, 'two', `${TWO_NEW} `);
    expect(await twoAfterExtract(p)).toEqual({ status: 'translated', from: TWO_V2 });
  });

  it('a current paragraph re-saved with white space changed stays current, with the hooks and without', async () => {
    for (const hooks of [true, false]) {
      const origin = await translatedRepo();
      const p = await gitProject({ cloneOf: origin, hooks });
      const text = (await p.json(FILE)) as Record<string, string>;
      await p.setValue(FILE, 'one', `${text['one'] ?? ''}\n`);
      const run = await p.extract();
      expect(run.code, run.err).toBe(0);
      expect(await p.statuses('da'), `hooks: ${hooks}`).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated' });
    }
  });
});
