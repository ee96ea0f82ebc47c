import { closeMenu } from './menus.ts';
import { toggleEnglish, toggleEnglishEverywhere } from './english.ts';
import { fillAccessedDates, message, say, type MessageName } from './messages.ts';

/**
 * The page's actions, as buttons marked `data-tool` in the prerendered page, carried out here (one listener
 * for the page) rather than by the app, so each one answers the first tap at once, with nothing to download:
 *
 * - `copy-link` (`data-href`: the paragraph's or page's address) copies the permanent link;
 * - `copy-cite` (`data-cite`: the id of the citation's text) copies the citation, with today's date of access;
 * - `share` (`data-href`) opens the system's share sheet (offered only where the browser has one);
 * - `english` (`aria-controls`: the paragraph's English original) shows or hides that English;
 * - `english-all` shows or hides the English under every paragraph, and is remembered;
 * - `print` prints.
 *
 * An outcome is said in the status region (`.tool-status`) of the nearest `[data-tools]` block: for a
 * paragraph's tools, inside its open menu, which a copy leaves open (the message covers nothing there); the
 * other tools close their menu as they act, the focus back on its summary.
 */
interface Context {
  readonly doc: Document;
  readonly timers: WeakMap<Element, number>;
}

function statusOf(button: Element): Element | null {
  return button.closest('[data-tools]')?.querySelector('.tool-status') ?? null;
}

async function writeClipboard(view: Window, text: string): Promise<boolean> {
  try {
    await view.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function report(context: Context, button: Element, name: MessageName): void {
  say(statusOf(button), message(context.doc, name), context.timers);
}

async function copyLink(context: Context, button: HTMLElement, view: Window): Promise<void> {
  const href = button.dataset['href'] ?? '';
  const url = new URL(href, view.location.href).href;
  if (await writeClipboard(view, url)) return report(context, button, 'link-copied');
  // Without clipboard access, the link goes where the reader can copy it by hand: the address bar.
  if (href.startsWith('#')) view.history.replaceState(view.history.state, '', href);
  report(context, button, 'link-failed');
}

async function copyCitation(context: Context, button: HTMLElement, view: Window): Promise<void> {
  const text = context.doc.getElementById(button.dataset['cite'] ?? '');
  if (!text) return;
  fillAccessedDates(context.doc, new Date());
  if (await writeClipboard(view, text.textContent ?? '')) return report(context, button, 'cite-copied');
  // Shown and selected, so the reader can copy it by hand (a paragraph's citation is in its tools, shown only without scripts).
  text.classList.add('revealed');
  view.getSelection()?.selectAllChildren(text);
  report(context, button, 'cite-failed');
}

async function share(context: Context, button: HTMLElement, view: Window): Promise<void> {
  const url = new URL(button.dataset['href'] ?? '', view.location.href).href;
  if (typeof view.navigator.share !== 'function') return copyLink(context, button, view);
  try {
    await view.navigator.share({ title: context.doc.title, url });
  } catch {
    // Cancelled by the reader, or refused: the sheet said so itself.
  }
}

async function run(context: Context, button: HTMLElement, view: Window): Promise<void> {
  switch (button.dataset['tool']) {
    case 'copy-link':
      return copyLink(context, button, view);
    case 'copy-cite':
      return copyCitation(context, button, view);
    case 'share':
      return share(context, button, view);
    case 'english':
      return toggleEnglish(context.doc, button);
    case 'english-all':
      return toggleEnglishEverywhere(context.doc, button);
    case 'print':
      return view.print();
  }
}

/** Copies say their outcome in the menu, which stays open; the other tools close it as they act. */
const SAID_IN_MENU = new Set(['copy-link', 'copy-cite']);

export function enhanceTools(doc: Document, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  if (typeof view.navigator.share === 'function') doc.documentElement.classList.add('can-share');
  const context: Context = { doc, timers: new WeakMap() };
  doc.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-tool]') : null;
      if (!button) return;
      const menu = button.closest('[data-menu]');
      // Closed in the same task as the tap, before a print dialog or share sheet takes over: the answer is seen at once.
      if (menu && !SAID_IN_MENU.has(button.dataset['tool'] ?? '')) closeMenu(menu, { refocus: true });
      void run(context, button, view);
    },
    { signal },
  );
}
