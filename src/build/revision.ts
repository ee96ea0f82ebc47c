import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The day (YYYY-MM-DD) of the last commit touching any of `paths`, from git at build time; undefined
 * without history (an exported tarball, a shallow copy without those commits), so nothing false is claimed.
 */
export async function lastCommitDay(root: string, paths: readonly string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%cs', '--', ...paths], { cwd: root });
    const day = stdout.trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}
