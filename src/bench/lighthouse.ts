import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { LanguageCode } from '../languages.ts';
import { CHROMIUM_FLAGS, findChromium } from '../node/chromium.ts';

/** Lighthouse runs of bench:web: scores, paint and blocking times, layout shift, bytes by kind on first load. */
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FLAGS = ['--headless', ...CHROMIUM_FLAGS];

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseFigures {
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

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

export function lighthouseLines(pages: Readonly<Record<string, Record<FormFactor, LighthouseFigures>>>, runs: number): string[] {
  if (Object.keys(pages).length === 0) return [];
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
  return [...lines, ''];
}

/** Lighthouse on every language page, mobile and desktop, the median of `runs` runs each. */
export async function lighthousePages(
  base: string,
  languages: readonly LanguageCode[],
  runs: number,
): Promise<Record<string, Record<FormFactor, LighthouseFigures>>> {
  const scratch = await mkdtemp(join(tmpdir(), 'lh-'));
  const pages: Record<string, Record<FormFactor, LighthouseFigures>> = {};
  try {
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
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return pages;
}
