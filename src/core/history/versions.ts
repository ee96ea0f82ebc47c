import type { Catalog } from '../common/catalog.ts';
import { entryStatus } from '../state/entry-status.ts';
import type { SyncState } from '../state/state.ts';

import type { BlockKind, ChangeKind, ShownStatus } from '../wire/history-data.ts';

/** One language version of the document as published at one commit. */
export interface VersionText {
  readonly blocks: readonly { readonly id: string; readonly kind: BlockKind }[];
  /** The English of each block then. */
  readonly english: Catalog;
  /** The translation of each block then ('' untranslated); the English version: the English. */
  readonly translation: Catalog;
  readonly status: ReadonlyMap<string, ShownStatus>;
  /** The meeting date that fills `{{date}}`. */
  readonly date: string;
}

export interface BlockChange {
  readonly id: string;
  readonly kinds: readonly ChangeKind[];
}

export interface Version {
  /** The stable address segment: the day and the commit (`2026-12-03-ad3121a4f0`). */
  readonly id: string;
  readonly commit: string;
  readonly date: string;
  readonly time: string;
  /** 1 for the oldest version known. */
  readonly number: number;
  readonly text: VersionText;
  /** Against the version before; the first known version has none (it is where the record starts). */
  readonly changes: readonly BlockChange[];
}

export interface Snapshot {
  readonly commit: string;
  readonly date: string;
  readonly time: string;
  readonly text: VersionText;
}

const versionId = (date: string, commit: string): string => `${date}-${commit.slice(0, 10)}`;

/** What a reader is shown for a block of a translation with this state: the rule of entry-status.ts. */
export function shownStatus(key: string, english: string, translation: string, state: SyncState): ShownStatus {
  const status = entryStatus({
    english,
    translation,
    entry: state.entries.get(key),
    // Copied English shows as English; the checks of the time are not re-run on old versions.
    usable: translation.trim() !== '' && translation !== english,
  });
  return status === 'obsolete' ? 'untranslated' : status;
}

function changesBetween(before: VersionText, after: VersionText, source: boolean): BlockChange[] {
  const changes: BlockChange[] = [];
  const ids = [...after.blocks.map((b) => b.id), ...before.blocks.map((b) => b.id).filter((id) => !after.english.has(id))];
  for (const id of ids) {
    const kinds: ChangeKind[] = [];
    const [oldEnglish, newEnglish] = [before.english.get(id), after.english.get(id)];
    if (oldEnglish === undefined && newEnglish !== undefined) kinds.push('added');
    else if (oldEnglish !== undefined && newEnglish === undefined) kinds.push('removed');
    else if (oldEnglish !== newEnglish) kinds.push('english');
    if (!source && newEnglish !== undefined) kinds.push(...translationChange(id, before, after, kinds.includes('english')));
    if (kinds.length > 0) changes.push({ id, kinds });
  }
  return changes;
}

function translationChange(id: string, before: VersionText, after: VersionText, englishChanged: boolean): ChangeKind[] {
  const [oldText, newText] = [before.translation.get(id) ?? '', after.translation.get(id) ?? ''];
  const [oldStatus, newStatus] = [before.status.get(id), after.status.get(id)];
  if (newStatus === 'untranslated') return [];
  if (oldText !== newText) {
    if (!oldText || oldStatus === 'untranslated' || oldStatus === undefined) return ['translated'];
    return (englishChanged || oldStatus === 'stale') && newStatus === 'translated' ? ['revised-for-english'] : ['revised'];
  }
  if (oldStatus === 'stale' && newStatus === 'translated') return ['confirmed'];
  if (englishChanged && newStatus === 'stale') return ['awaiting'];
  return [];
}

/**
 * The versions of one language from the snapshots of the commits that touched its files (oldest first):
 * only those in which a reader sees a change become versions, each with what changed and why. `base`:
 * the text before the first snapshot, where that is known but not its date (a shallow clone's boundary).
 */
export function versionsOf(snapshots: readonly Snapshot[], options: { readonly source: boolean; readonly base?: VersionText }): Version[] {
  const { source } = options;
  const versions: Version[] = [];
  let previous: VersionText | undefined = options.base;
  for (const snapshot of snapshots) {
    const changes = previous ? changesBetween(previous, snapshot.text, source) : [];
    if (previous && changes.length === 0 && snapshot.text.date === previous.date) continue;
    versions.push({
      id: versionId(snapshot.date, snapshot.commit),
      commit: snapshot.commit,
      date: snapshot.date,
      time: snapshot.time,
      number: versions.length + 1,
      text: snapshot.text,
      changes,
    });
    previous = snapshot.text;
  }
  return versions;
}
