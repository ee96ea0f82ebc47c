import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../src/site/static-server.ts';
import { ROOT } from '../support/root.ts';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { buildEvidenceSite, type EvidenceSite } from './evidence-site.ts';

const daUi = JSON.parse(readFileSync(join(ROOT, 'locales/da/ui.json'), 'utf8')) as { status: Record<string, string> };

/**
 * The end-to-end check of evidence git cannot fake (the evidence fixture build, test/browser/evidence-site.ts):
 * on the built Danish page, every paragraph edited against an older English and brought back by a git
 * operation or laundered by another save is marked stale, with and without scripts; the paragraph
 * edited after the pull and the heading saved in the browser are current, with their edits.
 */
describeInBrowser('the Danish page of a repository where old edits came back through git', (browser) => {
  let site: EvidenceSite | undefined;
  let url = '';
  beforeAll(async () => {
    // Built here, not in the global setup: only this file pays for it.
    const built = await buildEvidenceSite(ROOT);
    site = built;
    const server = createStaticServer(built.dist);
    url = await listen(server, 0);
    return async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(built.dir, { recursive: true, force: true });
    };
  }, 900_000);

  for (const scripts of [false, true]) {
    it(`marks each of them stale, and the legitimate edits current (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { cases = {}, current = {} } = site ?? {};
      const { page, errors, close } = await open(browser(), `${url}/da/`, { javaScriptEnabled: scripts });
      if (scripts) await scriptsReady(page);
      for (const [id, how] of Object.entries(cases))
        expect(await page.locator(`#${id} .marker-stale`).first().textContent(), `${id} (${how})`).toBe(daUi.status['stale']);
      expect(await page.locator('.marker-stale').count()).toBe(Object.keys(cases).length);
      for (const [id, words] of Object.entries(current)) {
        expect(await page.locator(`#${id} .marker-stale`).count(), `${id} was edited legitimately`).toBe(0);
        expect(await page.locator(`#${id}`).first().textContent()).toContain(words);
      }
      expect(errors).toEqual([]);
      await close();
    });
  }
});
