import type { WriteEvidence } from './evidence.ts';
import { sameWords } from './same-words.ts';

/**
 * Everything known about a translation the working tree's sync state does not vouch for (edited since
 * the last sync, taken from elsewhere, never recorded), gathered by the shell from git and from the
 * records this working tree keeps (src/node/records). Facts about content, never about time: no file
 * date and no commit date takes part.
 */
export interface WriteFacts {
  /** The translation judged. */
  readonly text: string;
  /** The English of the key now. */
  readonly english: string;
  /**
   * Sync states anywhere in history (any commit, the index, a stash), the working tree's as the run
   * read it, and obsolete stores that record this very text: each is a judgement a command made when
   * it wrote that state.
   */
  readonly recorded: readonly { readonly from?: string; readonly unverified: boolean; readonly where: string }[];
  /** The commits that brought the text into history (none of their parents held it under this key). */
  readonly introductions: readonly Introduction[];
  /** The first record of this working tree that saw the text; undefined when none did. */
  readonly sighting?: Sighting;
  /** The text before this change, and the change, for telling a replacement across entries from an edit. */
  readonly before?: string;
  readonly change?: string;
  /**
   * The facts about `before` (its text), wanted when this text changes no word of it (sameWords): such
   * a change reviews nothing, so unless the text has evidence of its own in history it answers to what
   * `before` does.
   */
  readonly earlier?: WriteFacts;
  /**
   * The facts about the other texts this key is known to have held with the same words (the records'
   * words-fingerprints), whatever came between them and this one: a placeholder, a text from another
   * branch. This one is no review of their words either.
   */
  readonly alike?: readonly WriteFacts[];
}

export interface Introduction {
  readonly commit: string;
  /** The English of the key in that commit (locales/en); undefined when the key had none there. */
  readonly english: string | undefined;
  /** Made in this working tree (a `git commit` the hooks saw), by `git stash`, or anywhere else. */
  readonly made: 'here' | 'stash' | 'elsewhere';
}

export interface Sighting {
  readonly record: number;
  /** Arrived with that record's git operation (a checkout, merge, rebase, reset, a file taken from a commit). */
  readonly brought: boolean;
  /** The English of the key at the record before it (undefined: no record before), and at it. */
  readonly englishBefore: string | null | undefined;
  readonly englishAt: string | null | undefined;
}

const short = (id: string): string => id.slice(0, 7);

/**
 * Which English a translation answers to, from content alone. In order:
 * 1. a sync state that recorded this text as made from, or confirmed against, the English of now: current;
 * 2. a sync state that recorded it against another English, or a commit that held it beside another
 *    English: it answers to that one (stale, with that English for the diff);
 * 3. this working tree's records: the text was first seen here, not brought by a git operation, at a
 *    record where the English was already the English of now, as it was at the record before, so it
 *    was written against it; and no commit made elsewhere brought it: current;
 * 4. anything else shows nothing: it needs review.
 * But a text that changes no word of the one before it (white space only), or of any other text its
 * key is known to have held, is no review: it is judged with all those texts, as one set of words,
 * whichever of them is on disk now. A sync state that recorded one of them against the English of now
 * vouches for the words (also over another English this very text was recorded against: a confirmation
 * of the words is a review of them); else one that answers to another English makes them stale; else the words'
 * first appearance decides: the text of them the records saw first (a text no record saw, of which
 * nothing is known, may be older than any) was written here against the English of now, or they are
 * stale. A later copy of the words, typed after the English arrived, reviews nothing; a copy brought
 * later by git takes nothing from words written here before it.
 */
