import { withLineEndingsOf } from '../common/line-endings.ts';
import type { ProjectFiles } from '../locale/loaders.ts';
import type { EntryState, SyncState } from '../state/state.ts';

/**
 * Whether two catalogs or sync states are the same, entry for entry and in the same order: then they
 * are written out the same (formatCatalog, formatState), so a file known to hold the one as written
 * holds the other.
 */
export function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [key, value] of a) {
    const next = other.next();
    if (next.done === true || next.value[0] !== key || !same(value, next.value[1])) return false;
  }
  return true;
}

const sameList = (x: readonly string[] | undefined, y: readonly string[] | undefined): boolean =>
  (x ?? []).join('\u0000') === (y ?? []).join('\u0000');

const sameEntry = (x: EntryState, y: EntryState): boolean =>
  x.from === y.from &&
  x.seen === y.seen &&
  x.unverified === y.unverified &&
  sameList(x.also, y.also) &&
  (x.align === y.align || JSON.stringify(x.align) === JSON.stringify(y.align));

export function sameState(a: SyncState, b: SyncState): boolean {
  return (
    sameEntries(a.entries, b.entries, sameEntry) &&
    sameEntries(a.obsolete, b.obsolete, (x, y) => x.translation === y.translation && x.from === y.from && sameList(x.also, y.also))
  );
}

/** Keep a file's new content only when it differs from what is there: large projects hold less in memory. */
export function emitter(files: ProjectFiles, writes: Map<string, string | null>, read: Map<string, string | null>) {
  return (path: string, written: string | null): boolean => {
    const current = files.get(path) ?? null;
    const content = written === null ? null : withLineEndingsOf(current, written);
    if (content === current) return false;
    writes.set(path, content);
    read.set(path, current);
    return true;
  };
}

/**
 * Write out what a plan holds for a file (`format`) unless the file holds it already: known to be as
 * written (`known`, by the shell's cache) with the plan's content `unchanged` from what was read, or
 * written out and compared. A file found as written from what was read goes into `asWritten`.
 */
export function keeper(emit: ReturnType<typeof emitter>, known: ReadonlySet<string>, asWritten: string[]) {
  return (path: string, unchanged: boolean, format: () => string): void => {
    const changed = known.has(path) && unchanged ? false : emit(path, format());
    if (!changed && unchanged) asWritten.push(path);
  };
}
