import type { Catalog } from './catalog.ts';
import { fingerprint } from './hash.ts';
import type { EntryState, EntryStatus, ObsoleteEntry, SyncState } from './state.ts';

export interface SyncInput {
  /** The English catalog as extracted now. */
  readonly english: Catalog;
  /** The English catalog the previous sync ran against (locales/en before this run); empty on the first run. */
  readonly previousEnglish: Catalog;
  /** The translation file as the translator left it. */
  readonly target: Catalog;
  /** The state the previous sync wrote. */
  readonly state: SyncState;
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
  /** For stale entries: the English the translation was made from. */
  readonly from?: string;
  /** For stale entries: the English now. */
  readonly to?: string;
  readonly translation?: string;
  /** Set when this sync dropped an obsolete entry because pruning was asked for. */
  readonly pruned?: boolean;
}

export interface SyncResult {
  readonly target: Catalog;
  readonly state: SyncState;
  readonly report: readonly SyncReportEntry[];
}

function previousStatus(key: string, input: SyncInput): Previous {
  if (input.state.obsolete.has(key)) return 'obsolete';
  const before = input.previousEnglish.get(key);
  if (before === undefined) return 'new';
  const entry = input.state.entries.get(key);
  if (!entry || !input.target.get(key)) return 'untranslated';
  return entry.from === before ? 'translated' : 'stale';
}

/**
 * Which English a translation answers to. Unedited since the last sync: the English recorded then.
 * Edited (or new): the English that was current when the translator worked, i.e. at the last sync,
 * so an edit made while the English changed again is still flagged.
 */
function madeFrom(key: string, translation: string, english: string, input: SyncInput): string {
  const entry = input.state.entries.get(key);
  if (entry && entry.seen === fingerprint(translation)) return entry.from;
  return input.previousEnglish.get(key) ?? english;
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

  for (const [key, english] of input.english) {
    const previous = previousStatus(key, input);
    let translation = input.target.get(key) ?? '';
    let from: string | undefined;
    const stored = obsolete.get(key);
    if (!translation && stored) {
      // The paragraph came back (an undone deletion): its translation returns with it.
      translation = stored.translation;
      from = stored.from ?? english;
      obsolete.delete(key);
    } else if (stored) {
      // A live paragraph's translation (put back by hand, or written anew) supersedes the stored one:
      // keeping both would list the key as live and obsolete at once (a duplicate msgctxt in PO).
      obsolete.delete(key);
    }
    target.set(key, translation);
    if (!translation) {
      report.push({ key, status: 'untranslated', previous });
      continue;
    }
    from ??= madeFrom(key, translation, english, input);
    if (input.confirm?.has(key)) from = english;
    entries.set(key, { from, seen: fingerprint(translation) });
    const status = from === english ? 'translated' : 'stale';
    report.push(status === 'stale' ? { key, status, previous, from, to: english, translation } : { key, status, previous, translation });
  }

  for (const [key, translation] of input.target) {
    if (input.english.has(key) || !translation) continue;
    const entry = input.state.entries.get(key);
    const from = entry?.from ?? input.previousEnglish.get(key);
    obsolete.set(key, from === undefined ? { translation } : { translation, from });
  }

  for (const [key, entry] of obsolete) {
    const wasObsolete = input.state.obsolete.has(key);
    report.push({
      key,
      status: 'obsolete',
      previous: wasObsolete ? 'obsolete' : previousStatus(key, input),
      translation: entry.translation,
      ...(entry.from === undefined ? {} : { from: entry.from }),
      ...(input.prune ? { pruned: true } : {}),
    });
  }

  return {
    target,
    state: { entries, obsolete: input.prune ? new Map() : obsolete },
    report,
  };
}
