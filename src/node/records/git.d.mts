/** Types of git.mjs (plain JavaScript: see records.d.mts). */
export declare function runGit(cwd: string, args: readonly string[]): Promise<string | undefined>;
export interface GitObject {
  readonly id: string;
  readonly type: string;
  /** Absent with `check` (--batch-check). */
  readonly content?: Buffer;
}
export declare function catFile(
  cwd: string,
  specs: readonly string[],
  options?: { readonly check?: boolean },
): Promise<Map<string, GitObject | undefined>>;
