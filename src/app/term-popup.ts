// The pop-up of a term marked in the text: the term in every language, shown while the term has focus or the
// pointer, and on a tap. Plain DOM outside React's tree, so it works whether or not the app has hydrated, and
// loaded (with its stylesheet and the names) only when a reader first reaches a term: term-trigger.ts then makes the
// page's one pop-up with termPopup.
import { loadGlossaryNames } from 'virtual:glossary-names';
import { displayName, LANGUAGES } from '../languages.ts';
import './styles/term-popup.css';

const POPUP_ID = 'term-popup';

/** The page's pop-up: what it shows, for which term, and how often the reader pressed Escape. */
interface State {
  names: ReturnType<typeof loadGlossaryNames> | undefined;
  shownFor: HTMLAnchorElement | undefined;
  /** How many times the reader pressed Escape: a pop-up still waiting for the names when they did stays away. */
  dismissals: number;
}

export interface TermPopup {
  /** `tapped`: shown by a tap, which leaves the term neither focused nor hovered in every browser. */
  show(anchor: HTMLAnchorElement, options?: { readonly tapped?: boolean }): Promise<void>;
  isShownFor(anchor: Element): boolean;
}

/** The page's term pop-up, listening to the document from now on for what hides it. */
export function termPopup(): TermPopup {
  const state: State = { names: undefined, shownFor: undefined, dismissals: 0 };
  listen(state);
  return { show: (anchor, options) => showTerm(state, anchor, options), isShownFor: (anchor) => state.shownFor === anchor };
}

function popup(state: State): HTMLElement {
  const found = document.getElementById(POPUP_ID);
  if (found) return found;
  const element = document.createElement('div');
  element.id = POPUP_ID;
  element.className = 'term-popup';
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  // In the page's main landmark, with the text it is about, so that no content stands outside a landmark.
  (document.querySelector('main') ?? document.body).append(element);
  // Hoverable (WCAG 1.4.13): moving onto the pop-up keeps it open.
  element.addEventListener('pointerleave', (event) => {
    if (!(event.relatedTarget instanceof Node && state.shownFor?.contains(event.relatedTarget))) hideTerm(state);
  });
  return element;
}

async function showTerm(state: State, anchor: HTMLAnchorElement, { tapped = false }: { readonly tapped?: boolean } = {}): Promise<void> {
  const term = anchor.dataset['term'];
  if (!term) return;
  state.names ??= loadGlossaryNames();
  const dismissed = state.dismissals;
  const forms = (await state.names)[term];
  if (!forms || dismissed !== state.dismissals || !stillWanted(anchor, { tapped })) return;
  const element = popup(state);
  const here = document.documentElement.lang;
  element.replaceChildren(
    ...LANGUAGES.filter((l) => l.code !== here && forms[l.code]).map((l) => {
      const line = document.createElement('span');
      line.className = 'term-line';
      const language = document.createElement('span');
      language.lang = l.code;
      language.textContent = `${displayName(l)}: `;
      const form = document.createElement('b');
      form.lang = l.code;
      form.textContent = forms[l.code] ?? '';
      line.append(language, form);
      return line;
    }),
  );
  state.shownFor?.removeAttribute('aria-describedby');
  state.shownFor = anchor;
  anchor.setAttribute('aria-describedby', POPUP_ID);
  element.hidden = false;
  place(state, element, anchor);
}

/**
 * Under the term, or above it where under would cover the element that has focus (a term shown by the pointer while
 * the keyboard is elsewhere); where both would, not at all (WCAG 2.4.11: the focused element is never hidden).
 */
function place(state: State, element: HTMLElement, anchor: HTMLAnchorElement): void {
  const box = anchor.getBoundingClientRect();
  const page = document.documentElement;
  const width = Math.min(element.offsetWidth, page.clientWidth - 16);
  element.style.left = `${Math.max(8, Math.min(box.left, page.clientWidth - width - 8)) + window.scrollX}px`;
  element.style.top = `${box.bottom + window.scrollY + 4}px`;
  if (!coversFocus(state, element)) return;
  element.style.top = `${box.top + window.scrollY - element.offsetHeight - 4}px`;
  if (coversFocus(state, element)) hideTerm(state);
}

/** Whether the pop-up lies over any part of the focused element, other than its own term. */
function coversFocus(state: State, element: HTMLElement, focused: Element | null = document.activeElement): boolean {
  if (!focused || focused === document.body || focused === state.shownFor || element.contains(focused)) return false;
  const popup = element.getBoundingClientRect();
  return [...focused.getClientRects()].some(
    (box) => box.left < popup.right && box.right > popup.left && box.top < popup.bottom && box.bottom > popup.top,
  );
}

/**
 * The names load when a reader first reaches a term; by then they may have tabbed or moved on, and a pop-up for a
 * term they left would stay over what they moved to (no focusout or pointerout is left to hide it). A term the
 * pointer merely rests on (or a scroll brought under it) gives way to the term the keyboard is on.
 */
function stillWanted(anchor: HTMLAnchorElement, { tapped }: { readonly tapped: boolean }): boolean {
  if (tapped || anchor.matches(':focus')) return true;
  return anchor.matches(':hover') && !document.activeElement?.matches('a.term');
}

function hideTerm(state: State): void {
  state.shownFor?.removeAttribute('aria-describedby');
  state.shownFor = undefined;
  const element = document.getElementById(POPUP_ID);
  if (element) element.hidden = true;
}

/** What hides the pop-up: Escape, focus or the pointer leaving its term, a click elsewhere, focus moving under it. */
function listen(state: State): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    state.dismissals++;
    hideTerm(state);
  });
  // Focus moving under a pop-up the pointer opened (2.4.11): the pop-up gives way.
  document.addEventListener('focusin', (event) => {
    const element = document.getElementById(POPUP_ID);
    if (state.shownFor && element && !element.hidden && event.target instanceof Element && coversFocus(state, element, event.target))
      hideTerm(state);
  });
  document.addEventListener('focusout', (event) => {
    if (event.target === state.shownFor) hideTerm(state);
  });
  document.addEventListener('pointerout', (event) => {
    const to = event.relatedTarget;
    if (event.target === state.shownFor && !(to instanceof Node && document.getElementById(POPUP_ID)?.contains(to))) hideTerm(state);
  });
  document.addEventListener('click', (event) => {
    if (state.shownFor && event.target instanceof Node && !state.shownFor.contains(event.target)) hideTerm(state);
  });
}
