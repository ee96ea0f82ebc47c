import { planExtraction, type ExtractionPlan, type ExtractOptions, type ProjectSnapshot } from '../core/sync/extraction.ts';
import type { Problem } from '../core/common/problems.ts';
import { gatherEvidence } from './git-evidence.ts';
import type { ContentRead } from './plan-cache.ts';
import { runGit } from './records/git.mjs';
import type { Location, Records } from './records/records.mjs';
import { takeRecord } from './records/take-record.mjs';

export interface PlanOptions extends Omit<ExtractOptions, 'evidence'> {
  /**
   * The command planning, to take a record of what the working tree holds first (see
   * src/node/records): a command's run is a record point like a checkout, so an edit made after it
   * is known to be later than the English it saw. Left out by readers that run often (the build,
   * the development server).
   */
  readonly record?: string;
  /**
   * Given the records the command's record returned, for a later record of the same run (recordRun's
   * `after`), and what the run had read of the locale files (recordRun's `contents`).
   */
  readonly recorded?: (records: Records, contents?: ReadonlyMap<string, ContentRead>) => void;
}

/** What a command read of the locale files, for its record: their texts, or their contents' keys (see recordRun). */
export interface RecordedReads {
  readonly files?: ReadonlyMap<string, string>;
  readonly contents?: ReadonlyMap<string, ContentRead> | undefined;
  /** Where git keeps this project's things, when the command has asked already. */
  readonly where?: Location;
}

/**
 * The extraction plan with evidence for the translations the sync state does not vouch for. Two
 * passes only when needed: the first names those translations, the evidence is gathered for them
 * alone, the second judges them. Every command that reports or writes a status plans this way.
 */
export async function planProject(root: string, snapshot: ProjectSnapshot, options: PlanOptions = {}): Promise<ExtractionPlan> {
  return planInPasses(
    root,
    (extractOptions) => Promise.resolve(planExtraction(snapshot, extractOptions)),
    options,
    () => ({
      files: snapshot.locales,
    }),
  );
}

/**
 * planProject's passes with another way of planning one (extract's, a namespace at a time:
 * plan-in-parts.ts); `read`, what the first pass read of the locale files, for the record.
 */
export async function planInPasses(
  root: string,
  pass: (options: ExtractOptions) => Promise<ExtractionPlan>,
  options: PlanOptions,
  read: () => RecordedReads = () => ({}),
): Promise<ExtractionPlan> {
  const { record, recorded, ...extractOptions } = options;
  const first = await pass(extractOptions);
  // Broken input is refused with nothing written, the record included.
  if (first.fatal.length > 0) return first;
  const reads = read();
  const records = record === undefined ? undefined : await recordRun(root, record, reads);
  if (records) recorded?.(records, reads.contents);
  if (first.unvouched.length === 0) return first;
  const evidence = await gatherEvidence(root, first, records);
  const plan = await pass({ ...extractOptions, evidence });
  return record !== undefined && (await withoutHooks(root)) ? { ...plan, warnings: [...plan.warnings, NO_HOOKS] } : plan;
}

const NO_HOOKS: Problem = {
  severity: 'warning',
  code: 'no-git-hooks',
  message:
    "this clone has not set up the project's git hooks (run npm install): an edit is then known to be later than a pull only if a command such as npm run status ran in between, and otherwise needs review",
};

/** A git working tree whose hooks are not this project's (npm install was not run, or ran with --ignore-scripts). */
async function withoutHooks(root: string): Promise<boolean> {
  if ((await runGit(root, ['rev-parse', '--git-dir'])) === undefined) return false;
  return !(await runGit(root, ['config', '--get', 'core.hooksPath']))?.trim().endsWith('.githooks');
}

/**
 * Take a record for a command (with `files`, of the texts it read, or `contents`, their keys, so that
 * what it read is not read again; `after`, the records an earlier record of this run returned, so that
 * only the log's lines since are read). A record that cannot be written (a read-only .git) is only
 * missed: later judgements are the more cautious for it.
 */
export async function recordRun(
  root: string,
  command: string,
  { files, contents, where, after }: RecordedReads & { readonly after?: Records } = {},
): Promise<Records | undefined> {
  try {
    const read = { ...(files ? { files } : {}), ...(contents ? { contents } : {}), ...(where ? { where } : {}) };
    return (await takeRecord(root, { hook: command, ...read, ...(after ? { records: after } : {}) })).records;
  } catch {
    return undefined;
  }
}
