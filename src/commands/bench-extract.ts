import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LANGUAGE_CODES } from '../languages.ts';
import { flatten, type NestedCatalog } from '../core/common/catalog.ts';
import { writeCorpus } from '../bench/corpus.ts';
import { commandSpec, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';

interface Measurement {
  readonly code: number;
  readonly ms: number;
  readonly maxRssMiB: number;
  readonly wallMs: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** One extraction in a fresh process: wall time includes start-up, as a maintainer experiences it. */
function measure(dir: string, args: readonly string[] = []): Measurement {
  const started = performance.now();
  const child = spawnSync(TSX, [join(ROOT, 'src/bench/measure-extract.ts'), dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`extraction failed in ${dir}:\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '{}';
  return { ...(JSON.parse(line) as Omit<Measurement, 'wallMs'>), wallMs };
}

function row(label: string, entries: number, m: Measurement): string {
  return `| ${label.padEnd(62)} | ${String(entries).padStart(9)} | ${m.wallMs.toFixed(0).padStart(8)} | ${m.ms.toFixed(0).padStart(8)} | ${m.maxRssMiB.toFixed(0).padStart(8)} |`;
}

/** Edit every hundredth paragraph's English, as a maintainer's correction pass would. */
async function editEnglish(dir: string, documents: number): Promise<void> {
  for (let d = 0; d < documents; d += 10) {
    const path = join(dir, 'src/documents', `doc-${d}.md`);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/(<!-- id: p1 -->\n)([^\n]+)/, '$1$2 Revised.'));
  }
}

async function corpusRuns(label: string, documents: number, paragraphs: number, lines: string[]): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nordefco-bench-'));
  try {
    await writeCorpus(dir, documents, paragraphs);
    const entries = documents * paragraphs * 7;
    const first = measure(dir);
    lines.push(row(`${label}: first extraction (adopts all)`, entries, first));
    const again = measure(dir, ['--check']);
    lines.push(row(`${label}: --check, nothing changed`, entries, again));
    await editEnglish(dir, documents);
    const edited = measure(dir);
    lines.push(row(`${label}: after English edits`, entries, edited));
    return edited.ms;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const USAGE = `Usage: npm run bench:extract

Time and peak memory of the extraction in a fresh process: this project's --check, then generated
corpora of 100 and 1000 documents (first extraction, --check, after English edits). Prints a table.

  -h, --help    this text

Exit codes: 0 measured; 2 bad options; 3 an extraction failed.`;

const SPEC = commandSpec({ name: 'bench:extract', usage: USAGE, options: {} });

async function main(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const lines = [
    `| ${'run'.padEnd(62)} |   entries |  wall ms |  core ms | peak MiB |`,
    `|${'-'.repeat(64)}|-----------|----------|----------|----------|`,
  ];
  const real = await mkdtemp(join(tmpdir(), 'nordefco-bench-real-'));
  for (const entry of ['src', 'locales']) await cp(join(ROOT, entry), join(real, entry), { recursive: true });
  let keys = 0;
  for (const file of await readdir(join(real, 'locales/en')))
    keys += flatten(JSON.parse(await readFile(join(real, 'locales/en', file), 'utf8')) as NestedCatalog).size;
  lines.push(row('this project: extract --check', keys * LANGUAGE_CODES.length, measure(real, ['--check'])));
  await rm(real, { recursive: true, force: true });
  process.stdout.write(`${lines.join('\n')}\n`);
  const small = await corpusRuns('100 docs x 100 paragraphs x 7 languages', 100, 100, lines);
  process.stdout.write(`${lines.slice(-3).join('\n')}\n`);
  const large = await corpusRuns('1000 docs x 100 paragraphs x 7 languages', 1000, 100, lines);
  process.stdout.write(`${lines.slice(-3).join('\n')}\n`);
  process.stdout.write(`\nGrowth for 10x the corpus (core time after English edits): ${(large / small).toFixed(1)}x.\n`);
  return EXIT.ok;
}

await runIfMain(import.meta.url, 'bench:extract', main);
