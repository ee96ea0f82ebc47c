// Terms marked in the text (ParagraphNotes.tsx) are links to the glossary; this makes focusing, pointing at or
// tapping one show the term in the other languages. A few lines in the eager script; the pop-up itself
// (term-popup.ts) is fetched the first time a reader reaches a term.
import type { TermPopup } from './term-popup.ts';

function termOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.term[data-term]') : null;
}

export function listenForTerms(doc: Document): void {
  let lastPointer = '';
  let popup: TermPopup | undefined;
  // The page's one pop-up, made when a reader first reaches a term. Through import() every time, not a promise kept:
  // one already settled showed the pop-up amid the focus change's own handling, and on a phone the focused term then
  // lost it (term-popup-a11y: 6 of Finnish's 26 terms at 390 px).
  const loaded = (): Promise<TermPopup> => import('./term-popup.ts').then(({ termPopup }) => (popup ??= termPopup()));
  doc.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true });
  const show = (event: Event): void => {
    const term = termOf(event);
    if (term) void loaded().then((shown) => shown.show(term));
  };
  doc.addEventListener('focusin', show);
  doc.addEventListener('pointerover', show);
  // A tap shows the pop-up first (a phone has no hover); a second tap on the same term follows its link.
  doc.addEventListener('click', (event) => {
    const term = termOf(event);
    if (!term || lastPointer !== 'touch') return;
    void loaded().then((shown) => {
      if (!shown.isShownFor(term)) void shown.show(term, { tapped: true });
    });
    if (term.dataset['tapped'] !== 'yes') {
      event.preventDefault();
      term.dataset['tapped'] = 'yes';
    }
  });
}
