import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, scriptsReady } from './browser.ts';

const base = inject('baseUrl');

/** Every menu of each page type with menus (reading, comparison, review, history, glossary): the page, its toggle, and a menu to open first where it is nested. */
const MENUS = [
  { name: 'language', path: '/fi/', toggle: '.switcher-toggle summary' },
  { name: 'compare', path: '/fi/', toggle: '.compare-menu summary' },
  { name: 'paragraph tools', path: '/fi/', toggle: '#threat details.tools summary' },
  { name: 'language (comparison)', path: '/is/compare/en/', toggle: '.switcher-toggle summary' },
  { name: 'languages compared', path: '/is/compare/en/', toggle: '.controls-toggle summary' },
  { name: 'add a language', path: '/is/compare/en/', toggle: '.compare-add summary', within: '.controls-toggle summary' },
  { name: 'language (review)', path: '/da/review/', toggle: '.switcher-toggle summary' },
  { name: 'language (history)', path: '/nb/history/', toggle: '.switcher-toggle summary' },
  { name: 'language (glossary)', path: '/sv/glossary/', toggle: '.switcher-toggle summary' },
] as const;

interface Focus {
  readonly name: string;
  /** The topmost thing painted at its centre is it (or inside it), and that centre is on screen. */
  readonly seen: boolean;
  /** Within the menu tested. */
  readonly inMenu: boolean;
  /** Menus open on the page that the focus is not in, by their class: one of them could lie over it. */
  readonly openElsewhere: readonly string[];
}

function focusNow(page: Page, toggle: string): Promise<Focus> {
  return page.evaluate((selector) => {
    const element = document.activeElement as HTMLElement | null;
    const menu = document.querySelector(selector)?.closest('[data-menu]');
    const openElsewhere = [...document.querySelectorAll('[data-menu]')]
      .filter((m) => (m instanceof HTMLDetailsElement ? m : m.querySelector('details'))?.open === true && !m.contains(element))
      .map((m) => m.className);
    if (!element || element === document.body) return { name: 'body', seen: true, inMenu: false, openElsewhere };
    const rect = element.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 8), 0), window.innerWidth - 1);
    const y = rect.top + rect.height / 2;
    const top = document.elementFromPoint(x, y);
    const seen = y >= 0 && y <= window.innerHeight && !!top && (top === element || element.contains(top) || top.contains(element));
    const name = `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`;
    return { name, seen, inMenu: !!menu?.contains(element), openElsewhere };
  }, toggle);
}

/** Whether the menu whose toggle is `summary` is open. */
const isOpen = (page: Page, summary: string): Promise<boolean> =>
  page.evaluate((s) => document.querySelector(s)?.closest('details')?.open === true, summary);

async function openWithKeyboard(page: Page, summary: string): Promise<void> {
  await page.locator(summary).first().focus();
  // Enter toggles: on a menu still open (the outer one an Escape from a nested menu leaves open) it would close it.
  if (!(await isOpen(page, summary))) await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector(s)?.closest('details')?.open === true, summary);
}

/**
 * Opens the menu from the keyboard and tabs through it and out of it (forwards, then backwards from its toggle):
 * where the focus is at each step, described when it is hidden or under an open menu it is not in.
 */
async function tabThrough(page: Page, menu: (typeof MENUS)[number]): Promise<string[]> {
  const problems: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    if ('within' in menu && (await page.locator(menu.within).isVisible())) await openWithKeyboard(page, menu.within);
    await openWithKeyboard(page, menu.toggle);
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press(key);
      const focus = await focusNow(page, menu.toggle);
      if (!focus.seen) problems.push(`${key} ${step}: ${focus.name} hidden`);
      // A menu the focus left has closed as it left (the one tested, or one it is nested in).
      if (focus.openElsewhere.length > 0) problems.push(`${key} ${step}: ${focus.name}, still open: ${focus.openElsewhere.join(', ')}`);
      if (!focus.inMenu || key === 'Shift+Tab') break;
    }
    await page.keyboard.press('Escape');
  }
  return problems;
}

