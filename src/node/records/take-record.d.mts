/** Types of take-record.mjs (plain JavaScript: see records.d.mts). */
import type { Records } from './records.mjs';
export declare function recordKind(hook: string, args: readonly string[], lastMove: string): 'moving' | 'files' | 'commit';
export interface RecordOptions {
  /** The hook, or the command, that takes the record ("post-merge", "npm run extract"). */
  readonly hook: string;
  readonly args?: readonly string[];
  readonly stdin?: string;
  /** The locale files' texts as the command read them, by path relative to the project. */
  readonly files?: ReadonlyMap<string, string>;
  /** What an earlier record of this run returned: only the log's lines after it are read. */
  readonly records?: Records;
}
export declare function takeRecord(root: string, options: RecordOptions): Promise<{ readonly records: Records; readonly git: boolean }>;
