// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { enhance } from '../../src/app/enhance/index.ts';
import { ENGLISH_KEY } from '../../src/app/enhance/english.ts';
import { prepareApp } from '../../src/app/prepare-app.ts';
import type { LanguageCode } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';

const root = join(import.meta.dirname, '../..');
const ui = (lang: string): Record<string, Record<string, string>> =>
  JSON.parse(readFileSync(join(root, 'locales', lang, 'ui.json'), 'utf8')) as Record<string, Record<string, string>>;

/** The clipboard jsdom lacks: what was written, or a refusal as a browser without permission gives. */
function clipboard(refuse = false): string[] {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (refuse ? Promise.reject(new Error('denied')) : Promise.resolve(void written.push(text))) },
  });
  return written;
}

/** The reading page as the prerender renders it, then the page's script on it, as in the built site; removed after each test. */
const teardowns: (() => void)[] = [];
async function page(language: LanguageCode): Promise<void> {
  const props = await prepareApp({ kind: 'reader', language }, 'https://example.org');
  render(<App {...props} />);
  teardowns.push(enhance(document));
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const teardown of teardowns.splice(0)) teardown();
  cleanup();
});

// A menu is opened by setting `open` as the browser does, with no toggle event delivered yet: closing must not wait for one.
describe('the page script: menus', () => {
  it('closes a menu on Escape, the focus back on its summary, and on a click or the focus outside it', async () => {
    await page('da');
    const menu = document.querySelector<HTMLDetailsElement>('.compare-menu');
    const summary = menu?.querySelector('summary');
    const link = menu?.querySelector('a');
    const outside = document.querySelector<HTMLElement>('.paragraph-number');
    if (!menu || !summary || !link || !outside) throw new Error('page not rendered');
    menu.open = true;
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    menu.open = true;
    fireEvent.click(document.querySelector('h1') as HTMLElement);
    expect(menu.open).toBe(false);
    menu.open = true;
    fireEvent.click(link);
    expect(menu.open).toBe(true);
    outside.focus();
    expect(menu.open).toBe(false);
  });

  it('treats the language switcher (its toggle and its list) as one menu', async () => {
    await page('fi');
    const toggle = document.querySelector<HTMLDetailsElement>('.switcher-toggle');
    const link = document.querySelector<HTMLAnchorElement>('.switcher ul a');
    if (!toggle || !link) throw new Error('no switcher');
    toggle.open = true;
    link.focus();
    expect(toggle.open).toBe(true);
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(toggle.open).toBe(false);
    expect(document.activeElement).toBe(toggle.querySelector('summary'));
  });
});

describe('the page script: paragraph and page tools', () => {
  it('copies a paragraph’s address and says so in its open menu', async () => {
    const written = clipboard();
    await page('da');
    const [, second = ''] = declarationIds(['paragraph']);
    const tools = document.querySelector<HTMLDetailsElement>(`#${second} details.tools`);
    if (!tools) throw new Error('no tools');
    tools.open = true;
    fireEvent.click(tools.querySelector('[data-tool="copy-link"]') as HTMLElement);
    await flush();
    expect(written).toEqual([new URL(`#${second}`, location.href).href]);
    expect(tools.querySelector('.tool-status')?.textContent).toBe(ui('da')['paragraph']?.['copied']);
    expect(tools.open).toBe(true);
  });

  it('copies a citation with today’s date of access, or selects it when the clipboard refuses', async () => {
    const written = clipboard();
    await page('is');
    const [first = ''] = declarationIds(['paragraph']);
    fireEvent.click(document.querySelector(`#${first} [data-tool="copy-cite"]`) as HTMLElement);
    await flush();
    expect(written[0]).toContain(`https://example.org/is/#${first}`);
    expect(written[0]).not.toContain('[');
    expect(written[0]).toContain(String(new Date().getFullYear()));
    clipboard(true);
    fireEvent.click(document.querySelector('.document-info [data-tool="copy-cite"]') as HTMLElement);
    await flush();
    expect(window.getSelection()?.toString()).toBe(document.getElementById('cite-document')?.textContent);
    expect(document.querySelector('.document-info .tool-status')?.textContent).toBe(ui('is')['cite']?.['copyFailed']);
  });

  it('shows a paragraph’s English from its tools, and the English under every paragraph, remembered', async () => {
    await page('sv');
    const [first = '', second = ''] = declarationIds(['paragraph']);
    const button = document.querySelector<HTMLElement>(`#${first} [data-tool="english"]`);
    const details = document.getElementById(`original-${first}`) as HTMLDetailsElement;
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button as HTMLElement);
    expect(details.open).toBe(true);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const all = document.querySelector<HTMLElement>('[data-tool="english-all"]');
    fireEvent.click(all as HTMLElement);
    expect(all?.getAttribute('aria-pressed')).toBe('true');
    expect((document.getElementById(`original-${second}`) as HTMLDetailsElement).open).toBe(true);
    expect(localStorage.getItem(ENGLISH_KEY)).toBe('every-paragraph');
    for (const teardown of teardowns.splice(0)) teardown();
    cleanup();
    await page('sv');
    expect([...document.querySelectorAll<HTMLDetailsElement>('details.original')].every((d) => d.open)).toBe(true);
  });
});
