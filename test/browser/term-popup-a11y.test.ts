import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open } from './browser.ts';

const base = inject('baseUrl');

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/**
 * Whether the focused element can be seen: some point of it (the centre of one of its boxes, or a point near a corner) is the element
 * itself, not the pop-up, the header or anything else the page put over it (WCAG 2.4.11).
 */
function focusSeen(): { tag: string; seen: boolean } {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return { tag: 'body', seen: true };
  // Each box of it (a link may wrap onto two lines): its centre, and points near its corners.
  const points = [...active.getClientRects()].flatMap((box): [number, number][] => {
    const inset = Math.min(2, box.width / 2, box.height / 2);
    return [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
  });
  const seen = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (active === hit || active.contains(hit) || hit.contains(active));
  });
  return { tag: `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} ${active.textContent?.slice(0, 40) ?? ''}`, seen };
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeInBrowser('the term pop-up, by keyboard and for assistive technology', (browser) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing with a term's pop-up open, phone and desktop (${colorScheme})`, async () => {
      for (const language of ['da', 'fi', 'is']) {
        for (const viewport of VIEWPORTS) {
          const { page, close } = await open(browser(), `${base}/${language}/`, { viewport, colorScheme });
          const term = page.locator('a.term').first();
          await term.focus();
          await page.locator('#term-popup').waitFor({ state: 'visible' });
          expect(await term.getAttribute('aria-describedby')).toBe('term-popup');
          expect(await axe(page), `${language} ${viewport.width}`).toEqual([]);
          await close();
        }
      }
    }, 180_000);
  }

  it('opens on focus, closes on Escape, and never hides the focused element as focus moves through the page', async () => {
    for (const language of ['fi', 'is']) {
      for (const viewport of VIEWPORTS) {
        const { page, close } = await open(browser(), `${base}/${language}/`, { viewport });
        const terms = await page.locator('a.term').count();
        expect(terms).toBeGreaterThan(0);
        // A pointer resting on the first term has its pop-up open while the keyboard user moves on.
        await page.locator('a.term').first().hover();
        let opened = 0;
        // Until every term has had focus (bounded: the page has far fewer stops than this).
        for (let step = 0; step < 300 && opened < terms; step++) {
          await page.keyboard.press('Tab');
          const onTerm = await page.evaluate(() => document.activeElement?.classList.contains('term') ?? false);
          if (onTerm) {
            // The pop-up of this term, not one still open for the hovered term.
            await page.waitForFunction(() => document.activeElement?.getAttribute('aria-describedby') === 'term-popup');
            await page.locator('#term-popup').waitFor({ state: 'visible' });
            opened++;
          }
          const focus = await page.evaluate(focusSeen);
          expect(focus.seen, `${language} ${viewport.width} step ${step}: ${focus.tag}`).toBe(true);
          if (onTerm) {
            await page.keyboard.press('Escape');
            await page.locator('#term-popup').waitFor({ state: 'hidden' });
            expect(await page.evaluate(() => document.activeElement?.classList.contains('term'))).toBe(true);
          }
        }
        expect(opened, `${language} ${viewport.width}`).toBe(terms);
        await close();
      }
    }
  }, 240_000);
  it('gives way to focus that moves under a pop-up the pointer opened (2.4.11)', async () => {
    for (const viewport of VIEWPORTS) {
      const { page, close } = await open(browser(), `${base}/fi/`, { viewport });
      await page.locator('a.term').first().hover();
      const popup = page.locator('#term-popup');
      await popup.waitFor({ state: 'visible' });
      // A control where the pop-up lies (as a paragraph's own tools may), reached by the keyboard.
      await page.evaluate(() => {
        const box = document.getElementById('term-popup')?.getBoundingClientRect();
        const button = document.createElement('button');
        button.textContent = 'under';
        button.style.cssText = `position:absolute;left:${(box?.left ?? 0) + window.scrollX}px;top:${(box?.top ?? 0) + window.scrollY}px`;
        document.querySelector('main')?.append(button);
      });
      await page.locator('main > button').focus();
      await popup.waitFor({ state: 'hidden' });
      const focus = await page.evaluate(focusSeen);
      expect(focus.seen, `${viewport.width}: ${focus.tag}`).toBe(true);
      await close();
    }
  });
});
