import { AxeBuilder } from '@axe-core/playwright';
import { expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/core/align/sentences.ts';
import { declarationIds } from '../support/declaration.ts';
import { scriptsReady, describeInBrowser, open } from './browser.ts';
import { ROOT } from '../support/root.ts';
import { fixtureEdit } from './fixture-site.ts';

const english = JSON.parse(readFileSync(join(ROOT, 'locales/en/declaration.json'), 'utf8')) as Record<string, string>;
/** A paragraph of more than one sentence, and its second English sentence: what the tests point at. */
const row = declarationIds(['paragraph']).find((id) => splitSentences(english[id] ?? '', 'en').length > 1) ?? '';
const secondSentence = ((): string => {
  const [, span] = splitSentences(english[row] ?? '', 'en');
  return span ? (english[row] ?? '').slice(span.start, span.end) : '';
})();

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');

describeInBrowser('agreed terms in the text', (browser) => {
  it('shows a term in the other languages on hover and on focus, hides it on Escape; without scripts it is a glossary link', async () => {
    const { page, close } = await open(browser(), `${base}/sv/`);
    const term = page.locator('a.term').first();
    const id = await term.getAttribute('data-term');
    await term.hover();
    const popup = page.locator('#term-popup');
    await popup.waitFor({ state: 'visible' });
    expect(await popup.getAttribute('role')).toBe('tooltip');
    expect(await popup.locator('[lang="en"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('[lang="sv"]').count()).toBe(0);
    await page.mouse.move(1, 1);
    await popup.waitFor({ state: 'hidden' });
    await term.focus();
    await popup.waitFor({ state: 'visible' });
    expect(await term.getAttribute('aria-describedby')).toBe('term-popup');
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'hidden' });
    await close();
    const plain = await open(browser(), `${base}/sv/`, { javaScriptEnabled: false });
    expect(await plain.page.locator(`a.term[data-term="${id}"]`).getAttribute('href')).toBe(`/sv/glossary/#${id}`);
    await plain.page.locator(`a.term[data-term="${id}"]`).click();
    await plain.page.waitForURL(`**/sv/glossary/#${id}`);
    expect(await plain.page.locator(`#${id} td [lang="fi"]`).textContent()).not.toBe('');
    await plain.close();
  });

  it('shows no pop-up for a term the reader has already tabbed past when the glossary arrives (2.4.11: it would cover the next control)', async () => {
    const { page, close } = await open(browser(), `${base}/sv/`);
    // Hold back the glossary's names, which load when a reader first reaches a term, as a slow network or a busy machine does.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/glossary-*.json', async (route) => {
      await held;
      await route.continue();
    });
    const arrived = page.waitForResponse(/\/assets\/glossary-[^/]*\.json$/);
    await page.locator('a.term').first().focus();
    // Back to the paragraph's own controls, which come before its terms: the pop-up's term is no longer focused, and no other is.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('a.term'))).toBe(false);
    release();
    await (await arrived).finished();
    // Two frames: the names parsed and any pop-up drawn.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('#term-popup').isVisible()).toBe(false);
    // What the reader is on now is what they see: a term reached now shows its pop-up.
    await page.locator('a.term').nth(1).focus();
    await page.locator('#term-popup').waitFor({ state: 'visible' });
    await close();
  });

  it('on a phone, a tap shows the term; a second tap follows it to the glossary', async () => {
    const { page, close } = await open(browser(), `${base}/is/`, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const term = page.locator('a.term').nth(1);
    await term.tap();
    await page.locator('#term-popup').waitFor({ state: 'visible' });
    expect(page.url()).toBe(`${base}/is/`);
    await term.tap();
    await page.waitForURL('**/is/glossary/#*');
    await close();
  });
});

describeInBrowser('what changed in a stale paragraph (fixture build)', (browser) => {
  it('shows the English the translation was made from and the English now, without scripts too', async () => {
    // The word the fixture changed, chosen from the document itself (fixture-site.ts), so a rewording of the English changes which.
    const edit = await fixtureEdit(ROOT);
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await open(browser(), `${fixture}/nb/#${edit.id}`, { javaScriptEnabled });
      const details = page.locator(`#${edit.id} details.what-changed`);
      await details.locator('summary').click();
      const [was = '', now = ''] = await details.locator('p.changed-text').allTextContents();
      expect(await details.locator('del').allTextContents()).toEqual([edit.removed]);
      expect(await details.locator('ins').allTextContents()).toEqual([edit.added]);
      // The whole English before and after: the same text but for that word.
      expect(was).toContain(edit.removed);
      expect(was.replace(edit.removed, edit.added)).toBe(now);
      await close();
    }
  });
});

describeInBrowser('sentence alignment in the comparison', (browser) => {
  it('lights up a sentence’s counterparts in every column on hover and on focus, and the arrow keys move sentence by sentence', async () => {
    const { page, close } = await open(browser(), `${base}/da/compare/en/sv/`);
    await scriptsReady(page);
    const sentence = page.locator(`#${row} [data-column="1"] .s`).nth(1);
    await sentence.hover();
    await page.waitForFunction((id) => document.querySelectorAll(`#${id} .s-on`).length > 0, row);
    // One counterpart per column for the English's second sentence, the English one included.
    const lit = await page
      .locator(`#${row} .s-on`)
      .evaluateAll((els) => els.map((e) => e.closest('[data-column]')?.getAttribute('data-column')));
    expect(lit.sort()).toEqual(['0', '1', '2']);
    // From here a keyboard user: the pointer leaves the text, so no sentence under it (after a scroll) lights instead.
    await page.mouse.move(1, 1);
    const first = page.locator('[data-column="0"] .s[tabindex="0"]').first();
    await first.focus();
    const before = await first.textContent();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).not.toBe(before);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('s'))).toBe(true);
    // Focus lights the focused sentence and its counterparts in the other columns, as the pointer does.
    const focusLit = await page.evaluate(() => {
      const active = document.activeElement;
      const columns = [...(active?.closest('.compare-row')?.querySelectorAll('.s-on') ?? [])].map((e) =>
        e.closest('[data-column]')?.getAttribute('data-column'),
      );
      return { self: active?.classList.contains('s-on'), columns: new Set(columns).size };
    });
    expect(focusLit.self).toBe(true);
    expect(focusLit.columns).toBeGreaterThan(1);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await close();
  });

  it('on a phone, tapping a translated sentence shows its English under it', async () => {
    const { page, close } = await open(browser(), `${base}/fi/compare/sv/`, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await scriptsReady(page);
    await page.locator(`#${row} [data-column="1"] .s`).nth(1).tap();
    const counterpart = page.locator(`#${row} .counterpart`);
    await counterpart.waitFor();
    expect(await counterpart.locator('[lang="en"]').textContent()).toBe(secondSentence);
    await close();
  });
});
