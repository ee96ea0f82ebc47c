/** Types of records.mjs (plain JavaScript, so that git hooks run it without a TypeScript start-up). */
export declare const SOURCE: string;
export declare function fingerprint(text: string): string;
/** The fingerprint of a text's words as the white-space rule reads them (src/core/state/words.mjs). */
export declare function wordsFingerprint(text: string): string;
export declare function contentKey(path: string, text: string): string;
export declare function catalogOf(raw: string | Buffer | undefined): Map<string, string> | undefined;
export interface Sighting {
  /** The record that first saw the value. */
  readonly seq: number;
  /** True when it arrived with that record's move (checkout, merge, rebase, reset, files taken from a commit). */
  readonly brought: boolean;
  /** Its words-fingerprint (wordsFingerprint); undefined for a brought value an older record saw. */
  readonly words?: string;
}
export interface Records {
  readonly count: number;
  /** By `namespace:key`: [record, fingerprint of the English] whenever a record saw it change (null: no such key). */
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
export declare function foldRecords(text: string | Buffer): Records;
/** The fingerprint of a key's English as record `seq` found it (null: no such key; undefined: no record said). */
export declare function englishAt(records: Records, key: string, seq: number): string | null | undefined;
/** The text of a sighted value (by `language:namespace:key` and fingerprint), when the records kept it. */
export declare function textOf(records: Records, id: string, fingerprint: string): string | undefined;
export declare function locate(root: string): Promise<{
  readonly log: string;
  readonly git: { readonly gitDir: string; readonly commonDir: string; readonly prefix: string } | undefined;
}>;
export declare function readRecords(log: string, records?: Records): Promise<Records>;
