import { execFile } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { CHROMIUM_FLAGS, findChromium, launchChromium } from '../node/chromium.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { listen, staticHandler } from '../site/static-server.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FLAGS = ['--headless', ...CHROMIUM_FLAGS];

type FormFactor = 'mobile' | 'desktop';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseFigures {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly bytes: Record<'html' | 'css' | 'js' | 'data' | 'other', number>;
}

interface LighthouseReport {
  readonly categories: Record<string, { readonly score: number | null }>;
  readonly audits: Record<
    string,
    {
      readonly numericValue?: number;
      readonly details?: {
        readonly items?: readonly { readonly url: string; readonly transferSize?: number; readonly resourceType?: string }[];
      };
    }
  >;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function kindOf(url: string, resourceType: string | undefined): keyof LighthouseFigures['bytes'] {
  if (resourceType === 'Document') return 'html';
  if (resourceType === 'Stylesheet') return 'css';
  if (/\/assets\/[\w-]+\.json$/.test(url)) return 'data';
  if (resourceType === 'Script') return 'js';
  return 'other';
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) on a loaded machine: such a run
 * measured nothing, so it is run again, and the retry is reported rather than hidden.
 */
async function lighthouse(url: string, formFactor: FormFactor, out: string, attempts = 3): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, formFactor, out);
    } catch (error) {
      if (attempt >= attempts) throw error;
      process.stderr.write(
        `  retrying ${url} ${formFactor} (attempt ${attempt} failed: ${(error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.includes('Runtime error')) ?? 'see above'})\n`,
      );
    }
  }
}

