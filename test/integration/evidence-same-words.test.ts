import { describe, expect, it } from 'vitest';
import { DA_FILE, editedBeforePull, englishWaiting, expectTwoCurrent, expectTwoStale, pull } from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_NEW, TWO_OLD_EDIT } from '../support/git-project.ts';

/**
 * A change that alters no word (white space added, removed or doubled) reviews nothing: a stale
 * paragraph so changed stays stale, a current one stays current (hostile-git D4, s33_tiny_edit).
 * A change of one word is a review. Real git, real hooks.
 */
describe('a change of white space only reviews nothing', () => {
  it('an edit made against the old English, pulled over, then one trailing space (s33_tiny_edit): stale', async () => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await expectTwoStale(p);
    expect(await p.read(DA_FILE)).toContain(`${TWO_OLD_EDIT} "`);
  });

  it('a committed translation gone stale with the pull, its spaces doubled and a line break added: stale', async () => {
    const p = await englishWaiting();
    pull(p);
    const text = (await p.json(DA_FILE)) as Record<string, string>;
    await p.setValue(DA_FILE, 'two', ` ${(text['two'] ?? '').replaceAll(' ', '  ').replace('om', 'om\n')}`);
    await expectTwoStale(p);
  });

  it('several such changes in turn, a command run between them: still stale', async () => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await p.statuses('da');
    await p.setValue(DA_FILE, 'two', `  ${TWO_OLD_EDIT}  `);
    await expectTwoStale(p);
  });
});

describe('no false stale', () => {
  it('a stale paragraph with one word changed after the pull is reviewed: current', async () => {
    const p = await editedBeforePull(TWO_OLD_EDIT);
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace('uddybe', 'styrke'));
    await expectTwoCurrent(p);
  });

  it('a translation written after the pull, seen by a command, then a trailing space: current', async () => {
    const p = await englishWaiting();
    pull(p);
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await p.statuses('da');
    await p.setValue(DA_FILE, 'two', `${TWO_NEW} `);
    await expectTwoCurrent(p);
  });

  it.each([true, false])('a current paragraph re-saved with white space changed stays current (hooks: %s)', async (hooks) => {
    const p = await gitProject({ cloneOf: await translatedRepo(), hooks });
    const text = (await p.json(DA_FILE)) as Record<string, string>;
    await p.setValue(DA_FILE, 'one', `${text['one'] ?? ''}\n`);
    const run = await p.extract();
    expect(run.code, run.err).toBe(0);
    expect(await p.statuses('da')).toMatchObject({ 'doc:one': 'translated', 'doc:two': 'translated' });
  });
});
