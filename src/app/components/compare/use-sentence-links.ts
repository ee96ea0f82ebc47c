import { useEffect, type RefObject } from 'react';

/** Where a sentence is: its row (paragraph id), column and index. */
export interface SentenceAt {
  readonly row: string;
  readonly column: number;
  readonly index: number;
  readonly english: readonly number[];
}

/**
 * The comparison's sentences: pointing at or focusing one lights up its counterparts; the arrow keys move
 * sentence by sentence down a column (one tab stop per column, roving); choosing one (a tap, a click, focus)
 * tells `onChoose`, which shows its English under it. The listeners come in their own small chunk.
 */
export function useSentenceLinks(ref: RefObject<HTMLElement | null>, onChoose: (at: SentenceAt | undefined) => void): void {
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let detach: (() => void) | undefined;
    let gone = false;
    void import('./sentence-links.ts').then((links) => {
      if (!gone) detach = links.attachSentenceLinks(container, onChoose);
    });
    return () => {
      gone = true;
      detach?.();
    };
  }, [ref, onChoose]);
}