async function lighthouseOnce(url: string, formFactor: FormFactor, out: string): Promise<LighthouseFigures> {
  const profile = await mkdtemp(join(tmpdir(), 'lh-profile-'));
  const found = await findChromium();
  if (!found) throw new Error('No Chromium for Lighthouse: apt-get install chromium, or npm ci (it brings @sparticuz/chromium)');
  const args = [
    url,
    `--chrome-flags=${[...FLAGS, ...found.args, `--user-data-dir=${profile}`].join(' ')}`,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  // Asynchronous on purpose: the static server answering Lighthouse lives in this process.
  try {
    await run(join(ROOT, 'node_modules/.bin/lighthouse'), args, {
      env: { ...process.env, ...found.env, CHROME_PATH: found.executablePath },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`lighthouse failed for ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const report = JSON.parse(await readFile(out, 'utf8')) as LighthouseReport;
  const numeric = (id: string): number => report.audits[id]?.numericValue ?? Number.NaN;
  const bytes = { html: 0, css: 0, js: 0, data: 0, other: 0 };
  for (const item of report.audits['network-requests']?.details?.items ?? [])
    bytes[kindOf(item.url, item.resourceType)] += item.transferSize ?? 0;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  ) as LighthouseFigures['scores'];
  return {
    scores,
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    bytes,
  };
}

function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const pick = <T>(f: (r: LighthouseFigures) => T) => runs.map(f);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(pick((r) => r.scores[c]))])) as LighthouseFigures['scores'],
    fcpMs: median(pick((r) => r.fcpMs)),
    lcpMs: median(pick((r) => r.lcpMs)),
    tbtMs: median(pick((r) => r.tbtMs)),
    cls: median(pick((r) => r.cls)),
    bytes: {
      html: median(pick((r) => r.bytes.html)),
      css: median(pick((r) => r.bytes.css)),
      js: median(pick((r) => r.bytes.js)),
      data: median(pick((r) => r.bytes.data)),
      other: median(pick((r) => r.bytes.other)),
    },
  };
}

interface SwitchFigures {
  readonly from: LanguageCode;
  readonly to: LanguageCode;
  readonly bytes: number;
  readonly requests: readonly string[];
  readonly ms: number;
  readonly hydrationBytes: number;
}

/** In a real browser: interact (React loads), then switch language and count what the switch fetched. */
async function languageSwitches(base: string, targets: readonly LanguageCode[]): Promise<SwitchFigures[]> {
  const browser = await launchChromium();
  const results: SwitchFigures[] = [];
  for (const to of targets) {
    const from: LanguageCode = to === 'en' ? 'da' : 'en';
    const page = await browser.newPage();
    const fetched: { url: string; size: Promise<number> }[] = [];
    page.on('requestfinished', (request) =>
      fetched.push({ url: request.url(), size: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) }),
    );
    await page.goto(`${base}/${from}/`, { waitUntil: 'networkidle' });
    const firstLoad = fetched.length;
    await page.mouse.move(3, 3);
    await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')));
    await page.waitForLoadState('networkidle');
    const hydrationBytes = (await Promise.all(fetched.slice(firstLoad).map((f) => f.size))).reduce((a, b) => a + b, 0);
    const before = fetched.length;
    const started = Date.now();
    await page.locator(`nav a[lang="${to}"]`).click();
    await page.waitForFunction(
      (code) => document.documentElement.lang === code && document.querySelector('main')?.getAttribute('aria-busy') === 'false',
      to,
    );
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const switched = fetched.slice(before).filter((f) => !f.url.endsWith('/favicon.svg'));
    const bytes = (await Promise.all(switched.map((f) => f.size))).reduce((a, b) => a + b, 0);
    results.push({ from, to, bytes, requests: switched.map((f) => new URL(f.url).pathname), ms, hydrationBytes });
    await page.close();
  }
  await browser.close();
  return results;
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

const USAGE = `Usage: npm run bench:web -- [options]

Build the site, serve it on 127.0.0.1 and measure every language page with Lighthouse (mobile and
desktop, median of the runs), the bytes transferred by kind, and a language switch in Chromium.
Prints a table and writes the figures as JSON.

  --runs N      Lighthouse runs per page and form factor (default 3)
  --lang LANG   only this language (repeatable; en included)
  --no-build    measure dist/ as it is
  --out FILE    where the figures go (default bench-results/web.json)
  -h, --help    this text

Exit codes: 0 every budget met; 1 a budget missed; 2 bad options.`;

const SPEC = commandSpec({
  name: 'bench:web',
  usage: USAGE,
  languageList: LANGUAGE_CODES,
  options: {
    ...LANGUAGE_OPTION,
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/web.json' },
  },
});

async function main(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const { values } = cli;
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    env.err(`bench:web: --runs takes a whole number of runs, at least 1, not "${values.runs}"`);
    return EXIT.broken;
  }
  const languages = cli.languages;
  // The build needs the address (SITE_URL), so the server listens first; but sirv lists the files once, when
  // it is made, and a rebuilt page of another size would then be cut short: the site is served once built.
  const serving: { site?: RequestListener } = {};
  const server = createServer((request, response) => (serving.site ? serving.site(request, response) : response.writeHead(503).end()));
  const base = await listen(server, 0);
  if (!values['no-build']) {
    process.stdout.write(`building for ${base} ...\n`);
    await run('npm', ['run', '-s', 'build'], { cwd: ROOT, env: { ...process.env, SITE_URL: base }, maxBuffer: 64 * 1024 * 1024 });
  }
  serving.site = staticHandler(join(ROOT, 'dist'));
  const scratch = await mkdtemp(join(tmpdir(), 'lh-'));
  const pages: Record<string, Record<FormFactor, LighthouseFigures>> = {};
  for (const language of languages) {
    const byForm = {} as Record<FormFactor, LighthouseFigures>;
    for (const form of ['mobile', 'desktop'] as const) {
      const figures: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++)
        figures.push(await lighthouse(`${base}/${language}/`, form, join(scratch, `${language}-${form}-${i}.json`)));
      byForm[form] = medianFigures(figures);
      process.stdout.write(`  /${language}/ ${form}: ${CATEGORIES.map((c) => byForm[form].scores[c]).join('/')}\n`);
    }
    pages[language] = byForm;
  }
  const switches = await languageSwitches(base, languages);
  server.close();
  await rm(scratch, { recursive: true, force: true });

  const lines = [
    `Lighthouse 12.2.3, Debian Chromium, median of ${runs}; bytes as transferred (brotli) on first load, before any interaction`,
    '',
    '| page | form | perf | a11y | best pr. | SEO | FCP ms | LCP ms | TBT ms | CLS | HTML KB | CSS KB | JS KB | data KB | total KB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [language, byForm] of Object.entries(pages)) {
    for (const form of ['mobile', 'desktop'] as const) {
      const f = byForm[form];
      const total = f.bytes.html + f.bytes.css + f.bytes.js + f.bytes.data + f.bytes.other;
      lines.push(
        `| /${language}/ | ${form} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores['best-practices']} | ${f.scores.seo} | ${f.fcpMs.toFixed(0)} | ${f.lcpMs.toFixed(0)} | ${f.tbtMs.toFixed(0)} | ${f.cls.toFixed(3)} | ${kb(f.bytes.html)} | ${kb(f.bytes.css)} | ${kb(f.bytes.js)} | ${kb(f.bytes.data)} | ${kb(total)} |`,
      );
    }
  }
  lines.push('', '| switch | fetched | KB | ms | React etc. loaded on first interaction, KB |', '|---|---|---|---|---|');
  for (const s of switches)
    lines.push(
      `| ${s.from} -> ${s.to} | ${s.requests.join(', ') || '(none: English is bundled)'} | ${kb(s.bytes)} | ${s.ms} | ${kb(s.hydrationBytes)} |`,
    );

  const failures: string[] = [];
  for (const [language, byForm] of Object.entries(pages)) {
    const m = byForm.mobile;
    for (const c of CATEGORIES) if (m.scores[c] < 100) failures.push(`/${language}/ mobile ${c} ${m.scores[c]} < 100`);
    if (m.cls > 0) failures.push(`/${language}/ layout shift ${m.cls}`);
    const total = m.bytes.html + m.bytes.css + m.bytes.js + m.bytes.data + m.bytes.other;
    if (total > 100_000) failures.push(`/${language}/ first load ${kb(total)} KB > 100 KB`);
  }
  for (const s of switches) {
    if (s.bytes >= 8000) failures.push(`switch ${s.from} -> ${s.to} fetched ${kb(s.bytes)} KB >= 8 KB`);
    // English is bundled with the app, so switching to it fetches nothing; any other language fetches its own chunk only.
    const expected = s.to === SOURCE_LANGUAGE ? 0 : 1;
    if (s.requests.length !== expected || s.requests.some((r) => !r.includes(`/assets/${s.to}-`)))
      failures.push(`switch ${s.from} -> ${s.to} fetched ${s.requests.join(', ') || 'nothing'}`);
  }
  lines.push(
    '',
    failures.length === 0
      ? 'Budgets: all met (mobile 100/100/100/100, no layout shift, first load <= 100 KB, switch < 8 KB of that language only).'
      : `Budgets NOT met:\n- ${failures.join('\n- ')}`,
  );
  process.stdout.write(`\n${lines.join('\n')}\n`);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(resolve(ROOT, values.out), `${JSON.stringify({ base, runs, pages, switches, failures }, null, 2)}\n`);
  process.stdout.write(`\nFigures written to ${values.out}\n`);
  return failures.length === 0 ? 0 : 1;
}

await runIfMain(import.meta.url, 'bench:web', main);
