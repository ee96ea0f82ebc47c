import type { Catalog } from '../common/catalog.ts';
import { entryStatus } from '../state/entry-status.ts';
import { answersTo, type WriteEvidence } from '../state/evidence.ts';
import { textFingerprint } from '../common/hash.ts';
import { confirmedEntry, type EntryState, type EntryStatus, type ObsoleteEntry, type SyncState } from '../state/state.ts';

export interface SyncInput {
  /** The English catalog as extracted now. */
  readonly english: Catalog;
  /** The English catalog the previous sync ran against (locales/en before this run), for the report only. */
  readonly previousEnglish: Catalog;
  /** The translation file as the translator left it. */
  readonly target: Catalog;
  /** The state the previous sync wrote. */
  readonly state: SyncState;
  /**
   * What history shows about translations the state does not vouch for (rewritten since the last sync,
   * or never recorded). Without it such a translation needs review.
   */
  readonly evidence?: (key: string) => WriteEvidence | undefined;
  /** Keys whose rewrite is one replacement applied across entries (see evidence.ts). */
  readonly replacements?: ReadonlySet<string>;
  /**
   * False for a translation that may not count as one: it fails validation against the English it
   * answers to, or it is the English copied. Called with the English the translation answers to.
   */
  readonly usable?: (key: string, translation: string, from: string | undefined) => boolean;
  /** Keys whose stale translation a translator confirmed as still right (e.g. after an English typo fix). */
  readonly confirm?: ReadonlySet<string>;
  /** Drop the obsolete store instead of carrying it forward. */
  readonly prune?: boolean;
}

export type Previous = EntryStatus | 'new';

export interface SyncReportEntry {
  readonly key: string;
  readonly status: EntryStatus;
  /** Status before this sync, so a report can say what changed ("translated" -> "stale"). */
  readonly previous: Previous;
  /** For stale entries: the English the translation was made from, when known. */
  readonly from?: string;
  /** For stale entries: the English now. */
  readonly to?: string;
  readonly translation?: string;
  /** Stale because nothing shows which English the translation was made from. */
  readonly unverified?: true;
  /** Untranslated although there is a text: it fails validation or is the English copied. */
  readonly unusable?: true;
  /** Set when this sync dropped an obsolete entry because pruning was asked for. */
  readonly pruned?: boolean;
}

export interface SyncResult {
  readonly target: Catalog;
  readonly state: SyncState;
  readonly report: readonly SyncReportEntry[];
  /** Translations the state does not vouch for and no evidence was given for: what the shell should look up. */
  readonly unvouched: readonly string[];
}

function previousStatus(key: string, input: SyncInput): Previous {
  if (input.state.obsolete.has(key)) return 'obsolete';
  const before = input.previousEnglish.get(key);
  if (before === undefined) return 'new';
  return entryStatus({ english: before, translation: input.target.get(key) ?? '', entry: input.state.entries.get(key), usable: true });
}

/**
 * Bring one language's catalog in line with the English. Pure: the same input gives the same output.
 * Translations are keyed by id only, so no edit to the English can attach one to another paragraph;
 * none is ever dropped (removed keys go to the obsolete store unless `prune` is set).
 */
export function syncCatalog(input: SyncInput): SyncResult {
  const target = new Map<string, string>();
  const entries = new Map<string, EntryState>();
  const obsolete = new Map<string, ObsoleteEntry>(input.state.obsolete);
  const report: SyncReportEntry[] = [];
  const unvouched: string[] = [];

  for (const [key, english] of input.english) {
    const previous = previousStatus(key, input);
    const { translation, entry: restored } = takeFromStore(key, input, obsolete);
    target.set(key, translation);
    if (!translation) {
      report.push({ key, status: 'untranslated', previous });
      continue;
    }
    const seen = textFingerprint(translation);
    const found = restored ?? vouchedEntry({ key, seen, input, unvouched });
    const state: EntryState = input.confirm?.has(key) ? confirmedEntry(input.state.entries.get(key), english, seen) : { ...found, seen };
    entries.set(key, state);
    report.push(liveReport({ key, english, translation, state, previous, input }));
  }

  for (const [key, translation] of input.target) {
    if (input.english.has(key) || !translation) continue;
    const entry = input.state.entries.get(key);
    const from = entry?.from ?? input.previousEnglish.get(key);
    const vouched = entry !== undefined && !entry.unverified && entry.seen === textFingerprint(translation);
    obsolete.set(key, {
      translation,
      ...(from === undefined ? {} : { from }),
      ...(vouched && entry.also ? { also: entry.also } : {}),
      ...(vouched ? {} : { unverified: true as const }),
    });
  }
  report.push(...obsoleteReport(obsolete, input));

  return {
    target,
    state: { entries, obsolete: input.prune ? new Map() : obsolete },
    report,
    unvouched,
  };
}

