// Terms marked in the text (ParagraphNotes.tsx) are links to the glossary; this makes focusing, pointing at or
// tapping one show the term in the other languages. A few lines in the eager script; the pop-up itself
// (term-popup.ts) is fetched the first time a reader reaches a term.
let lastPointer = '';

function termOf(event: Event): HTMLAnchorElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.term[data-term]') : null;
}

export function listenForTerms(doc: Document): void {
  doc.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true });
  const show = (event: Event): void => {
    const term = termOf(event);
    if (term) void import('./term-popup.ts').then((popup) => popup.showTerm(term));
  };
  doc.addEventListener('focusin', show);
  doc.addEventListener('pointerover', show);
  // A tap shows the pop-up first (a phone has no hover); a second tap on the same term follows its link.
  doc.addEventListener('click', (event) => {
    const term = termOf(event);
    if (!term || lastPointer !== 'touch') return;
    void import('./term-popup.ts').then((popup) => {
      if (!popup.isShownFor(term)) void popup.showTerm(term, { tapped: true });
    });
    if (term.dataset['tapped'] !== 'yes') {
      event.preventDefault();
      term.dataset['tapped'] = 'yes';
    }
  });
}
