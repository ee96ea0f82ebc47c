// The comparison's sentence behaviour (use-sentence-links.ts), loaded by comparison pages after they hydrate,
// so the reading pages' app carries none of it.
import type { SentenceAt } from './use-sentence-links.ts';

const sentenceOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('.s[data-en]') : null;

function where(sentence: HTMLElement): SentenceAt | undefined {
  const row = sentence.closest<HTMLElement>('.compare-row')?.id;
  const column = Number(sentence.closest<HTMLElement>('[data-column]')?.dataset['column']);
  if (!row || Number.isNaN(column)) return undefined;
  const english = (sentence.dataset['en'] ?? '').split(' ').filter(Boolean).map(Number);
  return { row, column, index: Number(sentence.dataset['s']), english };
}

/** Light up, in every column of its row, the sentences that render an English sentence this one renders. */
function light(container: HTMLElement, sentence: HTMLElement | null): void {
  for (const lit of container.querySelectorAll('.s-on')) lit.classList.remove('s-on');
  const at = sentence && where(sentence);
  if (!sentence || !at || at.english.length === 0) return;
  for (const other of container.querySelectorAll<HTMLElement>(`[id="${CSS.escape(at.row)}"] .s[data-en]`)) {
    const english = (other.dataset['en'] ?? '').split(' ').map(Number);
    if (english.some((i) => at.english.includes(i))) other.classList.add('s-on');
  }
}

/** The next or previous sentence of the same column, across paragraphs. */
function step(container: HTMLElement, sentence: HTMLElement, by: number): HTMLElement | undefined {
  const column = sentence.closest<HTMLElement>('[data-column]')?.dataset['column'];
  const all = [...container.querySelectorAll<HTMLElement>(`[data-column="${column ?? ''}"] .s[data-en]`)];
  return all[all.indexOf(sentence) + by];
}

const KEYS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/** Attach the listeners to a comparison's list; returns what detaches them. */
export function attachSentenceLinks(container: HTMLElement, onChoose: (at: SentenceAt | undefined) => void): () => void {
  const over = (event: Event): void => light(container, sentenceOf(event.target));
  const out = (event: Event): void => {
    if (!sentenceOf((event as FocusEvent | PointerEvent).relatedTarget)) light(container, null);
  };
  const focus = (event: Event): void => {
    const sentence = sentenceOf(event.target);
    light(container, sentence);
    if (sentence) onChoose(where(sentence));
  };
  const click = (event: Event): void => {
    const sentence = sentenceOf(event.target);
    if (sentence) onChoose(where(sentence));
  };
  const key = (event: KeyboardEvent): void => {
    const sentence = sentenceOf(event.target);
    if (sentence && event.key === 'Escape') onChoose(undefined);
    const by = KEYS[event.key];
    if (!sentence || by === undefined) return;
    const next = step(container, sentence, by);
    if (!next) return;
    event.preventDefault();
    sentence.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };
  // One signal detaches them all, as the page script's listeners are (enhance/index.ts).
  const controller = new AbortController();
  const { signal } = controller;
  container.addEventListener('pointerover', over, { signal });
  container.addEventListener('pointerout', out, { signal });
  container.addEventListener('focusin', focus, { signal });
  container.addEventListener('focusout', out, { signal });
  container.addEventListener('click', click, { signal });
  container.addEventListener('keydown', key, { signal });
  // The listeners come after hydration, in their own chunk: the mark says when a gesture will be heard (browser tests wait for it).
  container.dataset['sentences'] = 'linked';
  return () => {
    controller.abort();
    delete container.dataset['sentences'];
  };
}