/** What axe finds on the page with the menu open (and the one it is nested in). */
async function violationsWithMenuOpen(page: Page, menu: (typeof MENUS)[number]): Promise<string[]> {
  if ('within' in menu && (await page.locator(menu.within).isVisible())) await openWithKeyboard(page, menu.within);
  await openWithKeyboard(page, menu.toggle);
  const result = await new AxeBuilder({ page }).analyze();
  await page.keyboard.press('Escape');
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Closes the menu on Escape from inside it (the focus back on its summary), and on a click outside it: a point
 * in the page's margin that is no control and not in the menu. What went wrong, described.
 */
async function closings(page: Page, menu: (typeof MENUS)[number]): Promise<string[]> {
  const problems: string[] = [];
  const nest = async (): Promise<void> => {
    // The menu it is nested in, opened where it is closed (an Escape from the nested menu leaves it open).
    if (!('within' in menu) || !(await page.locator(menu.within).isVisible())) return;
    if (!(await isOpen(page, menu.within))) await openWithKeyboard(page, menu.within);
  };
  await nest();
  await openWithKeyboard(page, menu.toggle);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  if (await isOpen(page, menu.toggle)) problems.push('open after Escape');
  const back = await page.evaluate((s) => document.activeElement === document.querySelector(s), menu.toggle);
  if (!back) problems.push('Escape left the focus off its summary');
  await page.keyboard.press('Escape');
  await nest();
  await openWithKeyboard(page, menu.toggle);
  const outside = await page.evaluate((s) => {
    const held = document.querySelector(s)?.closest('[data-menu]');
    const points = [0.5, 0.75, 0.95].flatMap((y) => [2, window.innerWidth - 3].map((x) => ({ x, y: Math.round(window.innerHeight * y) })));
    return points.find(({ x, y }) => {
      const hit = document.elementFromPoint(x, y);
      return !!hit && !held?.contains(hit) && !hit.closest('a, button, summary, input, label, [data-menu]');
    });
  }, menu.toggle);
  if (!outside) return [...problems, 'no point outside the menu to click'];
  await page.mouse.click(outside.x, outside.y);
  if (await isOpen(page, menu.toggle)) problems.push(`open after a click outside at ${outside.x},${outside.y}`);
  return problems;
}

describeInBrowser('menus at 200 % text: the focus is never under an open menu (WCAG 2.4.11)', (browser) => {
  for (const width of [390, 1280]) {
    // Light on the phone, dark on the desktop: both schemes, each menu once.
    const colorScheme = width === 390 ? 'light' : 'dark';
    it(`tabs into and out of every menu at ${width} px with the text at 200 %, closes it on Escape and a click outside; axe finds nothing with it open (${colorScheme})`, async () => {
      const context = await browser().newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, colorScheme });
      const page = await context.newPage();
      // The browser's text-size setting, not page zoom: rem and media queries follow it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      const tested: string[] = [];
      for (const menu of MENUS) {
        await page.goto(`${base}${menu.path}`, { waitUntil: 'networkidle' });
        await scriptsReady(page);
        // Deep in the text, where the sticky header's menus open over paragraphs.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
        const nested = 'within' in menu && (await page.locator(menu.within).isVisible());
        if (!nested && !(await page.locator(menu.toggle).first().isVisible())) continue;
        tested.push(menu.name);
        expect(await tabThrough(page, menu), `${menu.name} on ${menu.path} at ${width} px`).toEqual([]);
        expect(await violationsWithMenuOpen(page, menu), `axe, ${menu.name} open on ${menu.path} at ${width} px`).toEqual([]);
        expect(await closings(page, menu), `${menu.name} on ${menu.path} at ${width} px`).toEqual([]);
      }
      // At 200 % text both widths are narrow screens in rem: every menu is behind its toggle, so every one is tested.
      expect(tested).toEqual(MENUS.map((m) => m.name));
      await context.close();
      // Up to nine pages with axe each: more than the default minute on a loaded machine.
    }, 300_000);
  }
});