type Answer = Omit<EntryState, 'seen'>;

/**
 * A live key's translation, and what it answers to when the obsolete store decides it; the store
 * loses the key either way.
 */
function takeFromStore(
  key: string,
  input: SyncInput,
  obsolete: Map<string, ObsoleteEntry>,
): { translation: string; entry: Answer | undefined } {
  const translation = input.target.get(key) ?? '';
  const stored = obsolete.get(key);
  if (!stored) return { translation, entry: undefined };
  obsolete.delete(key);
  // The paragraph came back (an undone deletion): its translation returns with it, with the standing
  // it had when it left (a text the state did not vouch for comes back stale, never current).
  if (!translation) return { translation: stored.translation, entry: storedAnswer(stored) };
  // A live paragraph's translation (put back by hand, or written anew) supersedes the stored one:
  // keeping both would list the key as live and obsolete at once (a duplicate msgctxt in PO).
  // Put back as it was, the store's record of its English still holds, if the state vouched for it;
  // else history decides, as for any text the state does not vouch for.
  if (translation === stored.translation && stored.from !== undefined && !stored.unverified && input.state.entries.get(key) === undefined)
    return { translation, entry: { from: stored.from, ...(stored.also ? { also: stored.also } : {}) } };
  return { translation, entry: undefined };
}

function storedAnswer(stored: ObsoleteEntry): Answer {
  if (stored.from === undefined) return { unverified: true };
  return { from: stored.from, ...(stored.also ? { also: stored.also } : {}), ...(stored.unverified ? { unverified: true as const } : {}) };
}

/** What the state records for the translation as it is, or else what history shows (noting a key nothing vouches for). */
function vouchedEntry(args: { key: string; seen: string; input: SyncInput; unvouched: string[] }): Answer {
  const { key, seen, input } = args;
  const recorded = input.state.entries.get(key);
  if (recorded?.seen === seen) return recorded;
  const evidence = input.evidence?.(key);
  if (!evidence) args.unvouched.push(key);
  return answersTo({ previous: recorded, evidence, replacement: input.replacements?.has(key) ?? false });
}

function liveReport(args: {
  key: string;
  english: string;
  translation: string;
  state: EntryState;
  previous: Previous;
  input: SyncInput;
}): SyncReportEntry {
  const { key, english, translation, state, previous } = args;
  const usable = args.input.usable?.(key, translation, state.unverified ? undefined : state.from) ?? true;
  const status = entryStatus({ english, translation, entry: state, usable });
  const flags = { ...(state.unverified ? { unverified: true as const } : {}), ...(usable ? {} : { unusable: true as const }) };
  if (status === 'stale')
    return { key, status, previous, ...(state.from === undefined ? {} : { from: state.from }), to: english, translation, ...flags };
  return { key, status, previous, translation, ...flags };
}

function obsoleteReport(obsolete: ReadonlyMap<string, ObsoleteEntry>, input: SyncInput): SyncReportEntry[] {
  return [...obsolete].map(([key, entry]) => ({
    key,
    status: 'obsolete',
    previous: input.state.obsolete.has(key) ? 'obsolete' : previousStatus(key, input),
    translation: entry.translation,
    ...(entry.from === undefined ? {} : { from: entry.from }),
    ...(input.prune ? { pruned: true } : {}),
  }));
}
