import { vouchesFor, type EntryState } from './state.ts';
import { wordDiff } from '../report/word-diff.ts';

/**
 * What is known about the change that wrote a translation's present text: which English it answers
 * to, and how that is known. judgeWrite (judge-write.ts) decides it from facts the shell gathers
 * (src/node/git-evidence.ts: sync states in history, commits, this working tree's records).
 */
export interface WriteEvidence {
  /** The English the text answers to; undefined when nothing shows it. */
  readonly english?: string;
  /**
   * How `english` is known: a sync state recorded it (`recorded`), the text was written here after
   * that English arrived (`written`), or the text was made or kept beside an older English (`older`).
   */
  readonly kind?: 'recorded' | 'written' | 'older';
  /** The translation before that change ('' for none); undefined when unknown. */
  readonly before?: string;
  /** The change that wrote it (a commit id, or the working tree): edits of one change are judged together. */
  readonly change?: string;
  /** How it was found, for reports: "the sync state of commit 1a2b3c4 records it", "written here after this English arrived (record 12)". */
  readonly source: string;
}

/** Evidence by `namespace:key` for one language. */
export type LanguageEvidence = ReadonlyMap<string, WriteEvidence>;

/** The changed runs of an edit, as "removed\0added" signatures. */
function hunks(before: string, after: string): string[] {
  const out: string[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed || added) out.push(`${removed.trim()}\u0000${added.trim()}`);
    removed = '';
    added = '';
  };
  for (const part of wordDiff(before, after)) {
    if (part.kind === 'same') flush();
    else if (part.kind === 'removed') removed += part.text;
    else added += part.text;
  }
  flush();
  return out;
}

export interface Rewrite {
  readonly id: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
}

/**
 * The rewrites that are one replacement applied across several entries (a search and replace, a
 * glossary change), not a translator's work on this entry: every run it changes is changed the
 * same way in another entry by the same change. Such a rewrite reviews nothing.
 */
export function replacementsAcross(rewrites: readonly Rewrite[]): Set<string> {
  const byChange = new Map<string, { id: string; hunks: string[] }[]>();
  for (const r of rewrites) {
    if (r.before === '' || r.before === r.after) continue;
    const list = byChange.get(r.change) ?? [];
    list.push({ id: r.id, hunks: hunks(r.before, r.after) });
    byChange.set(r.change, list);
  }
  const mechanical = new Set<string>();
  for (const edits of byChange.values()) {
    for (const edit of edits) {
      const shared = edit.hunks.every((h) => edits.some((other) => other !== edit && other.hunks.includes(h)));
      if (edit.hunks.length > 0 && shared) mechanical.add(edit.id);
    }
  }
  return mechanical;
}

export interface RewriteJudgement {
  /** What the state recorded for the entry before the rewrite, if anything. */
  readonly previous: EntryState | undefined;
  readonly evidence: WriteEvidence | undefined;
  /** True when the rewrite is a replacement across entries (see replacementsAcross). */
  readonly replacement: boolean;
}

/**
 * Which English a rewritten (or never recorded) translation answers to: the one the evidence shows.
 * But a text written here that is one replacement across entries (a search and replace) reviews
 * nothing, so it leaves a stale entry stale; and without evidence the entry needs review, keeping the
 * best-known English for the diff. A sync state's record is final: it was judged when it was written.
 */
export function answersTo(j: RewriteJudgement): Omit<EntryState, 'seen'> {
  const known = j.previous?.from === undefined ? {} : { from: j.previous.from };
  const english = j.evidence?.english;
  if (english === undefined) return { ...known, unverified: true };
  const wasCurrent = j.previous !== undefined && vouchesFor(j.previous, english);
  if (j.replacement && j.evidence?.kind !== 'recorded' && j.previous && !wasCurrent)
    return j.previous.unverified ? { ...known, unverified: true } : known;
  return { from: english };
}
