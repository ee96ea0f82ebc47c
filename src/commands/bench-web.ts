import { execFile } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import { promisify } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { commandSpec, LANGUAGE_OPTION, parseCommand, runIfMain } from './shared/command.ts';
import { EXIT, type CommandEnvironment } from './shared/io.ts';
import { launchChromium } from '../node/chromium.ts';
import { CATEGORIES, lighthouseLines, lighthousePages, type FormFactor, type LighthouseFigures } from '../bench/lighthouse.ts';
import { firstTaps, type TapFigure } from '../bench/first-tap.ts';
import { languageSwitch, readingSession, type SessionFigures, type SwitchFigures } from '../bench/reader-session.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { listen, staticHandler } from '../site/static-server.ts';
import { numberOption } from './shared/numbers.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

const USAGE = `Usage: npm run bench:web -- [options]

Build the site, serve it on 127.0.0.1 and measure every language page with Lighthouse (mobile and
desktop, median of the runs), the bytes transferred by kind; and in Chromium a language switch, the
first tap on every control of a reading page on a slow phone (1.6 Mbps, 150 ms round trip, 4x CPU),
and the bytes of a reading session (open a page, scroll to the end, copy a paragraph's link).
Prints tables and writes the figures as JSON.

  --runs N      Lighthouse runs per page and form factor (default 3; 0 skips Lighthouse)
  --taps N      fresh pages per control for the first-tap figure, which is their median (default 3)
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
    taps: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/web.json' },
  },
});

interface BrowserFigures {
  readonly switches: readonly SwitchFigures[];
  readonly taps: Readonly<Record<string, readonly TapFigure[]>>;
  readonly sessions: Readonly<Record<string, SessionFigures>>;
}

/** In real Chromium: a language switch, the first tap on each control on a slow phone, and a reading session's bytes. */
async function measureInBrowser(base: string, languages: readonly LanguageCode[], tapRuns: number): Promise<BrowserFigures> {
  const browser = await launchChromium();
  const switches: SwitchFigures[] = [];
  const taps: Record<string, readonly TapFigure[]> = {};
  const sessions: Record<string, SessionFigures> = {};
  try {
    for (const language of languages) {
      switches.push(await languageSwitch(browser, base, language));
      taps[language] = await firstTaps(browser, base, language, tapRuns);
      sessions[language] = await readingSession(browser, base, language);
      const slowest = Math.max(...(taps[language] ?? []).map((t) => t.ms));
      process.stdout.write(`  /${language}/ slowest first tap ${slowest} ms, reading session ${kb(sessions[language]?.bytes ?? 0)} KB\n`);
    }
  } finally {
    await browser.close();
  }
  return { switches, taps, sessions };
}

function browserLines(figures: BrowserFigures): string[] {
  const lines = ['| switch | fetched | KB | ms to load |', '|---|---|---|---|'];
  for (const s of figures.switches) lines.push(`| ${s.from} -> ${s.to} | ${s.requests.join(', ')} | ${kb(s.bytes)} | ${s.ms} |`);
  const controls = [...new Set(Object.values(figures.taps).flatMap((list) => list.map((t) => t.control)))];
  const pages = Object.keys(figures.taps);
  const cell = (t: TapFigure | undefined): string => (t ? `${t.ms} (${t.runs[0]}–${t.runs.at(-1)})` : '–');
  lines.push(
    '',
    'First tap on a slow phone (1.6 Mbps, 150 ms RTT, 4x CPU), from the press to the next paint after the answer,',
    'ms: median (fastest–slowest) of fresh pages; the goal is 100 ms:',
    '',
    `| control | ${pages.map((language) => `/${language}/`).join(' | ')} |`,
    `|---|${pages.map(() => '---:').join('|')}|`,
  );
  for (const control of controls)
    lines.push(`| ${control} | ${pages.map((p) => cell(figures.taps[p]?.find((t) => t.control === control))).join(' | ')} |`);
  lines.push(
    '',
    "Of that, the page's own work: the click's listeners at their slowest (Event Timing processing time), ms; '<16' where",
    'the whole click took under 16 ms:',
    '',
    `| control | ${pages.map((language) => `/${language}/`).join(' | ')} |`,
    `|---|${pages.map(() => '---:').join('|')}|`,
  );
  const handlers = (t: TapFigure | undefined): string => (t ? String(t.handlers ?? '<16') : '–');
  for (const control of controls)
    lines.push(`| ${control} | ${pages.map((p) => handlers(figures.taps[p]?.find((t) => t.control === control))).join(' | ')} |`);
  lines.push(
    '',
    "Reading session (empty cache: open, scroll to the end, copy the last paragraph's link), bytes over the network",
    '(headers and bodies as transferred, with their encoding); the goal is 30 KB:',
    '',
  );
  lines.push('| page | KB | requests |', '|---|---|---|');
  for (const [language, session] of Object.entries(figures.sessions))
    lines.push(
      `| /${language}/ | ${kb(session.bytes)} | ${session.transfers.map((t) => `${t.path} ${kb(t.bytes)} ${t.encoding}`).join(', ')} |`,
    );
  return lines;
}

function budgetFailures(pages: Readonly<Record<string, Record<FormFactor, LighthouseFigures>>>, figures: BrowserFigures): string[] {
  const failures: string[] = [];
  for (const [language, byForm] of Object.entries(pages)) {
    const m = byForm.mobile;
    for (const c of CATEGORIES) if (m.scores[c] < 100) failures.push(`/${language}/ mobile ${c} ${m.scores[c]} < 100`);
    if (m.cls > 0) failures.push(`/${language}/ layout shift ${m.cls}`);
    const total = m.bytes.html + m.bytes.css + m.bytes.js + m.bytes.data + m.bytes.other;
    if (total > 100_000) failures.push(`/${language}/ first load ${kb(total)} KB > 100 KB`);
  }
  // A switch is the other language's page: its HTML, the stylesheet and the script already in the cache.
  for (const s of figures.switches) {
    if (s.bytes >= 8000) failures.push(`switch ${s.from} -> ${s.to} fetched ${kb(s.bytes)} KB >= 8 KB`);
    if (s.requests.length !== 1 || s.requests[0] !== `/${s.to}/`)
      failures.push(`switch ${s.from} -> ${s.to} fetched ${s.requests.join(', ')}`);
  }
  for (const [language, list] of Object.entries(figures.taps))
    for (const t of list) if (t.ms > 100) failures.push(`/${language}/ first tap on ${t.control} ${t.ms} ms > 100 ms`);
  for (const [language, session] of Object.entries(figures.sessions))
    if (session.bytes > 30_000) failures.push(`/${language}/ reading session ${kb(session.bytes)} KB > 30 KB`);
  return failures;
}

async function main(argv: readonly string[], env: CommandEnvironment): Promise<number> {
  const cli = parseCommand(SPEC, argv, env);
  if (!cli.ok) return cli.code;
  const { values } = cli;
  const runs = numberOption(values.runs, { min: 0, whole: true });
  if (runs === undefined) {
    env.err(`bench:web: --runs takes a whole number of Lighthouse runs (0: none), not "${values.runs}"`);
    return EXIT.broken;
  }
  const tapRuns = numberOption(values.taps, { min: 1, whole: true });
  if (tapRuns === undefined) {
    env.err(`bench:web: --taps takes a whole number of pages per control, at least 1, not "${values.taps}"`);
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
  const pages = runs > 0 ? await lighthousePages(base, languages, runs) : {};
  const figures = await measureInBrowser(base, languages, tapRuns);
  server.close();

  const failures = budgetFailures(pages, figures);
  const lines = [
    ...lighthouseLines(pages, runs),
    ...browserLines(figures),
    '',
    failures.length === 0
      ? 'Budgets: all met (mobile 100/100/100/100, no layout shift, first load <= 100 KB, switch < 8 KB of that page only, every first tap <= 100 ms on the slow phone, reading session <= 30 KB).'
      : `Budgets NOT met:\n- ${failures.join('\n- ')}`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(resolve(ROOT, values.out), `${JSON.stringify({ base, runs, pages, ...figures, failures }, null, 2)}\n`);
  process.stdout.write(`\nFigures written to ${values.out}\n`);
  return failures.length === 0 ? 0 : 1;
}

void runIfMain(import.meta.url, 'bench:web', main);
