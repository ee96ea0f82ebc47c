import { parseFeed } from '@rowanmanning/feed-parser';
import { execFileSync } from 'node:child_process';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, open } from './browser.ts';
import { startDevServer } from './dev-site.ts';
import { copyProject } from './fixture-site.ts';
import { ROOT } from '../support/root.ts';

/** The development server serves the pages the build writes from git and the glossary, rendered on request. */
describeInBrowser('history and glossary pages in the development server', (browser) => {
  let server: ViteDevServer;
  let dir: string;
  let url: string;
  let commit: string;
  const ui = async (language: string): Promise<{ history: { title: string }; glossary: { title: string; sources: string } }> =>
    JSON.parse(await readFile(join(dir, `locales/${language}/record.json`), 'utf8')) as {
      history: { title: string };
      glossary: { title: string; sources: string };
    };

  beforeAll(async () => {
    dir = await copyProject(ROOT);
    // A repository with one commit on a known day: the history has one version, the feed one entry.
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-25T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-25T10:00:00Z' },
      }).trim();
    await writeFile(join(dir, '.gitignore'), 'node_modules\n.vite-cache\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'The declaration and its translations');
    commit = git('rev-parse', 'HEAD');
    ({ server, url } = await startDevServer(dir, browser()));
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('leads from the reader to the history, a past version and back, as the built site does', async () => {
    const { page, errors, close } = await open(browser(), `${url}/da/`);
    const strings = await ui('da');
    await page.locator('a[href="/da/history/"]').first().click();
    await page.waitForURL(`${url}/da/history/`);
    expect(await page.locator('h1').textContent()).toContain(strings.history.title);
    expect(await page.locator('.history time').first().getAttribute('datetime')).toBe('2026-11-25');
    const feedHref = await page.locator('link[type="application/atom+xml"]').getAttribute('href');
    expect(feedHref).toBe('/da/history/feed.atom');
    const version = page.locator(`.history a[href^="/da/history/2026-11-25-${commit.slice(0, 6)}"]`).first();
    await version.click();
    await page.waitForURL(`${url}/da/history/2026-11-25-*/`);
    expect(await page.locator('.version-notice').textContent()).toContain(new URL(page.url()).pathname);
    expect(await page.locator('li.paragraph').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
    const feed = parseFeed(await (await fetch(`${url}${feedHref ?? ''}`)).text());
    expect(feed.items).toHaveLength(1);
  });

  it('shows the glossary with its sources, and a change to locales/glossary.json on the next request', async () => {
    const { page, errors, close } = await open(browser(), `${url}/fi/`);
    const strings = await ui('fi');
    await page.locator('a[href="/fi/glossary/"]').first().click();
    await page.waitForURL(`${url}/fi/glossary/`);
    expect(await page.locator('h1').textContent()).toBe(strings.glossary.title);
    expect(await page.locator('#glossary-sources').textContent()).toBe(strings.glossary.sources);
    const glossary = JSON.parse(await readFile(join(dir, 'locales/glossary.json'), 'utf8')) as { terms: { note?: string }[] };
    const count = glossary.terms.length;
    expect(await page.locator('.glossary-term').count()).toBe(count);
    const note = glossary.terms[0]?.note ?? '';
    glossary.terms[0] = { ...glossary.terms[0], note: `${note} Changed in the development server.` };
    await writeFile(join(dir, 'locales/glossary.json'), `${JSON.stringify(glossary, null, 2)}\n`);
    await page.reload();
    expect(await page.locator('main').textContent()).toContain('Changed in the development server.');
    expect(errors).toEqual([]);
    await close();
  });

  it('leaves every other address to the app: an unknown version is the not-found page, not a blank one', async () => {
    const response = await fetch(`${url}/da/history/2020-01-01-abcdef/`);
    expect(await response.text()).not.toContain('class="version-notice"');
  });

  it('answers a feed with 404 where git knows no history (no repository), as the built site does', async () => {
    await rename(join(dir, '.git'), join(dir, '.git-away'));
    try {
      expect((await fetch(`${url}/da/history/feed.atom`)).status).toBe(404);
      // The history says it is unknown, in the page's language, instead of inventing dates.
      const unknown = (JSON.parse(await readFile(join(dir, 'locales/da/record.json'), 'utf8')) as { history: { unknown: string } }).history
        .unknown;
      const { page, close } = await open(browser(), `${url}/da/history/`);
      expect(await page.locator('.notice[role="note"]').first().textContent()).toBe(unknown);
      expect(await page.locator('.history time').count()).toBe(0);
      await close();
    } finally {
      await rename(join(dir, '.git-away'), join(dir, '.git'));
    }
  });
});
