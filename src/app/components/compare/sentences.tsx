import type { ReactNode } from 'react';
import { SOURCE_LANGUAGE } from '../../../languages.ts';
import type { AlignmentData } from '../../../core/wire/alignment-data.ts';

/** One cell's sentences: where each ends in its text, and the English sentences each renders. */
export interface CellSentences {
  readonly ends: readonly number[];
  readonly links: readonly (readonly number[])[];
}

/**
 * The sentences of the text a cell shows: its language's alignment, or the English's (each sentence its
 * own counterpart) where the cell shows the English. Undefined when the build gave none for it.
 */
export function cellSentences(alignment: AlignmentData | undefined, shownLanguage: string, key: string): CellSentences | undefined {
  const found = alignment?.[shownLanguage]?.[key];
  if (!found) return undefined;
  if (shownLanguage === SOURCE_LANGUAGE) return { ends: found.ends, links: found.ends.map((_, i) => [i]) };
  return found.links && found.links.length === found.ends.length ? { ends: found.ends, links: found.links } : undefined;
}

/** The text of sentences `indices` of a text split at `ends`. */
export function sentencesOf(text: string, ends: readonly number[], indices: readonly number[]): string {
  return indices.map((i) => text.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), ends[i] ?? text.length).trim()).join(' ');
}

interface Props {
  readonly text: string;
  readonly sentences?: CellSentences;
  /** The first sentence of a column takes the column's one tab stop (the others are reached with the arrow keys). */
  readonly tabbable: boolean;
  /** The sentence whose English counterpart is shown below, by index, and the id of that box. */
  readonly described?: { readonly index: number; readonly id: string };
}

/**
 * A cell's text as sentences, each marked with the English sentences it renders (`data-en`), so pointing at
 * or focusing one lights up its counterparts in every column (use-sentence-links.ts). The text is the same
 * text: only spans are added, and without scripts nothing changes but the markup.
 */
export function SentenceText({ text, sentences, tabbable, described }: Props) {
  if (!sentences || sentences.ends.length === 0 || (sentences.ends.at(-1) ?? 0) > text.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  sentences.ends.forEach((end, i) => {
    const start = at + (text.slice(at, end).length - text.slice(at, end).trimStart().length);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <span
        key={i}
        className="s"
        data-s={i}
        data-en={(sentences.links[i] ?? []).join(' ')}
        tabIndex={tabbable && i === 0 ? 0 : -1}
        aria-describedby={described?.index === i ? described.id : undefined}
      >
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
