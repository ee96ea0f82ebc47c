import { describe, expect, it } from 'vitest';
import { judgeWrite, type WriteFacts } from '../../src/core/state/judge-write.ts';

/** The rules on facts alone: which English a translation the sync state does not vouch for answers to. */
const NOW = 'They agreed to strengthen the defence cooperation further.';
const OLD = 'They agreed to deepen the defence cooperation.';

const TEXT = 'De blev enige om at uddybe forsvarssamarbejdet.';
const facts = (more: Partial<WriteFacts>): WriteFacts => ({ text: TEXT, english: NOW, recorded: [], introductions: [], ...more });
const written = { record: 7, brought: false, englishBefore: NOW, englishAt: NOW };

describe('judgeWrite', () => {
  it('takes a sync state that recorded this very text against the English of now, wherever it is', () => {
    const judged = judgeWrite(facts({ recorded: [{ from: NOW, unverified: false, where: 'commit 1a2b3c4' }] }));
    expect(judged).toMatchObject({ english: NOW, kind: 'recorded' });
    expect(judged.source).toContain('commit 1a2b3c4');
  });

  it('takes a record against another English as what the text answers to, over anything this working tree saw', () => {
    expect(judgeWrite(facts({ recorded: [{ from: OLD, unverified: false, where: 'the index' }], sighting: written }))).toMatchObject({
      english: OLD,
      kind: 'older',
    });
  });

  it('ignores a record that says it does not know (unverified)', () => {
    expect(judgeWrite(facts({ recorded: [{ from: NOW, unverified: true, where: 'commit 1' }] })).english).toBeUndefined();
  });

  it('a commit that held the text beside another English: it answers to that one', () => {
    const judged = judgeWrite(facts({ introductions: [{ commit: 'abcdef1234', english: OLD, made: 'stash' }], sighting: written }));
    expect(judged).toMatchObject({ english: OLD, kind: 'older' });
    expect(judged.source).toContain('abcdef1');
  });

  it('a commit made elsewhere that brought the text without a sync state shows nothing, whatever its English', () => {
    expect(
      judgeWrite(facts({ introductions: [{ commit: 'c0ffee', english: NOW, made: 'elsewhere' }], sighting: written })).english,
    ).toBeUndefined();
  });

  it('text first seen here, at a record where the English already was the English of now, was written against it', () => {
    expect(judgeWrite(facts({ sighting: written, introductions: [{ commit: 'c', english: NOW, made: 'here' }] }))).toMatchObject({
      english: NOW,
      kind: 'written',
    });
  });

  it('no record, a text that arrived with a git operation, or English that changed around it: nothing shows', () => {
    expect(judgeWrite(facts({})).english).toBeUndefined();
    expect(judgeWrite(facts({ sighting: { ...written, brought: true } })).english).toBeUndefined();
    expect(judgeWrite(facts({ sighting: { ...written, englishBefore: OLD } })).english).toBeUndefined();
    expect(judgeWrite(facts({ sighting: { ...written, englishBefore: undefined } })).english).toBeUndefined();
    expect(judgeWrite(facts({ sighting: { ...written, englishAt: OLD } })).english).toBeUndefined();
  });

  it('carries the text before the change and the change, for telling a replacement from an edit', () => {
    expect(judgeWrite(facts({ sighting: written, before: 'Før.', change: 'record 7' }))).toMatchObject({
      before: 'Før.',
      change: 'record 7',
    });
  });
});

describe('judgeWrite: a text that changes no word of the one before it is judged as that one', () => {
  const spaced = `${TEXT} `;
  const staleBefore = facts({ recorded: [{ from: OLD, unverified: false, where: 'commit 1a2b3c4' }] });

  it("written here after the English arrived, white space only: it keeps the earlier text's older English", () => {
    const judged = judgeWrite(facts({ text: spaced, sighting: written, before: TEXT, change: 'record 7', earlier: staleBefore }));
    expect(judged).toMatchObject({ english: OLD, kind: 'older', before: TEXT, change: 'record 7' });
    expect(judged.source).toMatch(/^only white space changed since the text before it: the sync state of commit 1a2b3c4/);
  });

  it("an earlier text that nothing showed the English of: nothing shows this one's either", () => {
    expect(judgeWrite(facts({ text: spaced, sighting: written, before: TEXT, earlier: facts({}) })).english).toBeUndefined();
  });

  it('no record of this one, a current earlier text: current (no false stale)', () => {
    const current = facts({ recorded: [{ from: NOW, unverified: false, where: 'commit 1' }] });
    expect(judgeWrite(facts({ text: spaced, before: TEXT, earlier: current }))).toMatchObject({ english: NOW, kind: 'recorded' });
  });

  it('a word changed, or evidence of its own in history: its own judgement', () => {
    const reworded = 'De blev enige om at styrke forsvarssamarbejdet.';
    expect(judgeWrite(facts({ text: reworded, sighting: written, before: TEXT, earlier: staleBefore }))).toMatchObject({
      english: NOW,
      kind: 'written',
    });
    const recorded = facts({ text: spaced, recorded: [{ from: NOW, unverified: false, where: 'the index' }], before: TEXT });
    expect(judgeWrite({ ...recorded, earlier: staleBefore })).toMatchObject({ english: NOW, kind: 'recorded' });
  });

  it('facts about another text than the one before it are not used', () => {
    const other = { ...staleBefore, text: 'Noget andet.' };
    expect(judgeWrite(facts({ text: spaced, sighting: written, before: TEXT, earlier: other }))).toMatchObject({ english: NOW });
  });
});

