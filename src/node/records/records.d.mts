/** Types of records.mjs (plain JavaScript, so that git hooks run it without a TypeScript start-up). */
export declare const SOURCE: string;
export declare function fingerprint(text: string): string;
export declare function contentKey(path: string, text: string): string;
export declare function catalogOf(raw: string | Buffer | undefined): Map<string, string> | undefined;
export interface Sighting {
  /** The record that first saw the value. */
  readonly seq: number;
  /** True when it arrived with that record's move (checkout, merge, rebase, reset, files taken from a commit). */
  readonly brought: boolean;
  /** The text itself, kept for a value typed here (not brought): what a later change of it rewrote. */
  readonly text?: string;
}
export interface Records {
  readonly count: number;
  /** By `namespace:key`: [record, English] whenever a record saw it change (null: no such key). */
  readonly english: ReadonlyMap<string, ReadonlyArray<readonly [number, string | null]>>;
  /** By `language:namespace:key`, then fingerprint: the first sighting of each value. */
  readonly seen: ReadonlyMap<string, ReadonlyMap<string, Sighting>>;
  /** Commits made in this working tree. */
  readonly local: ReadonlySet<string>;
  /** The translation files' contents (contentKey) whose every value a record sighted. */
  readonly files: ReadonlySet<string>;
  /** By English file path: the content (contentKey) the English of its keys stands at. */
  readonly englishFiles: ReadonlyMap<string, string>;
  /** How much of the log (bytes) is folded in. */
  readonly bytes: number;
}
export declare function foldRecords(text: string): Records;
export declare function englishAt(records: Records, key: string, seq: number): string | null | undefined;
export declare function locate(root: string): Promise<{
  readonly log: string;
  readonly git: { readonly gitDir: string; readonly commonDir: string; readonly prefix: string } | undefined;
}>;
export declare function readRecords(log: string, records?: Records): Promise<Records>;
