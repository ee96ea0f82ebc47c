import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileVersion } from '../../src/node/save-translations.ts';
import { describeInBrowser, open } from './browser.ts';
import { startDevServer } from './dev-site.ts';
import { copyProject, fixtureEdit, type EnglishEdit } from './fixture-site.ts';
import { ROOT } from '../support/root.ts';

/** A raw POST to the save endpoint, with whatever headers a hostile page or tool could send. */
function post(
  base: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: { ok: boolean; message?: string } }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${base}/__translations/save`, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        // Vite's own host check may answer first, in plain text.
        const json = (response.headers['content-type'] ?? '').startsWith('application/json');
        resolve({
          status: response.statusCode ?? 0,
          body: json ? (JSON.parse(text) as { ok: boolean; message?: string }) : { ok: false, message: text },
        });
      });
    });
    request.on('error', (error) =>
      (error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET'
        ? undefined
        : reject(error),
    );
    request.end(body);
  });
}

/** The app has rendered (the dev server has no prerendered page: it renders on load). */
async function rendered(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"], main.review', { timeout: 30_000 });
}

describeInBrowser('editing through the development server', (browser) => {
  let server: ViteDevServer;
  let dir: string;
  let url: string;
  let edit: EnglishEdit;
  const tsx = (args: string[]): string => execFileSync(join(dir, 'node_modules/.bin/tsx'), args, { cwd: dir, encoding: 'utf8' });
  const read = (path: string): Promise<string> => readFile(join(dir, path), 'utf8');

  beforeAll(async () => {
    dir = await copyProject(ROOT);
    // The Norfolk paragraph's English changes after it was translated: stale in every language.
    edit = await fixtureEdit(dir);
    await writeFile(join(dir, 'src/documents/declaration.md'), edit.text);
    tsx(['src/commands/extract.ts', '--quiet']);
    ({ server, url } = await startDevServer(dir, browser()));
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves a translation edited in place: the file keeps its order and formatting, the page shows it as current without a reload, the sync state counts it', async () => {
    const { page, errors, close } = await open(browser(), `${url}/da/`);
    await rendered(page);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    expect(await page.locator('#norfolk .marker-stale').count()).toBe(1);
    const before = await read('locales/da/declaration.json');
    await page.locator('#norfolk .edit-button').click();
    const text =
      'Ministrene ser frem til yderligere at uddybe det militære samarbejde i de kommende år inden for rammerne af Joint Force Command Norfolk til støtte for NATO’s regionale indsats.';
    await page.locator('#norfolk textarea').fill(text);
    await page.locator('#norfolk button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('#norfolk .marker-stale') === null);
    expect(await page.locator('#norfolk .paragraph-body > p').first().textContent()).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const after = await read('locales/da/declaration.json');
    const expected = JSON.stringify({ ...(JSON.parse(before) as Record<string, string>), norfolk: text }, null, 2) + '\n';
    expect(after).toBe(expected);
    const status = JSON.parse(tsx(['src/commands/status.ts', '--json', '--lang', 'da'])) as Record<string, Record<string, string>>;
    expect(status['da']?.['declaration:norfolk']).toBe('translated');
    expect(() => tsx(['src/commands/extract.ts', '--check'])).not.toThrow();
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses a translation that breaks a placeholder, saying why, and writes nothing', async () => {
    const { page, close } = await open(browser(), `${url}/sv/`);
    await rendered(page);
    const before = await read('locales/sv/declaration.json');
    await page.locator('.edit-button').first().click();
    await page.locator('.translation-editor textarea').fill('NORDEFCO:s ministermöte i Köpenhamn');
    await page.locator('.translation-editor button[type="submit"]').click();
    await page.locator('.translation-editor [role="alert"] p').waitFor();
    expect(await page.locator('.translation-editor [role="alert"]').textContent()).toContain(
      'placeholders differ from the English: expected {{date}}, found none',
    );
    expect(await read('locales/sv/declaration.json')).toBe(before);
    await close();
  });

  it('refuses to overwrite a file that changed on disk since the page loaded it', async () => {
    const { page, close } = await open(browser(), `${url}/fi/`);
    await rendered(page);
    await page.locator('#opening .edit-button').click();
    await page.locator('#opening textarea').fill('Tänään Pohjoismaiden puolustusministerit kokoontuivat Kööpenhaminaan.');
    const path = 'locales/fi/declaration.json';
    const changed = (await read(path)).replace('"subtitle": "', '"subtitle": "Muutettu: ');
    await writeFile(join(dir, path), changed);
    await page.locator('.notice[role="status"]').waitFor();
    expect(await page.locator('.notice[role="status"]').textContent()).toContain(path);
    await page.locator('#opening button[type="submit"]').click();
    await page.locator('#opening [role="alert"] p').waitFor();
    expect(await page.locator('#opening [role="alert"]').textContent()).toContain(`${path} changed on disk since this page loaded it`);
    expect(await read(path)).toBe(changed);
    await close();
  });

  it('edits a stale entry from the review view, which then no longer lists it', async () => {
    const { page, close } = await open(browser(), `${url}/nb/review/`);
    await rendered(page);
    await page.getByRole('radio', { name: 'Norsk bokmål' }).check();
    const entry = page.locator('.review-entry[data-status="stale"]');
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('ins').allTextContents()).toEqual([edit.added]);
    await entry.locator('.edit-button').click();
    const textarea = entry.locator('textarea');
    const current = await textarea.inputValue();
    // Any change of the translation will do: the Bokmål one, or a word added when the text has no "styrke".
    const revised = /styrke/.test(current) ? current.replace(/styrke/, 'utdype') : `${current} (revidert)`;
    await textarea.fill(revised);
    await entry.locator('button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelectorAll('.review-entry[data-language="nb"][data-status="stale"]').length === 0);
    expect(await page.locator('.review-counts tr[data-language="nb"] td[data-status="stale"]').textContent()).toBe('0');
    expect(JSON.parse(await read('locales/nb/declaration.json'))).toMatchObject({ norfolk: revised });
    await close();
  });

  describe('the save endpoint refuses what did not come from its own pages', () => {
    const path = 'locales/da/declaration.json';
    it('refuses another origin, a missing origin, a form post and a foreign Host, writing nothing', async () => {
      const before = await read(path);
      const host = new URL(url).host;
      const body = JSON.stringify({
        language: 'da',
        namespace: 'declaration',
        key: 'title',
        translation: 'Overtaget titel',
        from: 'x',
        version: 'x',
      });
      const cases: [Record<string, string>, RegExp][] = [
        [{ 'content-type': 'application/json', origin: 'http://evil.example' }, /is not this development server/],
        [{ 'content-type': 'application/json' }, /has no Origin/],
        [{ 'content-type': 'text/plain', origin: url }, /application\/json/],
        // DNS rebinding: Vite's host check or ours, whichever answers first.
        [
          { 'content-type': 'application/json', origin: 'http://rebound.example', host: 'rebound.example' },
          /is not this development server|is not allowed/,
        ],
      ];
      for (const [headers, message] of cases) {
        const reply = await post(url, { host, ...headers }, body);
        expect({ headers, status: reply.status, ok: reply.body.ok }).toEqual({ headers, status: 403, ok: false });
        expect(reply.body.message).toMatch(message);
      }
      expect(await read(path)).toBe(before);
    });

    it('refuses an edit made from an English that is no longer the English of locales/en (409)', async () => {
      const before = await read(path);
      const body = JSON.stringify({
        language: 'da',
        namespace: 'declaration',
        key: 'norfolk',
        translation: 'Ministrene ser frem til at uddybe samarbejdet inden for Joint Force Command Norfolk og NATO.',
        from: 'The Ministers look forward to an English nobody showed.',
        version: fileVersion(before),
      });
      const reply = await post(url, { 'content-type': 'application/json', origin: url }, body);
      expect(reply.status).toBe(409);
      expect(reply.body.message).toContain('is not the English this page showed');
      expect(await read(path)).toBe(before);
    });

    it('answers 413 to a request larger than a translation can be', async () => {
      const reply = await post(
        url,
        { 'content-type': 'application/json', origin: url },
        JSON.stringify({ translation: 'x'.repeat(2 * 1024 * 1024) }),
      );
      expect(reply.status).toBe(413);
    });
  });
});
