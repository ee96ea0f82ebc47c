import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './root.ts';

/**
 * `npm run serve` as a program (tsx src/commands/serve.ts with `argv`, in `cwd`): its address once it says where it
 * listens, and what stops it. Fails if it exits first.
 */
export async function startServe(
  argv: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ url: string; stop(): void }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/commands/serve.ts'), ...argv], {
    cwd: options.cwd,
    env: options.env ?? process.env,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    return { url, stop: () => void child.kill() };
  } catch (error) {
    child.kill();
    throw error;
  }
}
