// Plain JavaScript, no dependencies: this runs inside git hooks, where a TypeScript start-up on every
// checkout would be felt. The tools import the same code, so a hook and a command read alike.
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { execFile, spawn } from 'node:child_process';

const ENV = { ...process.env, GIT_OPTIONAL_LOCKS: '0' };

/**
 * Run git in `cwd`; resolves with stdout, or undefined when git fails (no repository, no such revision).
 * @param {string} cwd
 * @param {readonly string[]} args
 * @returns {Promise<string | undefined>}
 */
export function runGit(cwd, args) {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: ENV }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/**
 * Ask one `git cat-file` process about many objects. With `check`, only "id type size" per spec
 * (--batch-check); otherwise the content too (--batch). A spec git cannot resolve maps to undefined.
 * @param {string} cwd
 * @param {readonly string[]} specs
 * @param {{ check?: boolean }} [options]
 * @returns {Promise<Map<string, { id: string, type: string, content?: Buffer } | undefined>>}
 */
export function catFile(cwd, specs, options = {}) {
  const unique = [...new Set(specs)];
  /** @type {Map<string, { id: string, type: string, content?: Buffer } | undefined>} */
  const out = new Map();
  if (unique.length === 0) return Promise.resolve(out);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', options.check ? '--batch-check' : '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: ENV,
    });
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    // A spec with a newline would desynchronise the answers: such a path is never asked about.
    child.stdin.on('error', () => undefined);
    child.on('close', () => {
      const data = Buffer.concat(chunks);
      let at = 0;
      for (const spec of unique) {
        const end = data.indexOf(0x0a, at);
        if (end < 0) break;
        const header = data.subarray(at, end).toString('utf8');
        at = end + 1;
        const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!match) {
          out.set(spec, undefined);
          continue;
        }
        const [, id = '', type = '', size = '0'] = match;
        if (options.check) {
          out.set(spec, { id, type });
          continue;
        }
        out.set(spec, { id, type, content: data.subarray(at, at + Number(size)) });
        at += Number(size) + 1;
      }
      resolve(out);
    });
    child.stdin.end(unique.map((s) => `${s}\n`).join(''));
  });
}
