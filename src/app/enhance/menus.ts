/**
 * Every menu on the page is a native <details> (it opens without scripts and before anything loads); this
 * makes each one close as a menu should: on Escape (focus back on its summary when the focus was in it), on a
 * click or tap outside it, and as soon as the focus leaves it, so that nothing a menu lies over can take the
 * focus while it is open (WCAG 2.4.11). One menu is open at a time.
 *
 * A menu is an element marked `data-menu`: a <details> itself, or a container whose first <details> is its
 * toggle and whose other children are its list (the header's language switcher, which shows the list without
 * the toggle on wide screens). Listeners sit on the document, so menus rendered later (the development
 * server's client rendering) are menus too.
 */

const MENU = '[data-menu]';

function toggleOf(menu: Element): HTMLDetailsElement | null {
  return menu instanceof HTMLDetailsElement ? menu : menu.querySelector('details');
}

function openMenus(doc: Document): Element[] {
  return [...doc.querySelectorAll(MENU)].filter((menu) => toggleOf(menu)?.open === true);
}

/** Close a menu; when the focus was inside it, it goes back to the summary rather than to the page's top. */
export function closeMenu(menu: Element, options: { readonly refocus: boolean }): void {
  const toggle = toggleOf(menu);
  if (!toggle?.open) return;
  const hadFocus = menu.contains(menu.ownerDocument.activeElement);
  toggle.open = false;
  if (options.refocus && hadFocus) toggle.querySelector('summary')?.focus();
}

export function enhanceMenus(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const open = openMenus(doc);
      // The innermost open menu holding the focus, else the last one opened on the page.
      const active = doc.activeElement;
      const target = open.filter((menu) => menu.contains(active)).at(-1) ?? open.at(-1);
      if (target) closeMenu(target, { refocus: true });
    },
    { signal },
  );
  // A click or a focus outside an open menu closes it. A click, not a pointerdown: closing an in-flow menu moves
  // what is below it, and the click must land where it was aimed.
  const closeOutside = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof Node)) return;
    for (const menu of openMenus(doc)) if (!menu.contains(target)) closeMenu(menu, { refocus: false });
  };
  doc.addEventListener('click', closeOutside, { signal });
  doc.addEventListener('focusin', closeOutside, { signal });
  // Opening one menu closes the others (a toggle event does not bubble, but it is seen on its way down).
  doc.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      const menu = details.closest(MENU);
      if (!menu || toggleOf(menu) !== details) return;
      for (const other of openMenus(doc)) if (other !== menu && !other.contains(menu)) closeMenu(other, { refocus: false });
    },
    { capture: true, signal },
  );
}
