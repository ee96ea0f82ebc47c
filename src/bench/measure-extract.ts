import { performance } from 'node:perf_hooks';
import { extract } from '../commands/extract.ts';
import { PLAIN } from '../core/report/render.ts';

// Child process of bench:extract: one extraction in the given directory, then its time and peak memory as JSON.
const [dir = '.', ...argv] = process.argv.slice(2);
const started = performance.now();
const code = await extract(argv, { cwd: dir, out: () => undefined, err: () => undefined, style: PLAIN });
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
