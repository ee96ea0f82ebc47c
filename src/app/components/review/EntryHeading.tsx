import type { ReactNode } from 'react';
import type { DocumentOutline } from '../../../core/wire/locale-data.ts';
import type { ReviewEntry } from '../../../core/wire/review-data.ts';
import { isLanguageCode, SOURCE_LANGUAGE } from '../../../languages.ts';
import { comparePath, readerPath } from '../../routes.ts';
import { useUiText } from '../../ui-text.tsx';
import { useStatusText } from './status-text.ts';

/** The first words of a text, enough to recognise a paragraph by. */
function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

/** A block of the document as a reader knows it: "Paragraph 4", the title, a heading; undefined when the document no longer has it. */
export function useBlockName(outline: DocumentOutline, entry: Pick<ReviewEntry, 'namespace' | 'key'>): ReactNode {
  const ui = useUiText();
  if (entry.namespace !== outline.namespace) return undefined;
  const index = outline.blocks.findIndex((b) => b.id === entry.key);
  const block = outline.blocks[index];
  if (!block) return undefined;
  if (block.kind === 'title') return ui.t('review.blockTitle', { defaultValue: 'Title' });
  if (block.kind === 'heading') return ui.t('review.blockHeading', { defaultValue: 'Heading' });
  const number = outline.blocks.slice(0, index + 1).filter((b) => b.kind === 'paragraph').length;
  return ui.t('review.paragraph', { defaultValue: 'Paragraph {{number}}', number });
}

/**
 * An entry named as a translator finds it: the paragraph's number and first words (the interface's strings by
 * their place), with links to it in the text and beside the English; its key (namespace:key, as the files and
 * the translation tools name it) under that.
 */
export function EntryHeading({
  entry,
  language,
  outline,
}: {
  readonly entry: ReviewEntry;
  readonly language: string;
  readonly outline: DocumentOutline;
}) {
  const ui = useUiText();
  const statusText = useStatusText();
  const block = useBlockName(outline, entry);
  const text = entry.english ?? entry.from ?? '';
  const linked = block !== undefined && entry.status !== 'obsolete' && isLanguageCode(language);
  return (
    <>
      <h3>
        <span className="review-block">{block ?? ui.t('review.interface', { defaultValue: 'Interface text' })}</span>
        {text && (
          <>
            {' '}
            <q lang="en">{firstWords(text)}</q>
          </>
        )}{' '}
        <span className="review-status">{statusText[entry.status]}</span>
      </h3>
      <p className="review-where">
        <code>
          {entry.namespace}:{entry.key}
        </code>
        {linked && (
          <>
            {' · '}
            <a href={`${readerPath(language)}#${entry.key}`} hrefLang={language}>
              {ui.t('review.inText', { defaultValue: 'In the text' })}
            </a>
            {' · '}
            <a href={`${comparePath([language, SOURCE_LANGUAGE])}#${entry.key}`}>
              {ui.t('review.inComparison', { defaultValue: 'Beside the English' })}
            </a>
          </>
        )}
      </p>
    </>
  );
}