export function judgeWrite(facts: WriteFacts): WriteEvidence {
  const change = { ...(facts.before === undefined ? {} : { before: facts.before }), ...(facts.change ? { change: facts.change } : {}) };
  const own = judgeOwn(facts, change);
  if (own.kind === 'recorded') return own;
  const judged = sameWordsAs(facts).map(({ other, since }) => ({ other, since, evidence: judgeOwn(other, {}) }));
  // Words confirmed against the English of now are right for it, whatever English this copy was once recorded against.
  const vouched = judged.find((j) => j.evidence.kind === 'recorded');
  if (own.kind === 'older' && !vouched) return own;
  const chosen =
    vouched ??
    judged.find((j) => j.evidence.kind === 'older') ??
    judged.find((j) => !j.other.sighting && j.evidence.english === undefined) ??
    firstAppearance([{ other: facts, since: '', evidence: own }, ...judged]);
  if (!chosen || chosen.other === facts) return own;
  return { ...chosen.evidence, ...change, source: `only white space changed since ${chosen.since}: ${chosen.evidence.source}` };
}

interface Judged {
  readonly other: WriteFacts;
  readonly since: string;
  readonly evidence: WriteEvidence;
}

/** The text of these words the records saw first; of two seen at the same record, one that shows nothing. */
function firstAppearance(judged: readonly Judged[]): Judged | undefined {
  const seen = judged.filter((j) => j.other.sighting !== undefined);
  const first = Math.min(...seen.map((j) => j.other.sighting?.record ?? Infinity));
  const at = seen.filter((j) => j.other.sighting?.record === first);
  return at.find((j) => j.evidence.english === undefined) ?? at[0];
}

/**
 * Every other text with this one's words among the facts gathered about it: the text before it, the
 * texts its key held, and theirs in turn (each once).
 */
function sameWordsAs(facts: WriteFacts): { other: WriteFacts; since: string }[] {
  const out: { other: WriteFacts; since: string }[] = [];
  const texts = new Set([facts.text]);
  const visit = (of: WriteFacts, beforeIt: string): void => {
    const before = of.earlier && of.earlier.text === of.before ? [{ other: of.earlier, since: beforeIt }] : [];
    const held = (of.alike ?? []).map((other) => ({ other, since: 'a text it held before' }));
    for (const next of [...before, ...held]) {
      if (texts.has(next.other.text) || !sameWords(next.other.text, facts.text)) continue;
      texts.add(next.other.text);
      out.push(next);
      visit(next.other, 'a text it held before');
    }
  };
  visit(facts, 'the text before it');
  return out;
}

function judgeOwn(facts: WriteFacts, change: Pick<WriteEvidence, 'before' | 'change'>): WriteEvidence {
  const vouching = facts.recorded.find((r) => !r.unverified && r.from === facts.english);
  if (vouching) return { ...change, english: facts.english, kind: 'recorded', source: `the sync state of ${vouching.where} records it` };
  const older = facts.recorded.find((r) => !r.unverified && r.from !== undefined);
  if (older?.from !== undefined)
    return { ...change, english: older.from, kind: 'older', source: `the sync state of ${older.where} records it against another English` };
  const beside = facts.introductions.find((i) => i.english !== undefined && i.english !== facts.english);
  if (beside?.english !== undefined)
    return { ...change, english: beside.english, kind: 'older', source: `commit ${short(beside.commit)} holds it beside another English` };
  const orphan = facts.introductions.find((i) => i.english === undefined);
  if (orphan) return { ...change, source: `commit ${short(orphan.commit)} holds it where the paragraph had no English` };
  const foreign = facts.introductions.find((i) => i.made === 'elsewhere');
  if (foreign)
    return {
      ...change,
      source: `commit ${short(foreign.commit)}, made elsewhere without a sync state for it, brought it: nothing shows its English`,
    };
  const seen = facts.sighting;
  if (!seen) return { ...change, source: 'no record of this working tree shows when it was written' };
  if (seen.brought) return { ...change, source: `it arrived with a git operation (record ${seen.record}) that no sync state vouches for` };
  if (seen.englishBefore !== facts.english || seen.englishAt !== facts.english)
    return { ...change, source: `the English changed around the time it was written (record ${seen.record}): which came first is unknown` };
  return { ...change, english: facts.english, kind: 'written', source: `written here after this English arrived (record ${seen.record})` };
}
