import { execFile, spawn } from 'node:child_process';

/** Run git in `cwd`; resolves with stdout, or undefined when git fails (no repository, no such revision). */
export function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
}

/**
 * Read many `revision:path` objects with one `git cat-file --batch`: a history walk reads a file at
 * every commit that touched it, and one process per read would dominate the run.
 */
export function readObjects(cwd: string, specs: readonly string[]): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(specs)];
  const out = new Map<string, string | undefined>();
  if (unique.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', () => {
      const data = Buffer.concat(chunks);
      let at = 0;
      for (const spec of unique) {
        const end = data.indexOf(0x0a, at);
        if (end < 0) break;
        const header = data.subarray(at, end).toString('utf8');
        at = end + 1;
        const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1];
        if (size === undefined) {
          out.set(spec, undefined);
          continue;
        }
        out.set(spec, data.subarray(at, at + Number(size)).toString('utf8'));
        at += Number(size) + 1;
      }
      resolve(out);
    });
    child.stdin.end(unique.map((s) => `${s}\n`).join(''));
  });
}
