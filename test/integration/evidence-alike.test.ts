import { describe, expect, it } from 'vitest';
import {
  colleagueBranch,
  DA_FILE,
  editedBeforePull,
  expectTwoCurrent,
  expectTwoStale,
  reviseEnglishOnMain,
} from '../support/evidence-scenario.ts';
import { gitProject, translatedRepo, TWO_NEW, TWO_OLD_EDIT, type GitProject } from '../support/git-project.ts';

/**
 * A text whose words are those of a text its key held before is that text, whatever came in between:
 * the records keep the words-fingerprint (and the text) of every value they sight, brought or typed
 * here, so white space added to a stale text stays stale however it came back (hostile-git N1: from a
 * colleague's branch; N2: after a placeholder). Real git, real hooks.
 */

/** Danish `two` edited against the old English, the pull, then a placeholder a command saw. */
async function placeholderBetween(): Promise<GitProject> {
  const p = await editedBeforePull(TWO_OLD_EDIT);
  await p.setValue(DA_FILE, 'two', 'TODO');
  await p.statuses('da');
  return p;
}

/** placeholderBetween, then the text pasted back with a space and extracted (stale), then the placeholder again, seen. */
async function spacedThenPlaceholder(): Promise<GitProject> {
  const p = await placeholderBetween();
  await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
  await expectTwoStale(p);
  await p.setValue(DA_FILE, 'two', 'TODO');
  await p.statuses('da');
  return p;
}

describe('a stale text back with white space added, from wherever it came (hostile-git N1, N2)', () => {
  it("restored from a colleague's branch (git restore --source), then one trailing space (n06c): stale", async () => {
    const p = await colleagueBranch();
    p.git('restore', '--source=origin/da-old', DA_FILE);
    expect((await p.statuses('da'))['doc:two']).toBe('stale');
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await expectTwoStale(p);
  });

  it("taken from a colleague's branch (git checkout BRANCH -- FILE), then two spaces (n06c): stale", async () => {
    const p = await colleagueBranch();
    p.git('checkout', 'origin/da-old', '--', DA_FILE);
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace(' ', '   '));
    await expectTwoStale(p);
  });

  it('cut, a placeholder a command saw, then pasted back with a trailing space (n09b): stale', async () => {
    const p = await placeholderBetween();
    await p.setValue(DA_FILE, 'two', `${TWO_OLD_EDIT} `);
    await expectTwoStale(p);
  });

  it('pasted back with a space and extracted, a placeholder again, then pasted back exactly (n09b, R1): stale', async () => {
    const p = await spacedThenPlaceholder();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT);
    await expectTwoStale(p);
  });

  it('pasted back with a soft hyphen or a zero-width space, which change no word a reader sees (N4): stale', async () => {
    const p = await placeholderBetween();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace('forsvars', 'forsvars\u00ad').replace('om ', 'om\u200b '));
    await expectTwoStale(p);
  });
});

describe('no false stale', () => {
  it('pasted back after the placeholder with one word changed: a review, current', async () => {
    const p = await placeholderBetween();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace('uddybe', 'styrke'));
    await expectTwoCurrent(p);
  });

  it('after the spaced copy and a placeholder, pasted back with one word changed: a review, current', async () => {
    const p = await spacedThenPlaceholder();
    await p.setValue(DA_FILE, 'two', TWO_OLD_EDIT.replace('uddybe', 'styrke'));
    await expectTwoCurrent(p);
  });

  it("a translation written after the pull, a colleague's copy with a space pulled, then the space taken out: current", async () => {
    const origin = await translatedRepo();
    const p = await gitProject({ cloneOf: origin });
    await reviseEnglishOnMain(origin);
    p.git('pull', '-q', '--ff-only');
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await p.statuses('da');
    p.commitAll('Danish two, no extract');
    origin.git('pull', '-q', '--ff-only', p.dir, 'main');
    await origin.setValue(DA_FILE, 'two', `${TWO_NEW} `);
    origin.commitAll('colleague: a formatter, no extract');
    p.git('pull', '-q', '--ff-only');
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await expectTwoCurrent(p);
  });

  it('a translation written after the pull, a placeholder, then the translation back with a space: current', async () => {
    const p = await placeholderBetween();
    await p.setValue(DA_FILE, 'two', TWO_NEW);
    await p.statuses('da');
    await p.setValue(DA_FILE, 'two', 'TODO');
    await p.statuses('da');
    await p.setValue(DA_FILE, 'two', `${TWO_NEW}\n`);
    await expectTwoCurrent(p);
  });
});