describe('judgeWrite: a text with the words of another its key held is judged as that one, whatever came between', () => {
  const spaced = `${TEXT} `;
  const placeholder = facts({ text: 'TODO', sighting: written });
  const stale = facts({ text: TEXT, sighting: { ...written, englishBefore: OLD } });
  const current = facts({ text: `  ${TEXT}`, recorded: [{ from: NOW, unverified: false, where: 'commit 1' }] });

  it('a stale text among them: stale, with its English', () => {
    const judged = judgeWrite(facts({ text: spaced, sighting: written, before: 'TODO', earlier: placeholder, alike: [stale] }));
    expect(judged.english).toBeUndefined();
    expect(judged).toMatchObject({ before: 'TODO' });
    expect(judged.source).toMatch(/^only white space changed since a text it held before: the English changed around/);
    const older = facts({ text: TEXT, introductions: [{ commit: 'abcdef1234', english: OLD, made: 'elsewhere' }] });
    expect(judgeWrite(facts({ text: spaced, sighting: written, alike: [older] }))).toMatchObject({ english: OLD, kind: 'older' });
  });

  it('one a sync state recorded against the English of now vouches for the words (no false stale)', () => {
    expect(judgeWrite(facts({ text: spaced, sighting: written, alike: [stale, current] }))).toMatchObject({
      english: NOW,
      kind: 'recorded',
    });
  });

  it('one vouched for against the English of now, this very text recorded against another: current (N10)', () => {
    const recordedOld = facts({ recorded: [{ from: OLD, unverified: false, where: 'commit 1a2b3c4' }], alike: [current] });
    expect(judgeWrite(recordedOld)).toMatchObject({ english: NOW, kind: 'recorded' });
    expect(judgeWrite({ ...recordedOld, alike: [stale] })).toMatchObject({ english: OLD, kind: 'older' });
  });

  it('all of them current: current; a word changed: its own judgement', () => {
    const typed = facts({ text: TEXT, sighting: written });
    expect(judgeWrite(facts({ text: spaced, alike: [typed] }))).toMatchObject({ english: NOW, kind: 'written' });
    const reworded = 'De blev enige om at styrke forsvarssamarbejdet.';
    expect(judgeWrite(facts({ text: reworded, sighting: written, alike: [stale] }))).toMatchObject({ english: NOW, kind: 'written' });
  });
});

describe('judgeWrite: the words are judged together, by their first appearance (hostile-git R1)', () => {
  const spaced = `${TEXT} `;
  const placeholder = facts({ text: 'TODO', sighting: { ...written, record: 3 } });
  // As the shell gathers them: the spaced copy's own alike texts leave out the text being judged.
  const spacedCopy = facts({ text: spaced, sighting: { ...written, record: 4 }, before: 'TODO', earlier: placeholder });
  const seenBesideOld = { ...written, record: 2, englishBefore: OLD };

  it('the exact stale text put back after its spaced copy, typed after the English arrived, was judged: stale', () => {
    const judged = judgeWrite(facts({ sighting: seenBesideOld, before: 'TODO', earlier: placeholder, alike: [spacedCopy] }));
    expect(judged.english).toBeUndefined();
    expect(judged.source).toMatch(/^the English changed around the time it was written \(record 2\)/);
  });

  it('a copy of the words typed later reviews nothing, whichever copy is on disk and in whatever order they are gathered', () => {
    const stale = facts({ text: TEXT, sighting: seenBesideOld });
    const twice = facts({ text: `${TEXT}  `, sighting: { ...written, record: 6 }, alike: [spacedCopy, stale] });
    expect(judgeWrite(twice).english).toBeUndefined();
    expect(
      judgeWrite(facts({ text: `${TEXT}  `, sighting: { ...written, record: 6 }, alike: [{ ...spacedCopy, alike: [stale] }] })).english,
    ).toBeUndefined();
  });

  it('words first written here after the English arrived stay current when a copy of them comes later by git (no false stale)', () => {
    const first = facts({ text: TEXT, sighting: { ...written, record: 2 } });
    const brought = { ...written, record: 5, brought: true };
    expect(judgeWrite(facts({ text: spaced, sighting: brought, alike: [first] }))).toMatchObject({ english: NOW, kind: 'written' });
    expect(judgeWrite({ ...first, alike: [facts({ text: spaced, sighting: brought })] })).toMatchObject({ english: NOW, kind: 'written' });
  });

  it('a word changed after all that: a review, current (no false stale)', () => {
    const reworded = 'De blev enige om at styrke forsvarssamarbejdet.';
    const stale = facts({ text: TEXT, sighting: seenBesideOld, alike: [spacedCopy] });
    expect(judgeWrite(facts({ text: reworded, sighting: { ...written, record: 8 }, before: TEXT, earlier: stale }))).toMatchObject({
      english: NOW,
      kind: 'written',
    });
  });
});
